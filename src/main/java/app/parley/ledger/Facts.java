package app.parley.ledger;

import app.parley.call.Json;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An account reconciled as of a date: what the agent needs to know before saying hello. Jackson
 * renders it as the facts JSON (docs/ledger.md); amounts are 2-decimal strings.
 *
 * @param oldestDaysPastDue days past due of the oldest open invoice not in open dispute: what
 *                          picks the discount band
 * @param unappliedEntries  the payments and credits (or parts of them) that nothing absorbed
 */
public record Facts(
        @JsonProperty("as_of") LocalDate asOf,
        Account account,
        Money balance,
        @JsonProperty("past_due") Money pastDue,
        Money disputed,
        Money unapplied,
        Aging aging,
        @JsonProperty("last_payment") LastPayment lastPayment,
        @JsonProperty("on_time_ratio") BigDecimal onTimeRatio,
        @JsonProperty("avg_days_late") BigDecimal avgDaysLate,
        Promises promises,
        List<InvoiceFacts> invoices,
        @JsonProperty("unapplied_entries") List<Application> unappliedEntries,
        @JsonProperty("oldest_days_past_due") long oldestDaysPastDue,
        List<Offer> offers) {

    public Facts {
        invoices = List.copyOf(invoices);
        unappliedEntries = List.copyOf(unappliedEntries);
        offers = List.copyOf(offers);
    }

    /** The facts as a JSON tree, as a call record's {@code facts} holds them. */
    public JsonNode toJson() {
        return Json.MAPPER.valueToTree(this);
    }

    /** Open amounts by days past due: 0, 1–30, 31–60, 61–90, 91 and more. */
    public record Aging(
            Money current,
            @JsonProperty("d1_30") Money d1to30,
            @JsonProperty("d31_60") Money d31to60,
            @JsonProperty("d61_90") Money d61to90,
            @JsonProperty("d91_plus") Money d91plus) {
    }

    public record LastPayment(LocalDate date, Money amount) {
    }

    /** Promises made on or before the as-of date, counted by outcome, and each of them. */
    public record Promises(int kept, int broken, int open, List<PromiseFacts> items) {
        public Promises {
            items = List.copyOf(items);
        }
    }

    /** A promise and the payments received from {@code made_on} to its due date (or the as-of date). */
    public record PromiseFacts(
            String id,
            @JsonProperty("made_on") LocalDate madeOn,
            @JsonProperty("due_on") LocalDate dueOn,
            Money amount,
            Money received,
            String status) {
    }

    /**
     * One invoice and what paid it.
     *
     * @param paidOffOn the day the last of it was paid or credited (null while anything is open)
     * @param dispute   its dispute if one was opened on or before the as-of date
     * @param evidence  each payment and credit applied to it, in the order they were applied
     */
    public record InvoiceFacts(
            String id,
            @JsonProperty("issued_on") LocalDate issuedOn,
            @JsonProperty("due_on") LocalDate dueOn,
            Money amount,
            Money paid,
            Money credited,
            Money open,
            @JsonProperty("days_past_due") long daysPastDue,
            String status,
            @JsonProperty("paid_off_on") LocalDate paidOffOn,
            DisputeFacts dispute,
            List<Application> evidence) {
        public InvoiceFacts {
            evidence = List.copyOf(evidence);
        }
    }

    public record DisputeFacts(@JsonProperty("opened_on") LocalDate openedOn, String reason, Dispute.Status status) {
    }

    /**
     * A payment or credit (or the part of one) applied to an invoice, or left unapplied.
     *
     * @param kind        {@code payment} or {@code credit}
     * @param amount      how much of it went here
     * @param entryAmount the whole payment or credit
     * @param invoiceRef  the invoice the payer or the credit note named (null if none)
     */
    public record Application(
            String kind,
            String id,
            LocalDate date,
            Money amount,
            @JsonProperty("entry_amount") Money entryAmount,
            @JsonProperty("invoice_ref") String invoiceRef) {
    }

    /**
     * One of the three offers. {@code pay_in_full} has a discount and the agent's authority
     * (the band's maximum discount and the smallest total it allows); {@code plan} has an
     * interest rate; fields that are not part of an offer are null.
     *
     * @param base        the undisputed balance the offer settles
     * @param total       what the debtor pays in all: the sum of the instalments
     */
    public record Offer(
            String kind,
            Money base,
            @JsonProperty("discount_pct") BigDecimal discountPct,
            Money discount,
            @JsonProperty("authority_pct") BigDecimal authorityPct,
            @JsonProperty("authority_total") Money authorityTotal,
            @JsonProperty("rate_pct") BigDecimal ratePct,
            Money interest,
            Money total,
            List<Instalment> instalments) {
        public Offer {
            instalments = List.copyOf(instalments);
        }
    }

    public record Instalment(@JsonProperty("due_on") LocalDate dueOn, Money amount) {
    }
}
