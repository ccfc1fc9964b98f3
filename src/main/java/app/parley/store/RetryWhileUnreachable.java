package app.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work against a {@link Database} again while the database is unreachable (the server
 * restarting, the network dropping), pausing 50 ms, doubling to 1 s, until the database's
 * {@code retryFor} has passed since the work first failed. Any other failure ends the work at once.
 *
 * <p>One is shared by the connections of a store (its writer and its readers), so that an outage
 * is logged once when it begins and once when it ends, without stack traces, whichever connection
 * met it. A connection opened before the last outage ended, found broken afterwards, is a leftover
 * of that outage, not a new one: the work is tried again at once on a new connection, and only
 * if that fails too is the database unreachable. Closing it ends the work that waits for the
 * database.
 */
final class RetryWhileUnreachable {
    private static final Logger LOG = LoggerFactory.getLogger(RetryWhileUnreachable.class);
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
    private final Object pauses = new Object();
    private volatile boolean closed;
    /** When the current outage began ({@link System#nanoTime}), or -1 when the database answers. */
    private long unreachableSince = -1;
    /** Outages ended so far: a connection records the count when it is opened (see {@link #generation}). */
    private long outagesEnded;

    RetryWhileUnreachable(Database database) {
        this.database = database;
    }

    /** One try of the work; it may be run more than once. */
    interface Attempt<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code attempt}, and again while it fails for want of a connection.
     *
     * @param what the operation, for messages: "cannot " + what + " in " + the store
     * @throws StoreException when the work fails for another reason, or the database stays
     *         unreachable for {@code retryFor}
     */
    <T> T run(String what, Attempt<T> attempt) {
        long firstFailure = -1;
        long pauseMs = FIRST_PAUSE_MS;
        while (true) {
            if (closed) {
                throw new StoreException("cannot " + what + ": the " + database.describe() + " is closed", null);
            }
            Exception failure;
            try {
                T result = attempt.run();
                reachable();
                return result;
            } catch (LeftoverConnectionFailure e) {
                continue;
            } catch (SQLException | StoreException e) {
                failure = e;
            }
            if (!isConnectionFailure(failure)) {
                throw failure instanceof StoreException stored ? stored
                        : new StoreException("cannot " + what + " in " + database.describe() + ": "
                                + failure.getMessage(), failure);
            }
            long now = System.nanoTime();
            if (firstFailure < 0) {
                firstFailure = now;
            }
            unreachable(what, failure, now);
            long leftNs = database.retryFor().toNanos() - (now - firstFailure);
            if (leftNs <= 0) {
                throw new StoreException("cannot " + what + ": the " + database.describe() + " was unreachable for "
                        + seconds(now - firstFailure) + " s: " + reason(failure), failure);
            }
            pause(Math.min(TimeUnit.MILLISECONDS.toNanos(pauseMs), leftNs), what);
            pauseMs = Math.min(pauseMs * 2, MAX_PAUSE_MS);
        }
    }

    private synchronized void unreachable(String what, Exception failure, long now) {
        if (unreachableSince < 0) {
            unreachableSince = now;
            LOG.warn("store unreachable, retrying for up to {} s: cannot {} in {}: {}",
                    seconds(database.retryFor().toNanos()), what, database.describe(), reason(failure));
        }
    }

    private synchronized void reachable() {
        if (unreachableSince >= 0) {
            LOG.info("store reachable again after {} s: {}", seconds(System.nanoTime() - unreachableSince),
                    database.describe());
            unreachableSince = -1;
            outagesEnded++;
        }
    }

    /** What a connection opened now records, to tell {@link #lost} whether it outlived an outage. */
    synchronized long generation() {
        return outagesEnded;
    }

    /**
     * {@code failure}, which {@link #lostConnection lost} a connection opened at {@code generation},
     * as what the work is to be tried again for: a leftover of an outage that has ended since the
     * connection was opened, or a connection failure.
     */
    synchronized SQLException lost(SQLException failure, long generation) {
        return generation < outagesEnded ? new LeftoverConnectionFailure(failure) : asConnectionFailure(failure);
    }

    /** A connection broken by an outage that has ended since: try again at once, without a word. */
    private static final class LeftoverConnectionFailure extends SQLNonTransientConnectionException {
        LeftoverConnectionFailure(SQLException cause) {
            super(cause.getMessage(), "08003", cause);
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

    /**
     * Whether {@code failure}, met on {@code connection}, lost it: a connection failure, or a
     * cancelled statement whose session died with it (a cancel alone leaves the connection usable).
     * The connection is then to be discarded, and the failure passed on through {@link #lost} so
     * that the work is tried again.
     */
    static boolean lostConnection(Throwable failure, Connection connection) {
        return isConnectionFailure(failure) || cancelled(failure) && gone(connection);
    }

    private static SQLException asConnectionFailure(SQLException failure) {
        return isConnectionFailure(failure) ? failure
                : new SQLNonTransientConnectionException(failure.getMessage(), "08003", failure);
    }

    private static boolean cancelled(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && STATEMENT_CANCELLED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean gone(Connection connection) {
        try {
            return connection == null || !connection.isValid(2);
        } catch (SQLException e) {
            return true;
        }
    }

    /** Waits, unless closed meanwhile. */
    private void pause(long nanos, String what) {
        synchronized (pauses) {
            if (closed) {
                return;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(pauses, nanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("cannot " + what + ": interrupted while waiting for the " + database.describe(), e);
            }
        }
    }

    /** Ends the work that waits for the database, and refuses more. */
    void close() {
        closed = true;
        synchronized (pauses) {
            pauses.notifyAll();
        }
    }

    boolean closed() {
        return closed;
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
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
}
