package app.parley.live;

import app.parley.coaching.FactsView;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Finds the caller's account facts by the number they call from, without blocking the caller:
 * the store read runs wherever the implementation puts it (the ledger uses Vert.x workers).
 */
@FunctionalInterface
public interface FactsLookup {
    /** No ledger: every caller is unknown. */
    FactsLookup NONE = phone -> CompletableFuture.completedFuture(null);

    /** The facts of the account with this number (any common formatting); null when none has it. */
    CompletionStage<CallFacts> lookup(String phone);

    /** {@link #lookup(String)} for call {@code callId} (which facts about earlier calls leave out). */
    default CompletionStage<CallFacts> lookup(String phone, String callId) {
        return lookup(phone);
    }

    /**
     * The facts as the screen and the call record show them (a null JSON node: an unknown caller),
     * and as coaching uses them.
     */
    record CallFacts(JsonNode json, FactsView coaching) {
    }
}
