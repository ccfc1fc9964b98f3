package app.parley.bench;

import app.parley.call.Speaker;
import app.parley.cluster.Nodes;
import app.parley.live.LiveTranscriptionEndToEndTestSupport;
import app.parley.testing.RunningParley;
import app.parley.testing.Sandbox;
import app.parley.testing.TestAudio;
import app.parley.testing.Wer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * The same load on one Parley node, then on three nodes of one cluster on this machine: how the
 * calls spread over the nodes and what the cluster path costs in word-to-screen latency, decode
 * lag and word error rate (issue 16's last "Done when").
 *
 * <pre>
 * scripts/bench ClusterBenchmark [--calls N]      (default 4)
 * </pre>
 *
 * <p>Everything is the real thing, as the cluster tests start it ({@code cluster.Nodes}): each
 * node its own clustered Vert.x (a Hazelcast member on 127.0.0.1), all on one new database of the
 * test PostgreSQL, the sandbox Asterisk ({@code dialplans/sandbox}) with AMI on, the real model.
 * The node that follows the PBX places each call's taps on the least loaded node
 * ({@code cluster.TapChoice}). For each configuration, N two-party calls are placed through the
 * sandbox one right after the other (two scripts in turn, so each call's words are its own), and
 * the benchmark waits until every call has ended and is stored.
 *
 * <p>Printed per configuration: calls per node (the node the store names for each call's streams);
 * word-to-screen latency of every final result on the live feed of a supervisor signed in on node
 * 1, whichever node recognised the call: the moment the event reached the feed's reader minus
 * (the call's {@code started_at} on that feed plus the result's {@code end}), p50 and p95; decode
 * lag from every node's {@code /metrics} ({@code parley_decode_lag_seconds}: mean, the p95 bucket's
 * upper bound and the largest, over all nodes); the word error rate of the stored transcripts
 * against the scripts (both parties of every call, weighted by the script's words); and the
 * machine's load average at the end.
 *
 * <p>The three nodes share this machine's cores with each other (and with the sandbox PBX): three
 * nodes here carry no more than one; the figures show what the cluster path costs, not what a
 * cluster of machines carries. Nothing here passes or fails on a timing.
 */
public final class ClusterBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String METRICS_TOKEN = "cluster-benchmark-metrics-token-of-at-least-32-characters";
    /** Each node reports its tap address every 5 s ({@code TapsHere}): after this, the follower has heard all. */
    private static final long REPORTS_HEARD_MS = 6_000;

    /** A second script, with words of its own (as in PbxFollowerTest). */
    private static final String[] REMINDER_CALL = {
        "agent: Hello. This is a reminder that your payment was due on Monday.",
        "caller: I already sent the money yesterday from my bank.",
        "agent: Thank you. I will note that the payment is on its way.",
        "caller: Good. Please call me again if it does not arrive.",
    };

    private ClusterBenchmark() {
    }

    /** What one configuration measured. */
    private record Figures(int nodes, Map<Integer, Integer> callsPerNode, int unplaced, List<Double> finalDelaysMs,
            double lagMean, String lagP95, double lagMax, double wer, int words, double load) {
    }

    public static void main(String[] args) throws Exception {
        int calls = 4;
        for (int i = 0; i < args.length; i++) {
            if ("--calls".equals(args[i]) && i + 1 < args.length) {
                calls = Integer.parseInt(args[++i]);
            } else {
                System.err.println("usage: ClusterBenchmark [--calls N]");
                System.exit(2);
            }
        }
        Path dir = Files.createTempDirectory("cluster-bench");
        Sandbox sandbox = Sandbox.started();
        List<TestAudio.Call> scripts = List.of(
                TestAudio.makeCall(dir.resolve("collections"), LiveTranscriptionEndToEndTestSupport.COLLECTIONS_CALL),
                TestAudio.makeCall(dir.resolve("reminder"), REMINDER_CALL));
        List<Figures> all = new ArrayList<>();
        int base = 200;
        for (int nodes : List.of(1, 3)) {
            try {
                all.add(run(nodes, calls, base, sandbox, scripts, dir.resolve(nodes + "-nodes")));
                // Printed as soon as measured, so that a failure in the next configuration keeps it.
                print(calls, all);
            } catch (Exception | AssertionError e) {
                System.err.printf("%d node(s): failed: %s%n", nodes, e);
                e.printStackTrace();
            }
            base += 100;
        }
        System.exit(0);
    }

    private static Figures run(int count, int calls, int base, Sandbox sandbox, List<TestAudio.Call> scripts, Path dir)
            throws Exception {
        Map<String, String> env = new HashMap<>(sandbox.parleyEnv());
        env.put("PARLEY_METRICS_TOKEN", METRICS_TOKEN);
        System.err.printf("%n== %d node(s), %d calls%n", count, calls);
        try (Nodes nodes = Nodes.start(count, dir, "bench_" + count + "_nodes", env)) {
            RunningParley one = nodes.node(1);
            one.awaitPbxStatus("connected", Duration.ofSeconds(30));
            Thread.sleep(REPORTS_HEARD_MS);
            Map<String, Integer> nodeNumbers = new HashMap<>();
            for (int n = 1; n <= count; n++) {
                nodeNumbers.put(nodes.node(n).getJson("/api/health").get("cluster").get("node").asText(), n);
            }
            Feed feed = Feed.open(one);

            List<String> ids = new ArrayList<>();
            List<TestAudio.Call> played = new ArrayList<>();
            long placing = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                TestAudio.Call call = scripts.get(i % scripts.size());
                Map<String, String> placed = sandbox.call(call.caller(), call.agent(), "5550100" + (base + i),
                        "agent-" + (base + i), false);
                ids.add(placed.get("linkedid"));
                played.add(call);
            }
            System.err.printf("%d calls placed in %.1f s%n", calls, (System.nanoTime() - placing) / 1e9);

            Map<Integer, Integer> perNode = new TreeMap<>();
            for (int n = 1; n <= count; n++) {
                perNode.put(n, 0);
            }
            int unplaced = 0;
            double errors = 0;
            int words = 0;
            for (int i = 0; i < ids.size(); i++) {
                JsonNode record;
                try {
                    record = one.awaitEndedCall(ids.get(i), Duration.ofSeconds(180));
                } catch (AssertionError e) {
                    System.err.printf("call %s did not end within 180 s: not counted%n", ids.get(i));
                    unplaced++;
                    continue;
                }
                List<String> carriedBy = streamNodes(nodes, ids.get(i));
                if (carriedBy.size() == 1 && nodeNumbers.containsKey(carriedBy.get(0))) {
                    perNode.merge(nodeNumbers.get(carriedBy.get(0)), 1, Integer::sum);
                } else {
                    unplaced++;
                    System.err.printf("call %s: streams on %s%n", ids.get(i), carriedBy);
                }
                for (Speaker speaker : Speaker.values()) {
                    String reference = played.get(i).said(speaker);
                    int n = Wer.words(reference).size();
                    errors += Wer.of(reference, LiveTranscriptionEndToEndTestSupport.said(record, speaker)) * n;
                    words += n;
                }
            }
            // The last finals reach the feed before the record is stored; a moment for stragglers.
            Thread.sleep(1_000);
            List<Double> delays = feed.finalDelaysMs(ids);

            double lagSum = 0;
            double lagCount = 0;
            double lagMax = 0;
            Map<Double, Double> buckets = new TreeMap<>();
            for (int n = 1; n <= count; n++) {
                for (String line : scrape(nodes.node(n)).split("\n")) {
                    if (line.startsWith("parley_decode_lag_seconds_sum")) {
                        lagSum += value(line);
                    } else if (line.startsWith("parley_decode_lag_seconds_count")) {
                        lagCount += value(line);
                    } else if (line.startsWith("parley_decode_lag_seconds_max")) {
                        lagMax = Math.max(lagMax, value(line));
                    } else if (line.startsWith("parley_decode_lag_seconds_bucket")) {
                        int le = line.indexOf("le=\"") + 4;
                        String bound = line.substring(le, line.indexOf('"', le));
                        buckets.merge("+Inf".equals(bound) ? Double.POSITIVE_INFINITY : Double.parseDouble(bound),
                                value(line), Double::sum);
                    }
                }
            }
            String lagP95 = "n/a";
            for (Map.Entry<Double, Double> bucket : buckets.entrySet()) {
                if (lagCount > 0 && bucket.getValue() >= 0.95 * lagCount) {
                    lagP95 = bucket.getKey().isInfinite() ? "> 60 s" : "≤ " + bucket.getKey() + " s";
                    break;
                }
            }
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return new Figures(count, perNode, unplaced, delays, lagCount == 0 ? Double.NaN : lagSum / lagCount, lagP95,
                    lagMax, words == 0 ? Double.NaN : errors / words, words, load);
        }
    }

    private static void print(int calls, List<Figures> all) {
        System.out.printf("%nClusterBenchmark: %d calls at once through the sandbox PBX, placed by the PBX follower%n",
                calls);
        System.out.printf("This machine: %d cores. The three nodes share them (and the PBX): three nodes here carry no%n"
                + "more than one; the figures show the cost of the cluster path, not a cluster's capacity.%n",
                Runtime.getRuntime().availableProcessors());
        System.out.println("| nodes | calls per node | finals on node 1's feed | word-to-screen p50 | p95 "
                + "| decode lag mean | p95 | max | WER (words) | load (1 min) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (Figures f : all) {
            List<String> spread = new ArrayList<>();
            f.callsPerNode().forEach((node, n) -> spread.add("node " + node + ": " + n));
            if (f.unplaced() > 0) {
                spread.add("not counted (not ended, or on several nodes): " + f.unplaced());
            }
            List<Double> sorted = f.finalDelaysMs().stream().sorted().toList();
            System.out.printf("| %d | %s | %d | %s | %s | %.2f s | %s | %.2f s | %.3f (%d) | %.2f |%n", f.nodes(),
                    String.join(", ", spread), sorted.size(), ms(sorted, 0.5), ms(sorted, 0.95), f.lagMean(), f.lagP95(),
                    f.lagMax(), f.wer(), f.words(), f.load());
        }
    }

    private static String ms(List<Double> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return "n/a";
        }
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return Math.round(sorted.get(Math.max(0, index))) + " ms";
    }

    /** The distinct nodes the store names for the call's streams. */
    private static List<String> streamNodes(Nodes nodes, String callId) throws Exception {
        List<String> carriedBy = new ArrayList<>();
        try (java.sql.Connection store = nodes.store(); java.sql.PreparedStatement select = store.prepareStatement(
                "SELECT DISTINCT node_id FROM parties WHERE call_id = ?")) {
            select.setString(1, callId);
            try (java.sql.ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    carriedBy.add(rows.getString(1));
                }
            }
        }
        return carriedBy;
    }

    private static String scrape(RunningParley node) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(node.baseUrl() + "/metrics")).header("Authorization", "Bearer " + METRICS_TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? response.body() : "";
    }

    private static double value(String line) {
        String[] parts = line.trim().split("\\s+");
        return Double.parseDouble(parts[parts.length - 1]);
    }

    /**
     * The live feed of the supervisor signed in on node 1 ({@code /api/live/events}), read as it
     * comes: each call's {@code started_at}, and each final result with the moment it arrived.
     */
    private static final class Feed {
        private final Map<String, Instant> started = new ConcurrentHashMap<>();
        private final List<Map.Entry<JsonNode, Instant>> finals = new CopyOnWriteArrayList<>();

        static Feed open(RunningParley node) throws Exception {
            Feed feed = new Feed();
            HttpResponse<Stream<String>> response = node.client().send(HttpRequest.newBuilder(
                    URI.create(node.baseUrl() + "/api/live/events")).build(), HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("node 1's live feed answered " + response.statusCode());
            }
            Thread reader = new Thread(() -> {
                try {
                    response.body().forEach(line -> {
                        if (line.startsWith("data: ")) {
                            feed.take(line.substring(6), Instant.now());
                        }
                    });
                } catch (java.io.UncheckedIOException e) {
                    // The node stopped: the feed is over.
                }
            }, "cluster-bench-feed");
            reader.setDaemon(true);
            reader.start();
            return feed;
        }

        private void take(String data, Instant at) {
            try {
                JsonNode event = JSON.readTree(data);
                String type = event.path("type").asText();
                if ("call-started".equals(type)) {
                    JsonNode call = event.get("call");
                    started.putIfAbsent(call.get("id").asText(), Instant.parse(call.get("started_at").asText()));
                } else if ("utterance".equals(type) && event.path("final").asBoolean()) {
                    finals.add(Map.entry(event, at));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** For each final of the given calls: arrival minus (the call's start plus the result's end), in ms. */
        List<Double> finalDelaysMs(List<String> callIds) {
            List<Double> delays = new ArrayList<>();
            Map<String, Integer> missing = new LinkedHashMap<>();
            for (Map.Entry<JsonNode, Instant> entry : finals) {
                String callId = entry.getKey().path("call_id").asText();
                if (!callIds.contains(callId)) {
                    continue;
                }
                Instant start = started.get(callId);
                if (start == null) {
                    missing.merge(callId, 1, Integer::sum);
                    continue;
                }
                double heardAtMs = start.toEpochMilli() + entry.getKey().get("end").asDouble() * 1000;
                delays.add(entry.getValue().toEpochMilli() - heardAtMs);
            }
            if (!missing.isEmpty()) {
                System.err.println("finals of calls whose start the feed did not show (not counted): " + missing);
            }
            return delays;
        }
    }
}
