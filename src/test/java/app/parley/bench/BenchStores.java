package app.parley.bench;

import app.parley.store.CallStore;
import app.parley.testing.TestDatabase;
import java.nio.file.Path;
import java.util.function.Supplier;

/** The store a benchmark runs on: the embedded default, or a PostgreSQL server started for the run. */
final class BenchStores {
    private BenchStores() {
    }

    static Supplier<CallStore> opener(String backend, Path data) {
        TestDatabase database = switch (backend) {
            case "embedded" -> TestDatabase.embedded(data);
            case "postgresql" -> TestDatabase.postgres("bench");
            default -> throw new IllegalArgumentException("unknown backend '" + backend + "' (embedded or postgresql)");
        };
        return () -> CallStore.open(database.database());
    }

    static void cleanUp(Path data) throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(data)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(path);
            }
        }
    }
}
