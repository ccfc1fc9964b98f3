package app.parley.call;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The stored call as the API and {@code analyze} show it. Prompts and facts are filled by the
 * coaching and ledger capabilities; until then they are an empty list and null. {@code gaps}
 * are the stretches where a party's audio was lost.
 */
public record CallRecord(CallInfo call, List<Utterance> utterances, List<JsonNode> prompts, JsonNode facts,
        List<Gap> gaps) {
    public CallRecord {
        utterances = List.copyOf(utterances);
        prompts = List.copyOf(prompts);
        gaps = List.copyOf(gaps);
    }

    public CallRecord(CallInfo call, List<Utterance> utterances, List<JsonNode> prompts, JsonNode facts) {
        this(call, utterances, prompts, facts, List.of());
    }
}
