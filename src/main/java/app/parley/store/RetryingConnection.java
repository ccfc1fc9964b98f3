package app.parley.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One connection to a {@link Database}, opened when first needed and opened again when it
 * breaks, used by one thread at a time. Work that fails because the connection was lost (the
 * server restarting, the network dropping) is run again on a new connection until the
 * database's {@code retryFor} has passed, so it must be safe to run twice: a write that may have
 * committed just before the connection broke is written again. Any other failure ends the work
 * at once.
 *
 * <p>An outage is logged once when it begins and once when it ends, without stack traces.
 */
public final class RetryingConnection implements AutoCloseable {
    private final Database database;
    private final RetryWhileUnreachable retry;
    private Connection connection;
    /** {@link RetryWhileUnreachable#generation} when {@link #connection} was opened. */
    private long generation;

    public RetryingConnection(Database database) {
        this(database, new RetryWhileUnreachable(database));
    }

    /** A connection whose outages are told apart from, and logged with, those of others sharing {@code retry}. */
    RetryingConnection(Database database, RetryWhileUnreachable retry) {
        this.database = database;
        this.retry = retry;
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
        return retry.run(what, () -> {
            if (connection == null) {
                generation = retry.generation();
                connection = database.connect();
            }
            try {
                return work.run(connection);
            } catch (SQLException e) {
                if (RetryWhileUnreachable.lostConnection(e, connection)) {
                    discardConnection();
                    throw retry.lost(e, generation);
                }
                throw e;
            } catch (StoreException e) {
                if (RetryWhileUnreachable.lostConnection(e, connection)) {
                    discardConnection();
                }
                throw e;
            }
        });
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

    /** Ends the work waiting for the database first: it holds this connection until it gives up. */
    @Override
    public void close() {
        retry.close();
        synchronized (this) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    if (!RetryWhileUnreachable.isConnectionFailure(e)) {
                        throw new StoreException("cannot close the " + database.describe() + ": " + e.getMessage(), e);
                    }
                } finally {
                    connection = null;
                }
            }
        }
    }
}
