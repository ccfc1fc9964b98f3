package app.parley.bench;

import app.parley.store.CallStore;
import java.nio.file.Path;
import java.util.function.Supplier;

/** The store a benchmark runs on: the embedded default, or PostgreSQL started for the run. */
final class BenchStores {
    private BenchStores() {
    }

    static Supplier<CallStore> opener(String backend, Path data) {
        if (backend.equals("embedded")) {
            return () -> CallStore.openEmbedded(data);
        }
        throw new IllegalArgumentException("unknown backend '" + backend + "' (embedded or postgresql)");
    }

    static void cleanUp(String backend, Path data) throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(data)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(path);
            }
        }
    }
}
