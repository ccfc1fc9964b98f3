package app.parley.coaching;

import java.util.List;

/** A rules file that was rejected, with everything wrong in it (not only the first problem). */
public final class RuleBookException extends Exception {
    private final String source;
    private final List<RuleError> errors;

    public RuleBookException(String source, List<RuleError> errors) {
        super(describe(source, errors));
        this.source = source;
        this.errors = List.copyOf(errors);
    }

    public String source() {
        return source;
    }

    public List<RuleError> errors() {
        return errors;
    }

    private static String describe(String source, List<RuleError> errors) {
        StringBuilder out = new StringBuilder(source).append(": ").append(errors.size())
                .append(errors.size() == 1 ? " error" : " errors");
        for (RuleError error : errors) {
            out.append("\n  ").append(source).append(':').append(error.line()).append(": ").append(error.describe());
        }
        return out.toString();
    }
}
