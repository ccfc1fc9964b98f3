package app.parley.ledger;

/** Told how far an import has read: every {@link #EVERY_ROWS} rows of a file, and at its end. */
@FunctionalInterface
public interface ImportProgress {
    int EVERY_ROWS = 100_000;
    ImportProgress NONE = (file, rows, fileDone) -> { };

    /** {@code rows} of {@code file} have been read; {@code fileDone} on the last report for the file. */
    void rows(String file, long rows, boolean fileDone);
}
