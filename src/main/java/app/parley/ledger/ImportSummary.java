package app.parley.ledger;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * A committed import: its number in the store, the rows read from each file (absent files
 * are not listed) and every account a row of it belongs to.
 */
public record ImportSummary(long importId, Path source, Map<String, Long> rows, Set<String> touchedAccounts) {
    public ImportSummary {
        rows = Map.copyOf(rows);
        touchedAccounts = Set.copyOf(touchedAccounts);
    }

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
