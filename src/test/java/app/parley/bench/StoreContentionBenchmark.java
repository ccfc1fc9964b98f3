package app.parley.bench;

import app.parley.call.CallInfo;
import app.parley.call.CallRecord;
import app.parley.call.LoudnessTrack;
import app.parley.call.Prompt;
import app.parley.call.PromptFeedback;
import app.parley.call.Redaction;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.call.Word;
import app.parley.review.ReviewOverride;
import app.parley.store.CallQuery;
import app.parley.store.CallStore;
import app.parley.store.CallSummary;
import app.parley.store.StoreWriter;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether review searches hold up live writes: live-style writes (N calls, each queueing about 3
 * writes a second through the {@link StoreWriter}, as the event loop does) are timed from queued
 * to done, alone and while reviewers run heavy searches back to back, on the store as it is (reads
 * on their own pooled connections) and on the same store behind one lock, as every store method
 * took turns on one synchronized connection before. Same data, same run, side by side.
 *
 * <pre>
 *   scripts/bench StoreContentionBenchmark [CALLS_STORED] [BACKEND] [LIVE_CALLS] [SECONDS]
 *       (default 2000 embedded 20 4; BACKEND: embedded | postgresql)
 * </pre>
 *
 * Prints, per case, write latency p50/p95/p99/max, the writes done, the searches done and their
 * p50, and the deepest the writer's queue got. The reviewers search until the last write of the case is done.
 * Figures go in docs/store.md; nothing here passes or fails.
 */
public final class StoreContentionBenchmark {
    private static final String[] PHRASES = {"call you back", "not my debt", "the full amount", "lost my job",
        "already paid", "a difficult time", "by the end of the week", "speak to your supervisor"};
    private static final String[] KINDS = {"urgency", "options", "emotional-control", "dispute", "empathy", "next-step"};

    /**
     * Search number {@code i} of a reviewer: the slowest kinds of {@link SearchBenchmark}'s queries
     * (a phrase; a phrase with an agent and a prompt kind; two words), never the same twice in a
     * row, since H2 hands back a connection's last result of the very same query while no table changed.
     */
    private static CallQuery heavy(int i) {
        String phrase = PHRASES[i % PHRASES.length];
        return switch (i % 3) {
            case 0 -> new CallQuery(null, List.of(phrase), null, null, null, null, null, null, null, null, 25, null);
            case 1 -> new CallQuery(null, List.of(phrase), "agent-" + (i % 40), null, null, KINDS[i % KINDS.length], null,
                    null, null, null, 25, null);
            default -> new CallQuery(List.of(phrase.split(" ")[0], PHRASES[(i + 3) % PHRASES.length].split(" ")[1]), null,
                    null, null, null, null, null, null, null, null, 25, null);
        };
    }
    private static final int REVIEWERS = 2;

    private StoreContentionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int stored = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        String backend = args.length > 1 ? args[1] : "embedded";
        int liveCalls = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Duration phase = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 4);
        Path data = Files.createTempDirectory("parley-contention-bench");
        app.parley.testing.TestDatabase database = BenchStores.database(backend, data);
        long fill = System.nanoTime();
        BulkFill.fill(database.database(), SearchBenchmark.generate(stored));
        System.out.printf(Locale.ROOT, "%s: %,d calls stored in %.1f s; %d live calls writing, %d reviewers searching, "
                + "%d s a case; load average %.1f on %d cores%n", backend, stored, (System.nanoTime() - fill) / 1e9, liveCalls,
                REVIEWERS, phase.toSeconds(), java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        try (CallStore pooled = CallStore.open(database.database())) {
            CallStore oneLock = new OneLock(pooled);
            // Warm the JIT, the connections and the database's caches on both paths before timing.
            run(pooled, liveCalls, false, Duration.ofSeconds(1), "warm-a");
            run(pooled, liveCalls, true, Duration.ofSeconds(1), "warm-b");
            run(oneLock, liveCalls, true, Duration.ofSeconds(1), "warm-c");
            System.out.printf(Locale.ROOT, "  %-36s %10s %10s %10s %10s %6s %6s %6s %6s%n", "write latency, queued to done",
                    "p50", "p95", "p99", "max", "writes", "search", "s.p50", "queue");
            // Interleaved, so that what the database still does after the fill does not fall on one design.
            Result apartQuiet = run(pooled, liveCalls, false, phase, "a");
            Result lockQuiet = run(oneLock, liveCalls, false, phase, "b");
            Result apartSearching = run(pooled, liveCalls, true, phase, "c");
            Result lockSearching = run(oneLock, liveCalls, true, phase, "d");
            print("reads apart, no search", apartQuiet);
            print("reads apart, searches running", apartSearching);
            print("one lock (before), no search", lockQuiet);
            print("one lock (before), searches running", lockSearching);
        } finally {
            BenchStores.cleanUp(data);
        }
        System.exit(0);
    }

    private record Result(long[] latenciesNanos, long[] searchNanos, int deepestQueue) {
    }

    /** Live calls written for {@code length}, with reviewers searching meanwhile or not. */
    private static Result run(CallStore store, int liveCalls, boolean searching, Duration length, String tag)
            throws Exception {
        StoreWriter writer = StoreWriter.start(10_000, () -> false);
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        List<Long> searches = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> reviewers = new ArrayList<>();
        if (searching) {
            for (int r = 0; r < REVIEWERS; r++) {
                int first = r;
                Thread reviewer = new Thread(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        long start = System.nanoTime();
                        store.search(heavy(i * REVIEWERS + first));
                        searches.add(System.nanoTime() - start);
                    }
                }, "reviewer-" + r);
                reviewer.start();
                reviewers.add(reviewer);
            }
        }
        // The event loop: every call queues a write every third of a second, in turn.
        ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();
        int[] step = new int[liveCalls];
        int[] deepest = new int[1];
        Instant started = Instant.parse("2026-11-20T00:00:00Z");
        for (int c = 0; c < liveCalls; c++) {
            String id = "live-" + tag + "-" + c;
            writer.execute(() -> store.startCall(new CallInfo(id, started, "5550100101", "agent-3", null)));
        }
        loop.scheduleAtFixedRate(() -> {
            for (int c = 0; c < liveCalls; c++) {
                String id = "live-" + tag + "-" + c;
                int n = step[c]++;
                long queued = System.nanoTime();
                writer.execute(() -> {
                    writeStep(store, id, n);
                    latencies.add(System.nanoTime() - queued);
                });
            }
            deepest[0] = Math.max(deepest[0], writer.depth());
        }, 0, 333, TimeUnit.MILLISECONDS);
        Thread.sleep(length.toMillis());
        loop.shutdown();
        loop.awaitTermination(1, TimeUnit.MINUTES);
        writer.close(Duration.ofMinutes(5));
        stop.set(true);
        for (Thread reviewer : reviewers) {
            reviewer.join();
        }
        return new Result(latencies.stream().mapToLong(Long::longValue).toArray(),
                searches.stream().mapToLong(Long::longValue).toArray(), deepest[0]);
    }

    /** What the live path writes, in turn: the utterance in progress with the duration, twice, then its final (and a prompt now and then). */
    private static void writeStep(CallStore store, String callId, int n) {
        int seq = n / 3;
        Speaker speaker = seq % 2 == 0 ? Speaker.CALLER : Speaker.AGENT;
        String stream = speaker == Speaker.CALLER ? "s-caller" : "s-agent";
        switch (n % 3) {
            case 0, 1 -> {
                store.saveUtterance(callId, stream, seq, said(speaker, seq * 4.0, "i will call"), false);
                store.updateDuration(callId, n / 3.0, null);
            }
            default -> {
                store.saveUtterance(callId, stream, seq, said(speaker, seq * 4.0, "i will call you back next month"), true);
                if (seq % 4 == 0) {
                    store.savePrompt(callId, seq / 4, new Prompt("urgency", "client-defers", seq * 4.0, "Set a deadline",
                            "call you back next month", Speaker.CALLER, Prompt.Severity.WARN));
                }
            }
        }
    }

    private static Utterance said(Speaker speaker, double start, String text) {
        return SearchBenchmark.said(speaker, start, text);
    }

    private static void print(String what, Result result) {
        long[] nanos = result.latenciesNanos();
        Arrays.sort(nanos);
        long[] searches = result.searchNanos();
        Arrays.sort(searches);
        System.out.printf(Locale.ROOT, "  %-36s %7.1f ms %7.1f ms %7.1f ms %7.0f ms %6d %6d %6s %6d%n", what,
                percentile(nanos, 0.50), percentile(nanos, 0.95), percentile(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6, nanos.length, searches.length,
                searches.length == 0 ? "-" : String.format(Locale.ROOT, "%.0f ms", percentile(searches, 0.50)),
                result.deepestQueue());
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
    }

    /** The store as it was: every operation takes turns behind one lock, as on one synchronized connection. */
    private record OneLock(CallStore store) implements CallStore {
        @Override
        public synchronized boolean exists(String callId) {
            return store.exists(callId);
        }

        @Override
        public synchronized java.util.Set<String> stored(java.util.Collection<String> callIds) {
            return store.stored(callIds);
        }

        @Override
        public synchronized java.util.Optional<Instant> oldestCallStart() {
            return store.oldestCallStart();
        }

        @Override
        public synchronized Double markInterrupted(String callId, String here) {
            return store.markInterrupted(callId, here);
        }

        @Override
        public synchronized java.util.Map<String, Double> interruptCallsOf(String node) {
            return store.interruptCallsOf(node);
        }

        @Override
        public synchronized List<CarriedElsewhere> carriedElsewhere(String here, java.time.Instant since) {
            return store.carriedElsewhere(here, since);
        }

        @Override
        public synchronized Optional<Optional<String>> agentOf(String callId) {
            return store.agentOf(callId);
        }

        @Override
        public synchronized void startCall(CallInfo call) {
            store.startCall(call);
        }

        @Override
        public synchronized void joinParty(String callId, String streamId, Speaker speaker, double joinedAt,
                String node) {
            store.joinParty(callId, streamId, speaker, joinedAt, node);
        }

        @Override
        public synchronized void leaveParty(String callId, String streamId, double leftAt, String reason) {
            store.leaveParty(callId, streamId, leftAt, reason);
        }

        @Override
        public synchronized void transcribedUpTo(String callId, double upTo) {
            store.transcribedUpTo(callId, upTo);
        }

        @Override
        public synchronized void transcribedWhole(String callId) {
            store.transcribedWhole(callId);
        }

        @Override
        public synchronized java.util.Map<String, Double> transcribedInPart() {
            return store.transcribedInPart();
        }

        @Override
        public synchronized void saveUtterance(String callId, String streamId, int seq, Utterance utterance,
                boolean isFinal) {
            store.saveUtterance(callId, streamId, seq, utterance, isFinal);
        }

        @Override
        public synchronized void deleteUtterance(String callId, String streamId, int seq) {
            store.deleteUtterance(callId, streamId, seq);
        }

        @Override
        public synchronized void saveFacts(String callId, JsonNode facts) {
            store.saveFacts(callId, facts);
        }

        @Override
        public synchronized void savePrompt(String callId, int index, Prompt prompt, String node) {
            store.savePrompt(callId, index, prompt, node);
        }

        @Override
        public synchronized boolean savePromptFeedback(String callId, PromptFeedback feedback) {
            return store.savePromptFeedback(callId, feedback);
        }

        @Override
        public synchronized void saveRedaction(String callId, Redaction redaction) {
            store.saveRedaction(callId, redaction);
        }

        @Override
        public synchronized void updateDuration(String callId, double durationS, Instant endedAt, String node) {
            store.updateDuration(callId, durationS, endedAt, node);
        }

        @Override
        public synchronized void saveRecord(CallRecord record, List<LoudnessTrack> loudness) {
            store.saveRecord(record, loudness);
        }

        @Override
        public synchronized Optional<CallRecord> find(String callId) {
            return store.find(callId);
        }

        @Override
        public synchronized List<CallInfo> recent(int limit, int offset) {
            return store.recent(limit, offset);
        }

        @Override
        public synchronized List<EarlierCall> callsAbout(String accountId, Instant since, String exceptCallId) {
            return store.callsAbout(accountId, since, exceptCallId);
        }

        @Override
        public synchronized void saveLoudness(String callId, LoudnessTrack track, String node) {
            store.saveLoudness(callId, track, node);
        }

        @Override
        public synchronized List<LoudnessTrack> loudness(String callId) {
            return store.loudness(callId);
        }

        @Override
        public synchronized boolean saveScorecardOverride(String callId, ReviewOverride override) {
            return store.saveScorecardOverride(callId, override);
        }

        @Override
        public synchronized List<ReviewOverride> scorecardOverrides(String callId) {
            return store.scorecardOverrides(callId);
        }

        @Override
        public synchronized boolean savePromptMark(String callId, app.parley.call.PromptMark mark) {
            return store.savePromptMark(callId, mark);
        }

        @Override
        public synchronized List<app.parley.call.PromptMark> promptMarks(String callId) {
            return store.promptMarks(callId);
        }

        @Override
        public synchronized CallSummary.Page search(CallQuery query) {
            return store.search(query);
        }

        @Override
        public synchronized List<String> deleteCallsStartedBefore(Instant cutoff, int max) {
            return store.deleteCallsStartedBefore(cutoff, max);
        }

        @Override
        public void close() {
            // The store underneath is closed by whoever opened it.
        }
    }
}
