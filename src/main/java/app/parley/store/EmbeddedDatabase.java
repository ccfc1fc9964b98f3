package app.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The embedded H2 database in the data folder, needing no server. Another Parley command may
 * open the same folder while serve runs: H2's automatic server lets it in.
 */
final class EmbeddedDatabase implements Database {
    private final Path dir;
    private final Duration retryFor;
    /** Once the database exists, a reconnection must find it, never create an empty one in its place. */
    private volatile boolean opened;

    EmbeddedDatabase(Path dataDir, Duration retryFor) {
        this.dir = dataDir.toAbsolutePath().normalize();
        this.retryFor = retryFor;
    }

    @Override
    public Connection connect() {
        try {
            Files.createDirectories(dir);
            Connection connection = DriverManager.getConnection(url(), "parley", "");
            try {
                Migrations.apply(connection);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            opened = true;
            return connection;
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot open the " + describe() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "embedded H2 store in " + dir;
    }

    @Override
    public Duration retryFor() {
        return retryFor;
    }

    @Override
    public String toString() {
        return describe();
    }

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("parley") + ";AUTO_SERVER=TRUE" + (opened ? ";IFEXISTS=TRUE" : "");
    }
}
