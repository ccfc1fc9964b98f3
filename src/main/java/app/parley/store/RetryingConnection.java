package app.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection to a {@link Database}, opened when first needed and opened again when it
 * breaks. Work that fails because the connection was lost (the server restarting, the network
 * dropping) is run again on a new connection until the database's {@code retryFor} has passed,
 * so it must be safe to run twice: a write that may have committed just before the connection
 * broke is written again. Any other failure ends the work at once.
 *
 * <p>An outage is logged once when it begins and once when it ends, without stack traces.
 */
public final class RetryingConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RetryingConnection.class);
    private static final long FIRST_PAUSE_MS = 50;
    private static final long MAX_PAUSE_MS = 1_000;
    /**
     * PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now. H2, whose SQLState is its
     * error code: connection broken, database closed, database closed by a shutdown, database
     * open in exclusive mode.
     */
    private static final Set<String> CONNECTION_STATES = Set.of("57P01", "57P02", "57P03", "90067", "90098",
            "90121", "90135");
    /** A cancelled statement: H2 cancels those running when it shuts down (then the session is gone). */
    private static final String STATEMENT_CANCELLED = "57014";

    private final Database database;
    private Connection connection;
    /** When the current outage began ({@link System#nanoTime}), or -1 when the database answers. */
    private long unreachableSince = -1;
    private boolean closed;

    public RetryingConnection(Database database) {
        this.database = database;
    }

    /** Work done on the connection; it may be run more than once. */
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work}, reconnecting and running it again while the connection fails.
     *
     * @param what the operation, for messages: "cannot " + what + " in " + the store
     * @throws StoreException when the work fails for another reason, or the database stays
     *         unreachable for {@code retryFor}
     */
    public synchronized <T> T run(String what, Work<T> work) {
        long firstFailure = 0;
        long pauseMs = FIRST_PAUSE_MS;
        for (int attempt = 0; ; attempt++) {
            if (closed) {
                throw new StoreException("cannot " + what + ": the " + database.describe() + " is closed", null);
            }
            Exception failure;
            try {
                if (connection == null) {
                    connection = database.connect();
                }
                T result = work.run(connection);
                if (unreachableSince >= 0) {
                    LOG.info("store reachable again after {} s: {}", seconds(System.nanoTime() - unreachableSince),
                            database.describe());
                    unreachableSince = -1;
                }
                return result;
            } catch (SQLException | StoreException e) {
                failure = e;
            }
            if (!isConnectionFailure(failure) && !(cancelled(failure) && connectionGone())) {
                throw failure instanceof StoreException stored ? stored
                        : new StoreException("cannot " + what + " in " + database.describe() + ": "
                                + failure.getMessage(), failure);
            }
            discardConnection();
            long now = System.nanoTime();
            if (attempt == 0) {
                firstFailure = now;
            }
            if (unreachableSince < 0) {
                unreachableSince = now;
                LOG.warn("store unreachable, retrying for up to {} s: cannot {} in {}: {}",
                        seconds(database.retryFor().toNanos()), what, database.describe(), reason(failure));
            }
            long leftNs = database.retryFor().toNanos() - (now - firstFailure);
            if (leftNs <= 0) {
                throw new StoreException("cannot " + what + ": the " + database.describe() + " was unreachable for "
                        + seconds(now - firstFailure) + " s: " + reason(failure), failure);
            }
            pause(Math.min(TimeUnit.MILLISECONDS.toNanos(pauseMs), leftNs), what);
            pauseMs = Math.min(pauseMs * 2, MAX_PAUSE_MS);
        }
    }

    /**
     * Whether {@code failure}, or an exception it wraps, says the connection was lost or could not
     * be made, so that a new connection may succeed: SQLState class 08, or one of
     * {@link #CONNECTION_STATES}. A constraint violation or bad SQL is not one.
     */
    static boolean isConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    String state = next.getSQLState();
                    if (state != null && (state.startsWith("08") || CONNECTION_STATES.contains(state))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean cancelled(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && STATEMENT_CANCELLED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the connection died with the failure (a cancel alone leaves it usable). */
    private boolean connectionGone() {
        try {
            return connection == null || !connection.isValid(2);
        } catch (SQLException e) {
            return true;
        }
    }

    /** Waits, releasing the lock so that {@link #close} need not wait for the outage to end. */
    private void pause(long nanos, String what) {
        try {
            TimeUnit.NANOSECONDS.timedWait(this, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("cannot " + what + ": interrupted while waiting for the " + database.describe(), e);
        }
    }

    private void discardConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // It is broken already; closing only frees what the driver holds.
            }
            connection = null;
        }
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
    }

    /** The driver's own words: the first line of the innermost SQLException's message. */
    private static String reason(Throwable failure) {
        Throwable reason = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException) {
                reason = cause;
            }
        }
        String message = String.valueOf(reason.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                if (!isConnectionFailure(e)) {
                    throw new StoreException("cannot close the " + database.describe() + ": " + e.getMessage(), e);
                }
            } finally {
                connection = null;
            }
        }
    }
}
