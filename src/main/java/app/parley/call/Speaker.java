package app.parley.call;

import com.fasterxml.jackson.annotation.JsonValue;

/** The two parties of a collections call. */
public enum Speaker {
    AGENT, CALLER;

    @JsonValue
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Speaker of(String id) {
        for (Speaker speaker : values()) {
            if (speaker.id().equals(id)) {
                return speaker;
            }
        }
        throw new IllegalArgumentException("unknown speaker '" + id + "' (expected agent or caller)");
    }
}
