package app.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The embedded H2 database in the data folder, shared by the call store and the ledger. Every
 * connection opened here has the schema migrated to the latest version.
 */
public final class EmbeddedDatabase {
    private EmbeddedDatabase() {
    }

    /** A new connection to the database in {@code dataDir} (created when missing), migrated. */
    public static Connection connect(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            Connection connection = DriverManager.getConnection(url(dir), "parley", "");
            try {
                Migrations.apply(connection);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            return connection;
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot open the embedded store in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** What {@link #connect} connects to, for messages. */
    public static String describe(Path dataDir) {
        return "embedded H2 store in " + dataDir.toAbsolutePath().normalize();
    }

    private static String url(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("parley")
                // Another Parley command may open the same store while serve runs.
                + ";AUTO_SERVER=TRUE";
    }
}
