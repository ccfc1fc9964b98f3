package app.parley.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A scorecard row's verdict. */
public enum Verdict {
    MET("met"), MISSED("missed"), NOT_APPLICABLE("not-applicable");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** The verdict with this id; an unknown id is an {@link InvalidOverrideException} naming {@code verdict}. */
    @JsonCreator
    public static Verdict of(String id) {
        for (Verdict verdict : values()) {
            if (verdict.id.equals(id)) {
                return verdict;
            }
        }
        throw new InvalidOverrideException("verdict", "unknown verdict '" + id
                + "' (expected met, missed or not-applicable)");
    }
}
