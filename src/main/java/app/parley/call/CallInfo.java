package app.parley.call;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * The head of a call record. {@code durationS} is null while nothing has been heard yet;
 * {@code transcribedAfterCall}: the call came when Parley was at its live limit
 * ({@code calls.max_live}) and its words were recognised once it had ended (shown only then);
 * {@code rules}: which published rules coached it (null, and not shown: not known, as for calls
 * stored before rollout existed); {@code transcribedUpTo}: Parley stopped while the call was
 * still being decoded; its words are whole up to this call time (seconds) and the rest is being
 * transcribed from its recordings after the restart (null, and not shown: transcribed whole).
 */
public record CallInfo(
        String id,
        @JsonProperty("started_at") Instant startedAt,
        @JsonProperty("caller_number") String callerNumber,
        String agent,
        @JsonProperty("duration_s") Double durationS,
        @JsonProperty("transcribed_after_call") @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean transcribedAfterCall,
        @JsonInclude(JsonInclude.Include.NON_NULL) CoachedBy rules,
        @JsonProperty("transcribed_up_to") @JsonInclude(JsonInclude.Include.NON_NULL) Double transcribedUpTo) {

    /** A call whose coaching rules are known, transcribed whole. */
    public CallInfo(String id, Instant startedAt, String callerNumber, String agent, Double durationS,
            boolean transcribedAfterCall, CoachedBy rules) {
        this(id, startedAt, callerNumber, agent, durationS, transcribedAfterCall, rules, null);
    }

    /** The same call, its words whole up to {@code upTo} (null: whole). */
    public CallInfo transcribedUpTo(Double upTo) {
        return new CallInfo(id, startedAt, callerNumber, agent, durationS, transcribedAfterCall, rules, upTo);
    }

    /** A call transcribed live. */
    public CallInfo(String id, Instant startedAt, String callerNumber, String agent, Double durationS) {
        this(id, startedAt, callerNumber, agent, durationS, false, null, null);
    }

    /** A call whose coaching rules are not known. */
    public CallInfo(String id, Instant startedAt, String callerNumber, String agent, Double durationS,
            boolean transcribedAfterCall) {
        this(id, startedAt, callerNumber, agent, durationS, transcribedAfterCall, null, null);
    }
}
