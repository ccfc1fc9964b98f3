package app.parley.call;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** The head of a call record. {@code durationS} is null while nothing has been heard yet. */
public record CallInfo(
        String id,
        @JsonProperty("started_at") Instant startedAt,
        @JsonProperty("caller_number") String callerNumber,
        String agent,
        @JsonProperty("duration_s") Double durationS) {
}
