package app.parley.ledger;

/** Told how far an import has read; large imports report every {@link LedgerImport#PROGRESS_EVERY} rows. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (file, rows, fileDone) -> { };

    /** {@code rows} of {@code file} have been read; {@code fileDone} on the last report for the file. */
    void rows(String file, long rows, boolean fileDone);
}
