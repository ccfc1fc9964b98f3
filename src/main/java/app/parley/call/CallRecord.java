package app.parley.call;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The stored call as the API and {@code analyze} show it. Prompts are the coaching prompts
 * raised during the call, in the order they were raised; facts are filled by the ledger
 * capability (null until then); gaps are the stretches where a party's audio was lost;
 * prompt_feedback is what the agent said of the prompts (helpful, dismissed); redactions are
 * where payment or identity data was said, in time order.
 */
public record CallRecord(CallInfo call, List<Utterance> utterances, List<Prompt> prompts, JsonNode facts,
        List<Gap> gaps, @JsonProperty("prompt_feedback") List<PromptFeedback> promptFeedback,
        List<Redaction> redactions) {
    public CallRecord {
        utterances = List.copyOf(utterances);
        prompts = List.copyOf(prompts);
        gaps = List.copyOf(gaps);
        promptFeedback = List.copyOf(promptFeedback);
        redactions = redactions == null ? List.of() : List.copyOf(redactions);
    }

    public CallRecord(CallInfo call, List<Utterance> utterances, List<Prompt> prompts, JsonNode facts,
            List<Gap> gaps, List<PromptFeedback> promptFeedback) {
        this(call, utterances, prompts, facts, gaps, promptFeedback, List.of());
    }

    public CallRecord(CallInfo call, List<Utterance> utterances, List<Prompt> prompts, JsonNode facts) {
        this(call, utterances, prompts, facts, List.of(), List.of(), List.of());
    }
}
