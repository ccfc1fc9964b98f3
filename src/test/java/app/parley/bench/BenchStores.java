package app.parley.bench;

import app.parley.testing.TestDatabase;
import java.nio.file.Path;

/** The store a benchmark runs on: the embedded default, or a PostgreSQL server started for the run. */
final class BenchStores {
    private BenchStores() {
    }

    static TestDatabase database(String backend, Path data) {
        return switch (backend) {
            case "embedded" -> TestDatabase.embedded(data);
            case "postgresql" -> TestDatabase.postgres("bench");
            default -> throw new IllegalArgumentException("unknown backend '" + backend + "' (embedded or postgresql)");
        };
    }

    static void cleanUp(Path data) throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(data)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(path);
            }
        }
    }
}
