package app.parley.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests: the newest one installed under /usr/lib/postgresql, its
 * cluster made by {@code initdb} in a temporary folder, listening on a free port of 127.0.0.1
 * (and a unix socket in that folder only). One per test JVM, started on first use (about a
 * second) and stopped when the JVM exits. Running as root, the server runs as the
 * {@code postgres} user, which owns the folder. Connections over TCP need the password.
 */
public final class PostgresServer {
    public static final String USER = "parley";
    public static final String PASSWORD = "test-only-pg-secret";
    private static final Path INSTALLED = Path.of("/usr/lib/postgresql");
    private static final String OS_USER = "postgres";
    private static PostgresServer shared;

    private final Path bin;
    private final Path dir;
    private final Path data;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
    }

    /** The server of this JVM, started on first use. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            long started = System.nanoTime();
            Path bin = binaries();
            PostgresServer server = create(bin);
            Runtime.getRuntime().addShutdownHook(new Thread(server::destroy, "postgres-test-server-stop"));
            System.err.printf("PostgreSQL for tests (%s) on 127.0.0.1:%d, started in %d ms%n", bin, server.port,
                    (System.nanoTime() - started) / 1_000_000);
            shared = server;
        }
        return shared;
    }

    /** The newest server installed, or a failure saying how to install one: these tests are not skipped. */
    private static Path binaries() {
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(INSTALLED)) {
            try (Stream<Path> versions = Files.list(INSTALLED)) {
                versions.map(version -> version.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                        .forEach(found::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Optional<Path> newest = found.stream().max(Comparator.comparingDouble(PostgresServer::version));
        return newest.orElseThrow(() -> new IllegalStateException("no PostgreSQL server under " + INSTALLED
                + "/*/bin (initdb, pg_ctl), which the store's tests run against: run `bin/install-deps test`"));
    }

    private static double version(Path bin) {
        try {
            return Double.parseDouble(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static PostgresServer create(Path bin) {
        Path dir;
        try {
            dir = Files.createTempDirectory("parley-pg-");
            Files.writeString(dir.resolve("password"), PASSWORD + "\n");
            if (root()) {
                UserPrincipal owner = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(OS_USER);
                Files.setOwner(dir, owner);
                Files.setOwner(dir.resolve("password"), owner);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for the test PostgreSQL server", e);
        }
        PostgresServer server = new PostgresServer(bin, dir, freePort());
        server.pg(List.of("initdb", "-D", server.data.toString(), "-U", USER, "--pwfile=" + dir.resolve("password"),
                "--auth-local=trust", "--auth-host=scram-sha-256", "--no-locale", "-E", "UTF8", "--no-sync"));
        // Disposable data: no fsync. Sockets only on loopback and in the test's own folder.
        server.appendConfig(String.join("\n", "listen_addresses = '127.0.0.1'", "port = " + server.port,
                "unix_socket_directories = '" + dir + "'", "fsync = off", "synchronous_commit = off",
                "full_page_writes = off", "max_connections = 60", ""));
        server.start();
        return server;
    }

    private void appendConfig(String lines) {
        try {
            Files.writeString(data.resolve("postgresql.conf"), lines, StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JDBC URL of {@code database} on this server. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A new empty database, named after {@code purpose} and numbered. */
    public String createDatabase(String purpose) {
        String name = purpose.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_"
                + databases.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on the test server: " + e.getMessage(), e);
        }
        return name;
    }

    /** Stops the server quickly (ending every session) and starts it again; returns once it answers. */
    public void restart() {
        pg(List.of("pg_ctl", "-D", data.toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60",
                "-m", "fast", "restart"));
    }

    /** Stops the server, ending every session; it stays down until {@link #start}. */
    public void stop() {
        pg(List.of("pg_ctl", "-D", data.toString(), "-w", "-t", "60", "-m", "fast", "stop"));
    }

    /** Starts the server; returns once it answers. */
    public void start() {
        pg(List.of("pg_ctl", "-D", data.toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60",
                "start"));
    }

    private void destroy() {
        try {
            pg(List.of("pg_ctl", "-D", data.toString(), "-w", "-t", "30", "-m", "immediate", "stop"));
        } catch (RuntimeException e) {
            System.err.println("test PostgreSQL server did not stop: " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("cannot remove " + dir + ": " + e.getMessage());
        }
    }

    /** Runs a server program as the postgres user; fails with the end of its output and of the server's log. */
    private void pg(List<String> command) {
        List<String> line = new ArrayList<>();
        if (root()) {
            line.addAll(List.of("runuser", "-u", OS_USER, "--"));
        }
        line.add(bin.resolve(command.get(0)).toString());
        line.addAll(command.subList(1, command.size()));
        Path output = dir.resolve("commands.log");
        try {
            Process process = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not finish in 120 s" + logs(output));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with exit code "
                        + process.exitValue() + logs(output));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + line, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command.get(0), e);
        }
    }

    private String logs(Path output) {
        return "\n--- " + output + ":\n" + tail(output) + "\n--- server log:\n" + tail(dir.resolve("server.log"));
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(" + file.getFileName() + " unreadable: " + e.getMessage() + ")";
        }
    }
}
