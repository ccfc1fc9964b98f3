package app.parley.coaching;

/**
 * One thing wrong with a rules file: the line, the rule or concept it is about (null when it
 * is about neither: a syntax error, a top-level key, the settings), the field, and what is wrong.
 */
public record RuleError(int line, String rule, String concept, String field, String message) {
    @Override
    public String toString() {
        return "line " + line + ": " + describe();
    }

    /** "rule 'x', field 'y': message", without the line. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        if (rule != null) {
            out.append("rule '").append(rule).append("'").append(field == null ? ": " : ", ");
        } else if (concept != null) {
            out.append("concept '").append(concept).append("'").append(field == null ? ": " : ", ");
        }
        if (field != null) {
            out.append("field '").append(field).append("': ");
        }
        return out.append(message).toString();
    }
}
