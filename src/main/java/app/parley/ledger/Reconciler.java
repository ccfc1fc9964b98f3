package app.parley.ledger;

import app.parley.config.ParleyConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reconciles an account as of a date: a pure function of its entries, the date and the offer
 * policy (no I/O, no clock). The rules are the issue's, written out with every interpretation
 * in docs/ledger.md:
 *
 * <ol>
 * <li>Only entries dated on or before the as-of date count (invoices by issue date).</li>
 * <li>Payments and credits are applied in date order, credits before payments on the same
 * day, then by id. A credit goes to the invoice it names, up to that invoice's open amount. A
 * payment goes first to the invoice it names, up to its open amount, then to open invoices by
 * oldest due date (then id), skipping invoices in open dispute. What is left is unapplied.
 * Interpretations: every invoice issued by the as-of date can take money, even money received
 * before it was issued (cash on account pays the next invoice); a dispute open at the as-of
 * date is skipped only by money received on or after the day it was opened, so a payment made
 * before a dispute stays on the invoice it paid, which is the evidence the dispute needs.</li>
 * <li>Per invoice: paid, credited, open, days past due, status.</li>
 * <li>Per account: balance, past due, disputed, unapplied, aging, last payment, payment
 * behaviour and promises.</li>
 * <li>Three offers from the policy ({@link OfferPlanner}).</li>
 * </ol>
 */
public final class Reconciler {
    private static final Comparator<Entry> APPLICATION_ORDER = Comparator.comparing(Entry::date)
            .thenComparing(Entry::isPayment)
            .thenComparing(Entry::id);

    private final OfferPlanner offers;

    public Reconciler(ParleyConfig.Offers policy) {
        this.offers = new OfferPlanner(policy);
    }

    /** A payment or a credit, in the one order they are applied. */
    private record Entry(boolean isPayment, String id, LocalDate date, Money amount, String invoiceRef) {
        String kind() {
            return isPayment ? "payment" : "credit";
        }
    }

    /** An invoice being reconciled. */
    private static final class Item {
        final Invoice invoice;
        /** Open dispute as of the as-of date: from when it is skipped (null: never). */
        final LocalDate disputedFrom;
        final boolean inOpenDispute;
        long open;
        long paid;
        long credited;
        LocalDate paidOffOn;
        final List<Facts.Application> evidence = new ArrayList<>();

        Item(Invoice invoice, LocalDate disputedFrom) {
            this.invoice = invoice;
            this.disputedFrom = disputedFrom;
            this.inOpenDispute = disputedFrom != null;
            this.open = invoice.amount().cents();
        }

        /** Whether money received on {@code date} without naming this invoice may go to it. */
        boolean takesUnnamed(LocalDate date) {
            return open > 0 && (disputedFrom == null || date.isBefore(disputedFrom));
        }

        /** Applies up to {@code available} cents of {@code entry}; returns what it took. */
        long apply(Entry entry, long available) {
            long take = Math.min(available, open);
            if (take <= 0) {
                return 0;
            }
            open -= take;
            if (entry.isPayment()) {
                paid += take;
            } else {
                credited += take;
            }
            if (open == 0) {
                paidOffOn = entry.date();
            }
            evidence.add(new Facts.Application(entry.kind(), entry.id(), entry.date(), new Money(take), entry.amount(),
                    entry.invoiceRef()));
            return take;
        }
    }

    public Facts reconcile(AccountLedger ledger, LocalDate asOf) {
        Map<String, Dispute> disputes = new HashMap<>();
        for (Dispute dispute : ledger.disputes()) {
            if (!dispute.openedOn().isAfter(asOf)) {
                disputes.put(dispute.invoiceId(), dispute);
            }
        }
        List<Item> items = new ArrayList<>();
        Map<String, Item> byId = new HashMap<>();
        ledger.invoices().stream()
                .filter(invoice -> !invoice.issuedOn().isAfter(asOf))
                .sorted(Comparator.comparing(Invoice::dueOn).thenComparing(Invoice::id))
                .forEach(invoice -> {
                    Dispute dispute = disputes.get(invoice.id());
                    Item item = new Item(invoice, dispute != null && dispute.status() == Dispute.Status.OPEN
                            ? dispute.openedOn() : null);
                    items.add(item);
                    byId.put(invoice.id(), item);
                });

        List<Entry> entries = new ArrayList<>();
        for (Credit credit : ledger.credits()) {
            if (!credit.issuedOn().isAfter(asOf)) {
                entries.add(new Entry(false, credit.id(), credit.issuedOn(), credit.amount(), credit.invoiceRef()));
            }
        }
        for (Payment payment : ledger.payments()) {
            if (!payment.receivedOn().isAfter(asOf)) {
                entries.add(new Entry(true, payment.id(), payment.receivedOn(), payment.amount(), payment.invoiceRef()));
            }
        }
        entries.sort(APPLICATION_ORDER);

        long unapplied = 0;
        List<Facts.Application> unappliedEntries = new ArrayList<>();
        // Open amounts only go down and entries come in date order, so an invoice that cannot
        // take unnamed money now (paid off, or its dispute has been opened) never can again:
        // the oldest one that can is found by moving one cursor forward.
        int oldest = 0;
        for (Entry entry : entries) {
            long left = entry.amount().cents();
            Item named = entry.invoiceRef() == null ? null : byId.get(entry.invoiceRef());
            if (named != null) {
                left -= named.apply(entry, left);
            }
            if (entry.isPayment()) {
                while (left > 0) {
                    while (oldest < items.size() && !items.get(oldest).takesUnnamed(entry.date())) {
                        oldest++;
                    }
                    if (oldest == items.size()) {
                        break;
                    }
                    left -= items.get(oldest).apply(entry, left);
                }
            }
            if (left > 0) {
                unapplied = Math.addExact(unapplied, left);
                unappliedEntries.add(new Facts.Application(entry.kind(), entry.id(), entry.date(), new Money(left),
                        entry.amount(), entry.invoiceRef()));
            }
        }

        long totalOpen = 0;
        long pastDue = 0;
        long disputed = 0;
        long undisputedOpen = 0;
        long oldestDaysPastDue = 0;
        long[] aging = new long[5];
        int fullyPaid = 0;
        int onTime = 0;
        long daysLate = 0;
        List<Facts.InvoiceFacts> invoices = new ArrayList<>();
        for (Item item : items) {
            Invoice invoice = item.invoice;
            long daysPastDue = item.open > 0 && asOf.isAfter(invoice.dueOn())
                    ? ChronoUnit.DAYS.between(invoice.dueOn(), asOf) : 0;
            totalOpen = Math.addExact(totalOpen, item.open);
            aging[bucket(daysPastDue)] += item.open;
            if (daysPastDue > 0) {
                pastDue += item.open;
            }
            if (item.inOpenDispute) {
                disputed += item.open;
            } else {
                undisputedOpen += item.open;
                if (item.open > 0) {
                    oldestDaysPastDue = Math.max(oldestDaysPastDue, daysPastDue);
                }
            }
            if (item.open == 0 && item.paid > 0) {
                long late = Math.max(0, ChronoUnit.DAYS.between(invoice.dueOn(), item.paidOffOn));
                fullyPaid++;
                onTime += late == 0 ? 1 : 0;
                daysLate += late;
            }
            Dispute dispute = disputes.get(invoice.id());
            invoices.add(new Facts.InvoiceFacts(invoice.id(), invoice.issuedOn(), invoice.dueOn(), invoice.amount(),
                    new Money(item.paid), new Money(item.credited), new Money(item.open), daysPastDue, status(item),
                    item.paidOffOn, dispute == null ? null
                            : new Facts.DisputeFacts(dispute.openedOn(), dispute.reason(), dispute.status()),
                    item.evidence));
        }

        Money undisputedBalance = new Money(undisputedOpen - unapplied);
        return new Facts(asOf, ledger.account(),
                new Money(totalOpen - unapplied), new Money(pastDue), new Money(disputed), new Money(unapplied),
                new Facts.Aging(new Money(aging[0]), new Money(aging[1]), new Money(aging[2]), new Money(aging[3]),
                        new Money(aging[4])),
                lastPayment(ledger.payments(), asOf),
                fullyPaid == 0 ? null : BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(fullyPaid), 2,
                        RoundingMode.HALF_UP),
                fullyPaid == 0 ? null : BigDecimal.valueOf(daysLate).divide(BigDecimal.valueOf(fullyPaid), 1,
                        RoundingMode.HALF_UP),
                promises(ledger, asOf),
                invoices, unappliedEntries, oldestDaysPastDue,
                offers.offers(undisputedBalance, oldestDaysPastDue, asOf));
    }

    /** paid, then disputed, partial or open: a fully paid invoice is paid even if disputed. */
    private static String status(Item item) {
        if (item.open == 0) {
            return "paid";
        }
        if (item.inOpenDispute) {
            return "disputed";
        }
        return item.paid + item.credited > 0 ? "partial" : "open";
    }

    private static int bucket(long daysPastDue) {
        if (daysPastDue == 0) {
            return 0;
        }
        if (daysPastDue <= 30) {
            return 1;
        }
        if (daysPastDue <= 60) {
            return 2;
        }
        return daysPastDue <= 90 ? 3 : 4;
    }

    private static Facts.LastPayment lastPayment(List<Payment> payments, LocalDate asOf) {
        Payment last = null;
        for (Payment payment : payments) {
            if (payment.receivedOn().isAfter(asOf)) {
                continue;
            }
            if (last == null || payment.receivedOn().isAfter(last.receivedOn())
                    || (payment.receivedOn().equals(last.receivedOn()) && payment.id().compareTo(last.id()) > 0)) {
                last = payment;
            }
        }
        return last == null ? null : new Facts.LastPayment(last.receivedOn(), last.amount());
    }

    /**
     * A promise counts once made (on or before the as-of date). It is kept when the payments
     * received from the day it was made to its due date (or the as-of date, if earlier) reach
     * its amount; otherwise it is open while its due date is after the as-of date, and broken
     * once it is not.
     */
    private static Facts.Promises promises(AccountLedger ledger, LocalDate asOf) {
        List<Facts.PromiseFacts> items = new ArrayList<>();
        int kept = 0;
        int broken = 0;
        int open = 0;
        List<Promise> promises = ledger.promises().stream()
                .filter(promise -> !promise.madeOn().isAfter(asOf))
                .sorted(Comparator.comparing(Promise::madeOn).thenComparing(Promise::id))
                .toList();
        for (Promise promise : promises) {
            LocalDate until = promise.dueOn().isBefore(asOf) ? promise.dueOn() : asOf;
            long received = 0;
            for (Payment payment : ledger.payments()) {
                if (!payment.receivedOn().isBefore(promise.madeOn()) && !payment.receivedOn().isAfter(until)) {
                    received = Math.addExact(received, payment.amount().cents());
                }
            }
            String status;
            if (received >= promise.amount().cents()) {
                status = "kept";
                kept++;
            } else if (promise.dueOn().isAfter(asOf)) {
                status = "open";
                open++;
            } else {
                status = "broken";
                broken++;
            }
            items.add(new Facts.PromiseFacts(promise.id(), promise.madeOn(), promise.dueOn(), promise.amount(),
                    new Money(received), status));
        }
        return new Facts.Promises(kept, broken, open, items);
    }
}
