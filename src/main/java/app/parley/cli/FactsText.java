package app.parley.cli;

import app.parley.ledger.Facts;
import app.parley.ledger.Money;
import java.math.BigDecimal;
import java.util.Locale;

/** The facts as a person reads them in a terminal. */
final class FactsText {
    private FactsText() {
    }

    static String render(Facts facts) {
        StringBuilder text = new StringBuilder();
        var account = facts.account();
        String currency = account.currency();
        line(text, "Account %s, %s (%s)%s", account.id(), account.name(), currency,
                account.phones().isEmpty() ? "" : ", phones " + String.join(" ", account.phones()));
        line(text, "As of %s", facts.asOf());
        line(text, "Balance %s   past due %s   disputed %s   unapplied %s", money(facts.balance()),
                money(facts.pastDue()), money(facts.disputed()), money(facts.unapplied()));
        var aging = facts.aging();
        line(text, "Aging: current %s | 1-30 %s | 31-60 %s | 61-90 %s | 91+ %s", money(aging.current()),
                money(aging.d1to30()), money(aging.d31to60()), money(aging.d61to90()), money(aging.d91plus()));
        line(text, "Last payment %s   paid on time %s   average days late %s",
                facts.lastPayment() == null ? "none"
                        : money(facts.lastPayment().amount()) + " on " + facts.lastPayment().date(),
                facts.onTimeRatio() == null ? "-" : percent(facts.onTimeRatio().movePointRight(2)),
                facts.avgDaysLate() == null ? "-" : facts.avgDaysLate().toPlainString());
        var promises = facts.promises();
        line(text, "Promises: %d kept, %d broken, %d open", promises.kept(), promises.broken(), promises.open());
        for (Facts.PromiseFacts promise : promises.items()) {
            line(text, "  %-8s %s made %s due %s, received %s", promise.status(), money(promise.amount()),
                    promise.madeOn(), promise.dueOn(), money(promise.received()));
        }
        line(text, "");
        line(text, "Invoices (%d)", facts.invoices().size());
        for (Facts.InvoiceFacts invoice : facts.invoices()) {
            line(text, "  %-12s due %s  %12s  paid %s  credited %s  open %s  %s%s", invoice.id(), invoice.dueOn(),
                    money(invoice.amount()), money(invoice.paid()), money(invoice.credited()), money(invoice.open()),
                    invoice.status(), invoice.daysPastDue() > 0 ? ", " + invoice.daysPastDue() + " days past due" : "");
            if (invoice.dispute() != null) {
                line(text, "      dispute %s since %s: %s", invoice.dispute().status().id(), invoice.dispute().openedOn(),
                        invoice.dispute().reason());
            }
            for (Facts.Application evidence : invoice.evidence()) {
                line(text, "      %s %s on %s: %s of %s", evidence.kind(), evidence.id(), evidence.date(),
                        money(evidence.amount()), money(evidence.entryAmount()));
            }
        }
        for (Facts.Application left : facts.unappliedEntries()) {
            line(text, "  unapplied: %s %s on %s: %s of %s", left.kind(), left.id(), left.date(), money(left.amount()),
                    money(left.entryAmount()));
        }
        line(text, "");
        if (facts.offers().isEmpty()) {
            line(text, "Offers: none (nothing undisputed is owed)");
        }
        int number = 1;
        for (Facts.Offer offer : facts.offers()) {
            var first = offer.instalments().get(0);
            switch (offer.kind()) {
                case "pay_in_full" -> line(text, "%d. Pay %s %s by %s (%s off %s); authority up to %s off: %s",
                        number, money(offer.total()), currency, first.dueOn(), percent(offer.discountPct()),
                        money(offer.base()), percent(offer.authorityPct()), money(offer.authorityTotal()));
                case "instalments" -> line(text, "%d. %d instalments, no interest: %s", number,
                        offer.instalments().size(), instalments(offer));
                default -> line(text, "%d. %d monthly payments at %s a year from %s: %s each, last %s "
                                + "(interest %s, total %s)", number, offer.instalments().size(), percent(offer.ratePct()),
                        first.dueOn(), money(first.amount()),
                        money(offer.instalments().get(offer.instalments().size() - 1).amount()),
                        money(offer.interest()), money(offer.total()));
            }
            number++;
        }
        return text.toString().stripTrailing();
    }

    private static String instalments(Facts.Offer offer) {
        StringBuilder text = new StringBuilder();
        for (Facts.Instalment instalment : offer.instalments()) {
            text.append(text.length() == 0 ? "" : ", ").append(money(instalment.amount())).append(" on ")
                    .append(instalment.dueOn());
        }
        return text.toString();
    }

    private static String money(Money amount) {
        return String.format(Locale.ROOT, "%,.2f", amount.toBigDecimal());
    }

    private static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + " %";
    }

    private static void line(StringBuilder text, String format, Object... args) {
        text.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
