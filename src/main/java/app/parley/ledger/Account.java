package app.parley.ledger;

import java.util.List;

/** A debtor's account; {@code phones} are in E.164 form ({@code +15550100101}). */
public record Account(String id, String name, List<String> phones, String currency) {
    public Account {
        phones = List.copyOf(phones);
    }
}
