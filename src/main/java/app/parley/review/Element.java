package app.parley.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The elements of collection negotiation a call is scored on, in the scorecard's order. */
public enum Element {
    EMOTIONAL_CONTROL("emotional-control", "Emotional control"),
    URGENCY("urgency", "Urgency"),
    OPTIONS("options", "About three options"),
    INFORMATION("information", "Information"),
    EMPATHY("empathy", "Empathy"),
    NEXT_STEP("next-step", "Next step agreed"),
    DISCLOSURE("disclosure", "Disclosure said"),
    COMPLIANCE("compliance", "Compliance");

    private final String id;
    private final String title;

    Element(String id, String title) {
        this.id = id;
        this.title = title;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** For people: a row's heading. */
    public String title() {
        return title;
    }

    /** The element with this id; an unknown id is an {@link InvalidOverrideException} naming {@code element}. */
    @JsonCreator
    public static Element of(String id) {
        for (Element element : values()) {
            if (element.id.equals(id)) {
                return element;
            }
        }
        throw new InvalidOverrideException("element", "unknown element '" + id + "' (expected one of "
                + Arrays.stream(values()).map(Element::id).collect(Collectors.joining(", ")) + ")");
    }
}
