package app.parley.live;

import app.parley.coaching.FactsView;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds the caller's account facts by the number they call from. Blocking (a store read):
 * the live path calls it on a worker when a call starts.
 */
@FunctionalInterface
public interface FactsLookup {
    /** No ledger: every caller is unknown. */
    FactsLookup NONE = phone -> null;

    /** The facts of the account with this number (any common formatting), or null when none has it. */
    CallFacts lookup(String phone) throws Exception;

    /** The facts as the screen and the call record show them, and as coaching messages use them. */
    record CallFacts(JsonNode json, FactsView coaching) {
    }
}
