package app.parley.ledger;

import java.util.List;

/**
 * An import that changed nothing because of what its files hold. Each problem names the file,
 * the line (1 is the header; 0 when about the file as a whole) and the field.
 */
public final class ImportRejectedException extends RuntimeException {
    private final List<Problem> problems;

    public ImportRejectedException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** {@code field} is null when the problem is about a whole row or file. */
    public record Problem(String file, int line, String field, String message) {
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + ": " + (field == null ? "" : "field " + field + ": ") + message;
        }
    }

    private static String message(List<Problem> problems) {
        StringBuilder text = new StringBuilder("import rejected, the store is unchanged (")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
                .append(problems.size() >= LedgerImport.MAX_PROBLEMS ? ", stopped looking after these" : "")
                .append("):");
        for (Problem problem : problems) {
            text.append("\n  ").append(problem);
        }
        return text.toString();
    }
}
