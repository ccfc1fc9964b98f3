package app.parley.ledger;

import java.util.List;

/**
 * What a caller's number finds: the number in E.164 form and the reconciled facts of every
 * account that has it (sorted by account id; empty for an unknown caller). Jackson renders it
 * as {@code {"phone": "+15550100101", "accounts": [facts, ...]}}.
 */
public record PhoneFacts(String phone, List<Facts> accounts) {
    public PhoneFacts {
        accounts = List.copyOf(accounts);
    }

    /** No account has the number. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isUnknownCaller() {
        return accounts.isEmpty();
    }
}
