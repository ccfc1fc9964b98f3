package app.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.config.ParleyConfig;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DatabaseTest {
    private static ParleyConfig.Store store(String backend, String url) {
        return new ParleyConfig.Store(backend, url, "parley", "hunter2", Duration.ofSeconds(30), Duration.ZERO,
                Duration.ofHours(1), 4, 10_000);
    }

    @Test
    void describeNamesTheBackendAndPlaceButNeverThePassword() {
        Database postgres = Database.open(store("postgresql",
                "jdbc:postgresql://db.example:5432/parley?password=hunter2&sslmode=require"), Path.of("data"));
        assertEquals("PostgreSQL store db.example:5432/parley as parley", postgres.describe());
        Database embedded = Database.open(store("embedded", ""), Path.of("/srv/parley/data"));
        assertEquals("embedded H2 store in /srv/parley/data", embedded.describe());
        assertEquals(Duration.ofSeconds(30), embedded.retryFor());
    }

    @Test
    void onlyALostConnectionIsRetried() {
        assertTrue(RetryWhileUnreachable.isConnectionFailure(new SQLException("refused", "08001")));
        assertTrue(RetryWhileUnreachable.isConnectionFailure(new SQLException("i/o", "08006")));
        assertTrue(RetryWhileUnreachable.isConnectionFailure(new SQLException("admin shutdown", "57P01")));
        assertTrue(RetryWhileUnreachable.isConnectionFailure(new SQLException("starting up", "57P03")));
        assertTrue(RetryWhileUnreachable.isConnectionFailure(new SQLException("H2 closed", "90121")));
        assertTrue(RetryWhileUnreachable.isConnectionFailure(
                new StoreException("cannot write", new SQLException("wrapped", "08003"))), "found in the causes");
        assertFalse(RetryWhileUnreachable.isConnectionFailure(new SQLException("duplicate key", "23505")));
        assertFalse(RetryWhileUnreachable.isConnectionFailure(new SQLException("syntax", "42601")));
        assertFalse(RetryWhileUnreachable.isConnectionFailure(new SQLException("query canceled", "57014")));
        assertFalse(RetryWhileUnreachable.isConnectionFailure(new SQLException("bad password", "28P01")));
        assertFalse(RetryWhileUnreachable.isConnectionFailure(new StoreException("not JSON", null)));
    }
}
