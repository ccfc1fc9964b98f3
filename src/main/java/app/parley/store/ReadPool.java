package app.parley.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Connections for reads, apart from the store's writer, so that a long search or a replay never
 * waits for a write nor makes one wait: a HikariCP pool of up to {@code size} connections, one
 * kept open when idle, more opened as reads need them. Each read runs in auto-commit on a
 * connection of its own and sees what was committed when each of its statements ran.
 *
 * <p>Reads are retried like writes ({@link RetryWhileUnreachable}): a connection found broken is
 * evicted from the pool and the read run again on another. A read waits for a free connection, or
 * for the database to come back, for up to the database's {@code retryFor}.
 */
final class ReadPool implements AutoCloseable {
    private final HikariDataSource pool;
    private final RetryWhileUnreachable retry;
    private final DatabaseDataSource connections;

    ReadPool(Database database, int size, RetryWhileUnreachable retry) {
        this.retry = retry;
        this.connections = new DatabaseDataSource(database, retry);
        HikariConfig config = new HikariConfig();
        config.setPoolName("parley-store-reads");
        // Hikari never sees the URL or the password: it asks the Database, which migrates each new connection.
        config.setDataSource(connections);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setReadOnly(true);
        // Named, not asked of the first connection: Hikari asks it once, and when that connection is
        // opened while the database restarts the answer is lost, Hikari keeps "-1" and sets it on every
        // later connection, which PostgreSQL refuses ("Transaction isolation level -1 not supported"),
        // so reads never come back. Read committed is both databases' default.
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setConnectionTimeout(Math.max(250, database.retryFor().toMillis()));
        // The store has just connected its writer: a database down at this moment is ridden out by the reads.
        config.setInitializationFailTimeout(-1);
        // The retry decides which failures lost a connection, for H2's codes too, and evicts it
        // without the stack trace Hikari would log.
        config.setExceptionOverride(new SQLExceptionOverride() {
            @java.lang.Override
            public Override adjudicate(SQLException e) {
                return Override.DO_NOT_EVICT;
            }
        });
        this.pool = new HikariDataSource(config);
    }

    /** Runs {@code read} on a pooled connection, again on another while connections fail. */
    <T> T run(String what, RetryingConnection.Work<T> read) {
        return retry.run(what, () -> {
            Connection connection = pool.getConnection();
            long generation = connections.generation(connection.unwrap(Connection.class));
            try {
                return read.run(connection);
            } catch (SQLException e) {
                throw evictIfLost(e, connection) ? retry.lost(e, generation) : e;
            } catch (StoreException e) {
                evictIfLost(e, connection);
                throw e;
            } finally {
                giveBack(connection);
            }
        });
    }

    private boolean evictIfLost(Exception failure, Connection connection) {
        boolean lost = RetryWhileUnreachable.lostConnection(failure, connection);
        if (lost) {
            pool.evictConnection(connection);
        }
        return lost;
    }

    /** The pool takes the connection back even when closing it fails (a broken one); the failure that broke it is what counts. */
    private static void giveBack(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // See above.
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    /**
     * What Hikari opens connections through: {@link Database#connect}, its SQLException unwrapped
     * for Hikari, each connection's {@link RetryWhileUnreachable#generation} kept. The login
     * timeout is only kept: Hikari waits that long for a connection being opened when the pool closes.
     */
    private static final class DatabaseDataSource implements DataSource {
        private final Database database;
        private final RetryWhileUnreachable retry;
        private final Map<Connection, Long> generations = Collections.synchronizedMap(new WeakHashMap<>());
        private volatile int loginTimeoutS = 5;

        DatabaseDataSource(Database database, RetryWhileUnreachable retry) {
            this.database = database;
            this.retry = retry;
        }

        @Override
        public Connection getConnection() throws SQLException {
            long generation = retry.generation();
            Connection connection;
            try {
                connection = database.connect();
            } catch (StoreException e) {
                throw e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getMessage(), e);
            }
            generations.put(connection, generation);
            return connection;
        }

        /** The generation {@code connection} (as the database gave it, not the pool's wrapper) was opened in. */
        long generation(Connection connection) {
            return generations.getOrDefault(connection, retry.generation());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
            loginTimeoutS = seconds;
        }

        @Override
        public int getLoginTimeout() {
            return loginTimeoutS;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }

        @Override
        public String toString() {
            return database.describe();
        }
    }
}
