package app.parley.ledger;

import java.util.List;

/**
 * A debtor's account; {@code phones} are in E.164 form ({@code +15550100101}); {@code timeZone}
 * is where the debtor lives (an IANA name such as {@code America/Chicago}), null when the ledger
 * does not say: calling hours are then judged by the zones of the number.
 */
public record Account(String id, String name, List<String> phones, String currency,
        @com.fasterxml.jackson.annotation.JsonProperty("time_zone") String timeZone) {
    public Account {
        phones = List.copyOf(phones);
    }

    public Account(String id, String name, List<String> phones, String currency) {
        this(id, name, phones, currency, null);
    }
}
