package app.parley.coaching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What coaching may know about the caller's account, for prompt messages: the balance, the
 * offers the agent may make (in the order to present them), and the evidence of payments on
 * the invoices. The ledger capability adapts its reconciled facts to this; every part may be
 * missing ({@link #NONE} for an unknown caller), and a message that needs a missing part falls
 * back to the rule's {@code fallback}.
 */
public record FactsView(Money balance, List<Offer> offers, List<Payment> payments, Contact contact) {
    public static final FactsView NONE = new FactsView(null, List.of(), List.of(), null);

    public FactsView {
        offers = offers == null ? List.of() : List.copyOf(offers);
        payments = payments == null ? List.of() : List.copyOf(payments);
    }

    public FactsView(Money balance, List<Offer> offers, List<Payment> payments) {
        this(balance, offers, payments, null);
    }

    /** These facts with what is known of the contact (null: nothing, and contact rules stay quiet). */
    public FactsView withContact(Contact contact) {
        return new FactsView(balance, offers, payments, contact);
    }

    /**
     * When the call connected, where the debtor may be ({@code zones}: the account's time zone,
     * or every zone the number may be in), and the earlier calls about the same debt (when each
     * started, and which of them were conversations with the client).
     */
    public record Contact(java.time.Instant connected, List<java.time.ZoneId> zones, List<java.time.Instant> calls,
            List<java.time.Instant> conversations) {
        public Contact {
            zones = List.copyOf(zones);
            calls = List.copyOf(calls);
            conversations = List.copyOf(conversations);
        }
    }

    /** An amount of money in a currency (ISO 4217 code, e.g. USD, MXN). */
    public record Money(BigDecimal amount, String currency) {
        public Money {
            if (amount == null || currency == null) {
                throw new IllegalArgumentException("money needs an amount and a currency");
            }
        }
    }

    /**
     * An offer: its label ("Pay in full"), what the client pays ({@code amount}), the discount in
     * percent (null if none) and the last day it stands (null if open).
     */
    public record Offer(String label, Money amount, BigDecimal discountPercent, LocalDate deadline) {
    }

    /** Evidence that an invoice was paid: when, how much, how (transfer, card...) and its reference. */
    public record Payment(String invoice, LocalDate date, Money amount, String method, String reference) {
    }
}
