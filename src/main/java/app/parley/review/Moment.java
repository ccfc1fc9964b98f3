package app.parley.review;

import app.parley.call.Speaker;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A moment of the call that justifies a scorecard row: at which second of call audio, whose
 * words or voice, what was said or measured, and where it comes from.
 */
@JsonPropertyOrder({"at", "speaker", "text", "source"})
public record Moment(double at, Speaker speaker, String text, Source source) {
    /** Where a moment was found: the transcript, a coaching prompt raised live, or a loudness track. */
    public enum Source {
        UTTERANCE, PROMPT, LOUDNESS;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Moment {
        at = Math.round(at * 1000) / 1000.0;
    }
}
