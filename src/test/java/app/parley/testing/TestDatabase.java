package app.parley.testing;

import app.parley.config.ParleyConfig;
import app.parley.store.CallStore;
import app.parley.store.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A new, empty database for one test, on one backend, which the test may restart or stop to
 * see how the store rides it out. Contract tests take one from each backend.
 */
public interface TestDatabase {

    /** An embedded H2 database in {@code dir}. */
    static TestDatabase embedded(Path dir) {
        return new Embedded(dir);
    }

    /** A new database on the shared {@link PostgresServer}, named after {@code purpose}. */
    static TestDatabase postgres(String purpose) {
        PostgresServer server = PostgresServer.shared();
        return new Postgres(server, server.createDatabase(purpose));
    }

    /** The database, its operations retried for {@code retryFor} while it is unreachable. */
    Database database(Duration retryFor);

    default Database database() {
        return database(Database.DEFAULT_RETRY_FOR);
    }

    /** Ends every connection and brings the database back; returns once it answers. */
    void restart();

    /** Makes the database unreachable until {@link #start}. */
    void stop();

    void start();

    /** The password, which no message may show; empty when there is none. */
    String password();

    /** H2: another connection shuts the database down (it reopens on the next connection); exclusive mode keeps everyone else out. */
    final class Embedded implements TestDatabase {
        private final Path dir;
        private Connection exclusive;

        Embedded(Path dir) {
            this.dir = dir;
        }

        @Override
        public Database database(Duration retryFor) {
            return Database.open(new ParleyConfig.Store("embedded", "", "", "", retryFor, Duration.ZERO,
                    Duration.ofHours(1), CallStore.DEFAULT_READ_CONNECTIONS, 10_000), dir);
        }

        @Override
        public void restart() {
            try (Connection connection = database().connect(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot shut down the H2 database in " + dir, e);
            }
        }

        @Override
        public void stop() {
            try {
                exclusive = database().connect();
                try (Statement statement = exclusive.createStatement()) {
                    // Closes every other connection and refuses new ones.
                    statement.execute("SET EXCLUSIVE 2");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot take the H2 database in " + dir + " for itself", e);
            }
        }

        @Override
        public void start() {
            try (Connection connection = exclusive; Statement statement = connection.createStatement()) {
                statement.execute("SET EXCLUSIVE 0");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot give the H2 database in " + dir + " back", e);
            } finally {
                exclusive = null;
            }
        }

        @Override
        public String password() {
            return "";
        }

        @Override
        public String toString() {
            return "embedded";
        }
    }

    /** PostgreSQL: {@code pg_ctl restart -m fast}, {@code stop} and {@code start} of the shared server. */
    final class Postgres implements TestDatabase {
        private final PostgresServer server;
        private final String name;

        Postgres(PostgresServer server, String name) {
            this.server = server;
            this.name = name;
        }

        @Override
        public Database database(Duration retryFor) {
            return Database.open(new ParleyConfig.Store("postgresql", server.url(name), PostgresServer.USER,
                    PostgresServer.PASSWORD, retryFor, Duration.ZERO, Duration.ofHours(1), CallStore.DEFAULT_READ_CONNECTIONS,
                    10_000), Path.of("unused"));
        }

        @Override
        public void restart() {
            server.restart();
        }

        @Override
        public void stop() {
            server.stop();
        }

        @Override
        public void start() {
            server.start();
        }

        @Override
        public String password() {
            return PostgresServer.PASSWORD;
        }

        @Override
        public String toString() {
            return "postgresql";
        }
    }
}
