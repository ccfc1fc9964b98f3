package app.parley.review;

/**
 * A reviewer's override that cannot be kept: {@link #field()} names the part at fault
 * ({@code element}, {@code verdict}, {@code comment}, {@code reviewer} or {@code at}), so the
 * HTTP layer can answer {@code {"error": ..., "field": ...}}.
 */
public final class InvalidOverrideException extends IllegalArgumentException {
    private final String field;

    public InvalidOverrideException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
