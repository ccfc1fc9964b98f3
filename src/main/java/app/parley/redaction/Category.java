package app.parley.redaction;

import java.util.Arrays;
import java.util.Optional;

/** What a redacted stretch of speech was: each has its placeholder and its setting name. */
public enum Category {
    CARD("card", "card number"),
    SECURITY_CODE("security-code", "security code"),
    EXPIRY("expiry", "expiry date"),
    SSN("ssn", "social security number");

    private final String id;
    private final String noun;

    Category(String id, String noun) {
        this.id = id;
        this.noun = noun;
    }

    /** The name in settings, the store and the API: card, security-code, expiry, ssn. */
    public String id() {
        return id;
    }

    /** What it is called in a sentence: "card number redacted at 41.2 s". */
    public String noun() {
        return noun;
    }

    public static Optional<Category> byId(String id) {
        return Arrays.stream(values()).filter(category -> category.id.equals(id)).findFirst();
    }
}
