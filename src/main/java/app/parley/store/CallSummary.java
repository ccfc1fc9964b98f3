package app.parley.store;

import app.parley.call.CallInfo;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * One call in search results: who, when, how long, the account, how many prompts of each kind
 * were raised, and (for a search by words) the first utterance that matched, with its time.
 */
@JsonPropertyOrder({"call", "account", "prompts", "match"})
public record CallSummary(CallInfo call, String account, Map<String, Integer> prompts, Match match) {
    public CallSummary {
        prompts = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(prompts));
    }

    public record Match(String speaker, double start, String text) {
    }

    /** One page of results, and the cursor of the next page (null: this is the last). */
    @JsonPropertyOrder({"calls", "next"})
    public record Page(java.util.List<CallSummary> calls, @JsonProperty("next") String next) {
        public Page {
            calls = java.util.List.copyOf(calls);
        }
    }
}
