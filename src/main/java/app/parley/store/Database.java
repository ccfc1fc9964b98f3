package app.parley.store;

import app.parley.config.ParleyConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;

/**
 * Where the call store and the ledger keep their tables: the embedded H2 database in the data
 * folder, or a PostgreSQL server. Opens connections with the schema migrated to the latest
 * version; holds none itself, so one instance may be shared.
 */
public interface Database {

    /** What {@code store.retry_for} defaults to, for {@link #embedded(Path)}. */
    Duration DEFAULT_RETRY_FOR = Duration.ofSeconds(30);

    /** The database {@code store} names; {@code dataDir} holds the embedded one. */
    static Database open(ParleyConfig.Store store, Path dataDir) {
        return store.embedded() ? new EmbeddedDatabase(dataDir, store.retryFor())
                : new PostgresDatabase(store.url(), store.user(), store.password(), store.retryFor());
    }

    /** The embedded H2 database in {@code dataDir}, retrying for the default time: for tests and tools. */
    static Database embedded(Path dataDir) {
        return new EmbeddedDatabase(dataDir, DEFAULT_RETRY_FOR);
    }

    /**
     * A new connection in auto-commit mode, the schema migrated.
     *
     * @throws StoreException when the database cannot be reached or migrated, the
     *         {@link java.sql.SQLException} its cause
     */
    Connection connect();

    /** Names the database for messages: the backend and where it is, never the password. */
    String describe();

    /** How long an operation is retried, reconnecting, while the database is unreachable. */
    Duration retryFor();
}
