package app.parley.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/**
 * A PostgreSQL server, which several Parley nodes may share. Nodes starting together migrate
 * the schema one at a time: each holds an advisory lock while it checks and migrates.
 */
final class PostgresDatabase implements Database {
    /** The advisory lock key of schema migrations: "Parley" in ASCII. */
    private static final long MIGRATION_LOCK = 0x5061726c6579L;
    private static final int CONNECT_TIMEOUT_S = 10;

    private final String url;
    private final String user;
    private final String password;
    private final Duration retryFor;

    PostgresDatabase(String url, String user, String password, Duration retryFor) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.retryFor = retryFor;
    }

    @Override
    public Connection connect() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", "parley");
        // Parameters written in the URL win over these. A server that takes the connection and then
        // never answers the login (seen while one restarts) would hold the connecting thread for good,
        // and with it the read pool's only connection opener: the login is bounded too, not only the
        // TCP connect, and an attempt that runs out is retried like a refused one. (The driver gives
        // up on a thread of its own, which stays blocked until the server drops the socket; the
        // migration check after the login waits on other nodes' migrations, so it is not bounded.)
        String timeoutS = Long.toString(Math.max(1, Math.min(CONNECT_TIMEOUT_S, retryFor.toSeconds())));
        properties.setProperty("connectTimeout", timeoutS);
        properties.setProperty("loginTimeout", timeoutS);
        properties.setProperty("tcpKeepAlive", "true");
        try {
            Connection connection = login(properties);
            try {
                migrate(connection);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            return connection;
        } catch (SQLException e) {
            throw new StoreException("cannot open the " + describe() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The driver's connection. Waiting for a login it times, the driver reports an interrupt unchecked;
     * it is the store's failure here like any other.
     */
    private Connection login(Properties properties) throws SQLException {
        try {
            return DriverManager.getConnection(url, properties);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the " + describe() + ": " + e.getMessage(), e);
        }
    }

    /** A session lock, held across the migrations' own transactions; it ends with the session if that dies. */
    private static void migrate(Connection connection) throws SQLException {
        lock(connection, "SELECT pg_advisory_lock(?)");
        try {
            Migrations.apply(connection);
        } catch (SQLException | RuntimeException e) {
            try {
                lock(connection, "SELECT pg_advisory_unlock(?)");
            } catch (SQLException unlock) {
                e.addSuppressed(unlock);
            }
            throw e;
        }
        lock(connection, "SELECT pg_advisory_unlock(?)");
    }

    private static void lock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, MIGRATION_LOCK);
            statement.execute();
        }
    }

    @Override
    public String describe() {
        // The URL without its parameters, where a password may be written.
        String where = url.startsWith("jdbc:postgresql://") ? url.substring("jdbc:postgresql://".length()) : url;
        int parameters = where.indexOf('?');
        return "PostgreSQL store " + (parameters < 0 ? where : where.substring(0, parameters))
                + (user.isEmpty() ? "" : " as " + user);
    }

    @Override
    public Duration retryFor() {
        return retryFor;
    }

    @Override
    public String toString() {
        return describe();
    }
}
