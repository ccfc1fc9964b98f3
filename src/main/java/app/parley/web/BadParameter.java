package app.parley.web;

/** A request parameter or body field that cannot be used; the message says why, naming it. */
final class BadParameter extends IllegalArgumentException {
    private final String field;

    BadParameter(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
