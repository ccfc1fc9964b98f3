package app.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.config.ParleyConfig;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * A server that takes the connection, declines TLS and then never answers the login (as one
     * restarting was seen to): connecting gives up after the connect timeout with a connection
     * failure, which the store retries, instead of holding the thread for good.
     */
    @Test
    void aServerThatNeverAnswersTheLoginIsAFailedConnectionNotAHang() throws Exception {
        try (SilentServer server = new SilentServer()) {
            Database database = Database.open(new ParleyConfig.Store("postgresql",
                    "jdbc:postgresql://127.0.0.1:" + server.port() + "/parley", "parley", "hunter2",
                    Duration.ofSeconds(2), Duration.ZERO, Duration.ofHours(1), 4, 10_000), Path.of("data"));
            StoreException failure = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> assertThrows(StoreException.class, database::connect));
            assertTrue(RetryWhileUnreachable.isConnectionFailure(failure), failure.toString());
            assertTrue(server.logins() >= 1, "the login reached the server");
        }
    }

    /** Accepts connections, answers "no" to a TLS or GSS request, and then reads without a word. */
    private static final class SilentServer implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 10, java.net.InetAddress.getLoopbackAddress());
        private final List<Socket> accepted = new ArrayList<>();
        private volatile int logins;

        SilentServer() throws IOException {
            Thread acceptor = new Thread(this::accept, "silent-postgres");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        int logins() {
            return logins;
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    synchronized (accepted) {
                        accepted.add(client);
                    }
                    Thread reader = new Thread(() -> listen(client), "silent-postgres-client");
                    reader.setDaemon(true);
                    reader.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void listen(Socket client) {
            try (DataInputStream in = new DataInputStream(client.getInputStream())) {
                while (true) {
                    int length = in.readInt();
                    int code = in.readInt();
                    in.skipNBytes(length - 8);
                    boolean encryptionRequest = length == 8 && (code == 80877103 || code == 80877104);
                    if (encryptionRequest) {
                        client.getOutputStream().write('N');
                        client.getOutputStream().flush();
                    } else {
                        logins++;
                        InputStream rest = client.getInputStream();
                        while (rest.read() >= 0) {
                            // Never a reply.
                        }
                        return;
                    }
                }
            } catch (IOException e) {
                // The client gave up.
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            synchronized (accepted) {
                for (Socket client : accepted) {
                    client.close();
                }
            }
        }
    }
}
