package app.parley.live;

import app.parley.coaching.FactsView;
import app.parley.ledger.Facts;
import app.parley.ledger.LedgerService;
import app.parley.ledger.PhoneFacts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The caller's reconciled account from the ledger, as the live path wants it: the facts JSON
 * for the screen and the record, and the figures coaching messages quote. When several
 * accounts share the number, the first (by account id) is shown.
 */
public final class LedgerFactsLookup implements FactsLookup {
    private final LedgerService ledger;
    private final Clock clock;

    public LedgerFactsLookup(LedgerService ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public CompletionStage<CallFacts> lookup(String phone) {
        try {
            return ledger.factsForPhone(phone, LocalDate.now(clock)).thenApply(LedgerFactsLookup::callFacts);
        } catch (RuntimeException e) {
            // A number the ledger cannot read is refused at once, not in the future.
            return CompletableFuture.failedFuture(e);
        }
    }

    private static CallFacts callFacts(PhoneFacts found) {
        if (found.isUnknownCaller()) {
            return null;
        }
        Facts facts = found.accounts().get(0);
        return new CallFacts(facts.toJson(), coachingView(facts));
    }

    static FactsView coachingView(Facts facts) {
        String currency = facts.account().currency();
        List<FactsView.Offer> offers = new ArrayList<>();
        for (Facts.Offer offer : facts.offers()) {
            int instalments = offer.instalments().size();
            String label = switch (offer.kind()) {
                case "pay_in_full" -> "pay in full";
                case "plan" -> instalments + "-month plan";
                default -> instalments + " instalments";
            };
            LocalDate deadline = instalments == 0 ? null : offer.instalments().get(0).dueOn();
            offers.add(new FactsView.Offer(label, money(offer.total(), currency), offer.discountPct(), deadline));
        }
        List<FactsView.Payment> payments = new ArrayList<>();
        for (Facts.InvoiceFacts invoice : facts.invoices()) {
            for (Facts.Application applied : invoice.evidence()) {
                payments.add(new FactsView.Payment(invoice.id(), applied.date(), money(applied.amount(), currency),
                        applied.kind(), applied.id()));
            }
        }
        return new FactsView(money(facts.balance(), currency), offers, payments);
    }

    private static FactsView.Money money(app.parley.ledger.Money amount, String currency) {
        return amount == null ? null : new FactsView.Money(amount.toBigDecimal(), currency);
    }
}
