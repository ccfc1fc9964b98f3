package app.parley.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.function.DoublePredicate;

/**
 * A real Prometheus for tests: Debian's {@code prometheus}, started with a configuration of its
 * own that scrapes one target every second with a bearer token read from a file (as a site's
 * Prometheus would), its storage in a temporary folder, listening on a free port of 127.0.0.1,
 * and read through its query API. Stopped on {@link #close()}. Not skipped when missing: the
 * failure says how to install it.
 */
public final class PrometheusServer implements AutoCloseable {
    private static final Path BINARY = Path.of("/usr/bin/prometheus");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private PrometheusServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Scrapes {@code http://target/metricsPath} as job {@code job} every second, sending the
     * first line of {@code tokenFile} as its bearer token; returns once Prometheus is ready.
     */
    public static PrometheusServer scraping(Path dir, String job, String target, String metricsPath, Path tokenFile)
            throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("no Prometheus at " + BINARY + ", which the metrics test scrapes Parley "
                    + "with: run `bin/install-deps test` (Debian's prometheus package)");
        }
        Files.createDirectories(dir);
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, String.join("\n",
                "global:",
                "  scrape_interval: 1s",
                "  scrape_timeout: 1s",
                "scrape_configs:",
                "  - job_name: " + job,
                "    metrics_path: " + metricsPath,
                "    authorization:",
                "      type: Bearer",
                "      credentials_file: " + tokenFile.toAbsolutePath(),
                "    static_configs:",
                "      - targets: ['" + target + "']",
                ""));
        int port = freePort();
        Path log = dir.resolve("prometheus.log");
        Process process = new ProcessBuilder(BINARY.toString(), "--config.file=" + config,
                "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + port,
                "--log.level=warn").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PrometheusServer server = new PrometheusServer(process, log, port);
        server.awaitReady(Duration.ofSeconds(60));
        return server;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Prometheus exited with " + process.exitValue() + ": " + log());
            }
            try {
                if (get("/-/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep waiting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Prometheus not ready within " + timeout + ": " + log());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The series an instant query gives now (Prometheus' {@code data.result}). */
    public JsonNode query(String promql) throws IOException, InterruptedException {
        HttpResponse<String> response = get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        JsonNode body = JSON.readTree(response.body());
        if (response.statusCode() != 200 || !"success".equals(body.path("status").asText())) {
            throw new IllegalStateException("query " + promql + " -> " + response.statusCode() + ": " + response.body());
        }
        return body.path("data").path("result");
    }

    /** The value of the one series {@code promql} gives now; empty when it gives none. */
    public OptionalDouble value(String promql) throws IOException, InterruptedException {
        JsonNode result = query(promql);
        if (result.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (result.size() > 1) {
            throw new IllegalStateException("query " + promql + " gives " + result.size() + " series: " + result);
        }
        return OptionalDouble.of(Double.parseDouble(result.get(0).path("value").get(1).asText()));
    }

    /**
     * The value of {@code promql} once {@code expected} accepts it (Prometheus scrapes every
     * second); fails after {@code timeout} with the last value seen.
     */
    public double await(String promql, DoublePredicate expected, String what, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        OptionalDouble last = OptionalDouble.empty();
        while (System.nanoTime() < deadline) {
            last = value(promql);
            if (last.isPresent() && expected.test(last.getAsDouble())) {
                return last.getAsDouble();
            }
            Thread.sleep(200);
        }
        throw new AssertionError(promql + " is not " + what + " within " + timeout + ": "
                + (last.isPresent() ? last.getAsDouble() : "no series") + "; targets: " + get("/api/v1/targets").body());
    }

    private String log() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
