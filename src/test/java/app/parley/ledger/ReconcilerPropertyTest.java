package app.parley.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random ledgers (seeded: a failure names its seed and replays) must keep money whole and the
 * figures consistent with each other, whatever the mix of partial, over-, unnamed and future
 * payments, credits, disputes and promises.
 */
class ReconcilerPropertyTest {
    private static final LocalDate START = LocalDate.of(2025, 10, 1);
    private final Reconciler reconciler = Fixtures.reconciler();

    static Stream<Long> seeds() {
        return IntStream.range(0, 400).mapToObj(i -> 7919L * i + 1);
    }

    static AccountLedger randomLedger(Random random) {
        String account = "R";
        List<Invoice> invoices = new ArrayList<>();
        int invoiceCount = random.nextInt(9);
        for (int i = 0; i < invoiceCount; i++) {
            LocalDate issued = START.plusDays(random.nextInt(150));
            invoices.add(new Invoice("I" + i, account, issued, issued.plusDays(random.nextInt(60)), amount(random)));
        }
        List<Payment> payments = new ArrayList<>();
        for (int i = 0, n = random.nextInt(9); i < n; i++) {
            payments.add(new Payment("P" + i, account, START.plusDays(random.nextInt(200)), amount(random),
                    ref(random, invoiceCount)));
        }
        List<Credit> credits = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            credits.add(new Credit("C" + i, account, START.plusDays(random.nextInt(200)), amount(random),
                    ref(random, invoiceCount)));
        }
        List<Promise> promises = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            LocalDate made = START.plusDays(random.nextInt(200));
            promises.add(new Promise("PR" + i, account, made, made.plusDays(random.nextInt(30)), amount(random)));
        }
        List<Dispute> disputes = new ArrayList<>();
        for (int i = 0; i < invoiceCount; i++) {
            if (random.nextInt(4) == 0) {
                disputes.add(new Dispute("I" + i, account, START.plusDays(random.nextInt(200)), "because",
                        random.nextBoolean() ? Dispute.Status.OPEN : Dispute.Status.RESOLVED));
            }
        }
        return new AccountLedger(new Account(account, "Random", List.of(), "USD"), invoices, payments, credits,
                promises, disputes);
    }

    private static Money amount(Random random) {
        return new Money(random.nextInt(5) == 0 ? random.nextInt(100) : random.nextInt(200_000));
    }

    private static String ref(Random random, int invoices) {
        int pick = random.nextInt(invoices + 3);
        return pick < invoices ? "I" + pick : pick == invoices ? "I-unknown" : null;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void moneyIsConservedAndFiguresAgree(long seed) {
        Random random = new Random(seed);
        AccountLedger ledger = randomLedger(random);
        LocalDate asOf = START.plusDays(random.nextInt(240));
        Facts facts = reconciler.reconcile(ledger, asOf);
        String at = "seed " + seed + " as of " + asOf + ": ";

        long received = ledger.payments().stream().filter(p -> !p.receivedOn().isAfter(asOf))
                .mapToLong(p -> p.amount().cents()).sum()
                + ledger.credits().stream().filter(c -> !c.issuedOn().isAfter(asOf))
                .mapToLong(c -> c.amount().cents()).sum();
        long applied = 0;
        long open = 0;
        long pastDue = 0;
        long disputed = 0;
        Map<String, Facts.InvoiceFacts> byId = new HashMap<>();
        for (Facts.InvoiceFacts invoice : facts.invoices()) {
            byId.put(invoice.id(), invoice);
            long paid = invoice.paid().cents();
            long credited = invoice.credited().cents();
            assertEquals(invoice.amount().cents() - paid - credited, invoice.open().cents(), at + invoice.id() + " open");
            assertTrue(invoice.open().cents() >= 0, at + invoice.id() + " is overpaid");
            assertEquals(paid, sum(invoice.evidence(), "payment"), at + invoice.id() + " paid = its payments");
            assertEquals(credited, sum(invoice.evidence(), "credit"), at + invoice.id() + " credited = its credits");
            for (Facts.Application evidence : invoice.evidence()) {
                assertTrue(evidence.kind().equals("payment") || invoice.id().equals(evidence.invoiceRef()),
                        at + "credit " + evidence.id() + " went to " + invoice.id() + ", which it does not name");
                assertFalse(evidence.date().isAfter(asOf), at + "future money applied to " + invoice.id());
                assertTrue(evidence.amount().cents() > 0, at + "empty application to " + invoice.id());
            }
            assertEquals(invoice.open().isZero(), invoice.status().equals("paid"), at + invoice.id() + " status");
            assertEquals(invoice.open().isZero(), invoice.paidOffOn() != null || invoice.amount().isZero(),
                    at + invoice.id() + " paid off date");
            applied += paid + credited;
            open += invoice.open().cents();
            pastDue += invoice.daysPastDue() > 0 ? invoice.open().cents() : 0;
            disputed += invoice.status().equals("disputed") ? invoice.open().cents() : 0;
            if (invoice.daysPastDue() > 0) {
                assertEquals(ChronoUnit.DAYS.between(invoice.dueOn(), asOf), invoice.daysPastDue(), at + invoice.id());
            }
        }
        assertEquals(ledger.invoices().stream().filter(i -> !i.issuedOn().isAfter(asOf)).count(),
                facts.invoices().size(), at + "invoices issued by the as-of date");

        assertEquals(received, applied + facts.unapplied().cents(), at + "payments + credits = applied + unapplied");
        assertEquals(facts.unapplied().cents(), sum(facts.unappliedEntries(), null), at + "unapplied entries");
        assertEquals(open - facts.unapplied().cents(), facts.balance().cents(), at + "balance = open - unapplied");
        assertEquals(pastDue, facts.pastDue().cents(), at + "past due");
        assertEquals(disputed, facts.disputed().cents(), at + "disputed");
        Facts.Aging aging = facts.aging();
        assertEquals(open, aging.current().cents() + aging.d1to30().cents() + aging.d31to60().cents()
                + aging.d61to90().cents() + aging.d91plus().cents(), at + "aging adds up to what is open");
        assertEquals(open - aging.current().cents(), pastDue, at + "past due is what is not current");

        checkUnnamedMoneyRespectsDisputesAndOrder(ledger, facts, byId, at);
        checkPromises(ledger, facts, asOf, at);
        checkOffers(facts, asOf, at);

        AccountLedger shuffled = shuffle(ledger, random);
        assertEquals(facts, reconciler.reconcile(shuffled, asOf), at + "the order of the input matters");
    }

    /**
     * Unnamed money never goes to an invoice already in open dispute on its date; and money
     * left unapplied by a payment means every invoice it could have gone to was paid off.
     */
    private static void checkUnnamedMoneyRespectsDisputesAndOrder(AccountLedger ledger, Facts facts,
            Map<String, Facts.InvoiceFacts> byId, String at) {
        for (Facts.InvoiceFacts invoice : facts.invoices()) {
            if (invoice.dispute() == null || invoice.dispute().status() != Dispute.Status.OPEN) {
                continue;
            }
            for (Facts.Application evidence : invoice.evidence()) {
                boolean named = invoice.id().equals(evidence.invoiceRef());
                assertTrue(named || evidence.date().isBefore(invoice.dispute().openedOn()),
                        at + evidence.id() + " went unnamed to " + invoice.id() + " in dispute since "
                                + invoice.dispute().openedOn());
            }
        }
        for (Facts.Application left : facts.unappliedEntries()) {
            if (!left.kind().equals("payment")) {
                continue;
            }
            for (Facts.InvoiceFacts invoice : byId.values()) {
                boolean skipped = invoice.dispute() != null && invoice.dispute().status() == Dispute.Status.OPEN
                        && !left.date().isBefore(invoice.dispute().openedOn());
                if (!skipped) {
                    assertTrue(invoice.paidOffOn() != null && !invoice.paidOffOn().isAfter(left.date())
                                    || invoice.amount().isZero(),
                            at + left.id() + " left money unapplied while " + invoice.id() + " was open");
                }
            }
        }
    }

    private static void checkPromises(AccountLedger ledger, Facts facts, LocalDate asOf, String at) {
        Facts.Promises promises = facts.promises();
        long made = ledger.promises().stream().filter(p -> !p.madeOn().isAfter(asOf)).count();
        assertEquals(made, promises.items().size(), at + "promises made by the as-of date");
        assertEquals(made, promises.kept() + promises.broken() + promises.open(), at + "promise counts");
        for (Facts.PromiseFacts promise : promises.items()) {
            boolean reached = promise.received().compareTo(promise.amount()) >= 0;
            String expected = reached ? "kept" : promise.dueOn().isAfter(asOf) ? "open" : "broken";
            assertEquals(expected, promise.status(), at + promise.id());
        }
    }

    private static void checkOffers(Facts facts, LocalDate asOf, String at) {
        long undisputed = facts.balance().cents() - facts.disputed().cents();
        if (undisputed <= 0) {
            assertEquals(List.of(), facts.offers(), at + "offers with nothing undisputed owed");
            return;
        }
        assertEquals(List.of("pay_in_full", "instalments", "plan"), facts.offers().stream().map(Facts.Offer::kind)
                .toList(), at + "three offers");
        for (Facts.Offer offer : facts.offers()) {
            assertEquals(undisputed, offer.base().cents(), at + offer.kind() + " settles the undisputed balance");
            assertEquals(offer.total().cents(), offer.instalments().stream().mapToLong(i -> i.amount().cents()).sum(),
                    at + offer.kind() + " instalments add up to its total");
            LocalDate previous = null;
            for (Facts.Instalment instalment : offer.instalments()) {
                assertTrue(instalment.amount().cents() >= 0, at + offer.kind() + " negative instalment");
                assertTrue(previous == null || instalment.dueOn().isAfter(previous), at + offer.kind() + " dates");
                previous = instalment.dueOn();
            }
            assertEquals(asOf.plusDays(3), offer.instalments().get(0).dueOn(), at + offer.kind() + " starts on the deadline");
        }
        Facts.Offer full = facts.offers().get(0);
        assertTrue(full.authorityTotal().compareTo(full.total()) <= 0 && full.total().compareTo(full.base()) <= 0,
                at + "authority <= offer <= balance");
        assertEquals(full.base().minus(full.discount()), full.total(), at + "pay in full = base - discount");
        assertEquals(facts.offers().get(1).base(), facts.offers().get(1).total(), at + "instalments cost nothing extra");
        Facts.Offer plan = facts.offers().get(2);
        assertTrue(plan.instalments().size() > facts.offers().get(1).instalments().size(), at + "plan is longer");
        assertEquals(plan.total().minus(plan.base()), plan.interest(), at + "plan interest");
        assertTrue(!plan.interest().isNegative(), at + "plan interest is not negative");
    }

    private static long sum(List<Facts.Application> applications, String kind) {
        return applications.stream().filter(a -> kind == null || a.kind().equals(kind))
                .mapToLong(a -> a.amount().cents()).sum();
    }

    private static AccountLedger shuffle(AccountLedger ledger, Random random) {
        return new AccountLedger(ledger.account(), shuffled(ledger.invoices(), random),
                shuffled(ledger.payments(), random), shuffled(ledger.credits(), random),
                shuffled(ledger.promises(), random), shuffled(ledger.disputes(), random));
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
