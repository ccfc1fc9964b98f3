package app.parley.bench;

import app.parley.backtest.Backtest;
import app.parley.backtest.BacktestJobs;
import app.parley.backtest.BacktestResult;
import app.parley.backtest.StoredCall;
import app.parley.backtest.StoredCallReplay;
import app.parley.call.CallInfo;
import app.parley.call.CallRecord;
import app.parley.call.LoudnessTrack;
import app.parley.call.Prompt;
import app.parley.call.PromptFeedback;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.coaching.RuleBook;
import app.parley.store.CallQuery;
import app.parley.store.CallStore;
import app.parley.testing.ScriptedLoudness;
import app.parley.testing.TestDatabase;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How fast a backtest goes through many stored calls, on each store backend: fills a store with
 * synthetic collection calls (both parties' words with their timings, both loudness tracks in
 * 0.25 s steps, the prompts raised live and the agents' feedback on some), then backtests a
 * draft that moves one phrase ("already paid") against the built-in rules over all of them, as
 * {@link BacktestJobs} does on its one worker thread. A job's work is reading the calls and
 * replaying them, timed apart so that a run of 10 000 calls takes minutes, not an hour: per
 * backend, the calls read as the job reads them; once, all of them replayed through both rule
 * books from memory (the replay does not depend on the store); a backtest is the sum. Before
 * the figures a whole job runs on the newest 300 calls of each store (warming up the JIT), and its
 * result must equal the replay's of the same calls. Then a reference measured in the same run on
 * the first 300 calls: both rule books replayed the previous way (the call converted for each,
 * each session reading every result alone, every concept in both parties' words, each result
 * from its first word: {@code CallReading.readingAll}), whose prompts the new way must give call
 * by call; and the replay as it read until 4 December (everything the rules read, in every
 * partial result as it came, each concept its own intents: {@code StoredCallReplay.readingEveryResult})
 * on the first 1 000 calls, each beside the replay now, which must give its prompts call by call.
 * On the first store, a whole job on all the calls also runs with the second thread a
 * job takes while no call is live ({@link BacktestJobs.Helper}); its result must be the replay's.
 * REFERENCE sets how many calls the previous way is timed on (300; the replay as it read until 4
 * December then on three times as many, at most 1 000): the previous way now takes seconds a call.
 *
 * <pre>
 *   scripts/bench BacktestBenchmark [CALLS] [BACKENDS] [REFERENCE]   (default 10000 embedded,postgresql 300)
 *   BENCH_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/bt.jfr,settings=profile" scripts/bench BacktestBenchmark 1000 embedded
 * </pre>
 */
public final class BacktestBenchmark {
    private static final Instant END = Instant.parse("2026-11-20T00:00:00Z");
    private static final ZoneId ZONE = ZoneOffset.UTC;
    /** Rules of the built-in book a live prompt may have come from, with their kinds. */
    private static final String[][] LIVE = {{"client-defers", "urgency"}, {"client-says-paid", "dispute"},
        {"cannot-pay-no-options", "options"}, {"client-hardship", "empathy"}, {"client-angry", "emotional-control"}};
    /** The calls the previous way is timed on (and the new way checked against it), unless the arguments say. */
    private static final int REFERENCE_CALLS = 300;
    /**
     * The most calls the replay as it read until 4 December (every result read whole for all the rules
     * read) is timed on, call by call beside the replay now, and checked against it.
     */
    private static final int BEFORE_CALLS = 1000;
    /** The calls a whole job runs on, before the figures (warming up, and checked against the replay from memory). */
    private static final int WARM_UP_CALLS = 300;

    private BacktestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<String> backends = args.length > 1 ? List.of(args[1].split(",")) : List.of("embedded", "postgresql");
        int referenceCalls = args.length > 2 ? Integer.parseInt(args[2]) : REFERENCE_CALLS;
        int beforeCalls = args.length > 2 ? Math.min(BEFORE_CALLS, 3 * referenceCalls) : BEFORE_CALLS;
        RuleBook published = RuleBook.builtIn("en");
        RuleBook draft = RuleBook.parse(RuleBook.builtInText("en").replace("      - already paid\n",
                "      - is a mistake\n"), "draft");
        System.out.printf(Locale.ROOT, "backtest of a draft that moves one phrase, %,d stored calls, %d cores, Java %s%n",
                calls, Runtime.getRuntime().availableProcessors(), Runtime.version());
        List<String> rows = new ArrayList<>();
        List<StoredCall> read = null;
        java.util.Map<String, Took> readS = new java.util.LinkedHashMap<>();
        java.util.Map<String, Took> twoThreadsS = new java.util.LinkedHashMap<>();
        BacktestResult twoThreadsResult = null;
        for (String backend : backends) {
            Stored stored = readFrom(backend, calls, published, draft, backend.equals(backends.get(0)));
            if (stored.twoThreadsResult() != null) {
                twoThreadsResult = stored.twoThreadsResult();
            }
            rows.add(row(backend, "reading the calls (as the job does)", calls, stored.took()));
            readS.put(backend, stored.took());
            if (stored.twoThreads() != null) {
                twoThreadsS.put(backend, stored.twoThreads());
            }
            if (read == null) {
                read = stored.calls();
            } else if (!read.equals(stored.calls())) {
                throw new IllegalStateException(backend + " reads the calls back differently from " + backends.get(0));
            }
        }

        // The replay does not depend on where the calls were read from: timed once, from memory.
        Took start = Took.now();
        Backtest backtest = new Backtest(published, draft, ZONE);
        read.forEach(backtest::add);
        BacktestResult result = backtest.result();
        Took replayS = Took.since(start);
        rows.add(row("either", "replaying both rule books", calls, replayS));
        for (String backend : backends) {
            rows.add(row(backend, "a backtest (reading + replaying)", calls, readS.get(backend).plus(replayS)));
        }
        twoThreadsS.forEach((backend, took) -> rows.add(row(backend, "a job on two threads (CPU: both)", calls, took)));
        if (!result.equals(twoThreadsResult)) {
            throw new IllegalStateException("the job on two threads counts differently from the replay");
        }

        // The replay as it read until 4 December on the first calls, each call beside the replay
        // now (the machine is shared: alternating calls share its load). Same prompts.
        List<StoredCall> some = read.subList(0, Math.min(read.size(), beforeCalls));
        Took asBefore = new Took(0, 0);
        Took beside = new Took(0, 0);
        for (StoredCall call : some) {
            start = Took.now();
            StoredCallReplay.Call old = StoredCallReplay.readingEveryResult(call.record(), call.loudness(), ZONE);
            List<Prompt> before = old.prompts(published);
            List<Prompt> after = old.prompts(draft);
            Took mid = Took.now();
            StoredCallReplay.Call once = StoredCallReplay.of(call.record(), call.loudness(), ZONE);
            boolean same = before.equals(once.prompts(published)) && after.equals(once.prompts(draft));
            beside = beside.plus(Took.since(mid));
            asBefore = asBefore.plus(mid.minus(start));
            if (!same) {
                throw new IllegalStateException("call " + call.id() + " replays differently from reading every result");
            }
        }
        rows.add(row("either", "before: every result read (to 4 Dec)", some.size(), asBefore));
        rows.add(row("either", "  the same calls replayed now", some.size(), beside));

        // The previous way on the first calls (it takes minutes on all): each rule book replayed
        // on the call converted for it, each session reading the words alone. Same prompts.
        List<StoredCall> first = read.subList(0, Math.min(read.size(), referenceCalls));
        Took previous = new Took(0, 0);
        Took now = new Took(0, 0);
        int prompts = 0;
        for (StoredCall call : first) {
            start = Took.now();
            List<Prompt> before = StoredCallReplay.of(call.record(), call.loudness(), ZONE).promptsReadAlone(published);
            List<Prompt> after = StoredCallReplay.of(call.record(), call.loudness(), ZONE).promptsReadAlone(draft);
            Took mid = Took.now();
            StoredCallReplay.Call once = StoredCallReplay.of(call.record(), call.loudness(), ZONE);
            boolean same = before.equals(once.prompts(published)) && after.equals(once.prompts(draft));
            now = now.plus(Took.since(mid));
            previous = previous.plus(mid.minus(start));
            prompts += before.size();
            if (!same) {
                throw new IllegalStateException("call " + call.id() + " replays differently read once");
            }
        }
        rows.add(row("either", "reference: previous way, both books", first.size(), previous));
        rows.add(row("either", "  the same calls replayed now", first.size(), now));
        BacktestResult.RuleFigures paid = result.rules().stream().filter(r -> r.rule().equals("client-says-paid"))
                .findFirst().orElseThrow();
        System.out.printf(Locale.ROOT, "%,d prompts under the rules in force in the first %,d calls, the same either "
                + "way; client-says-paid %d -> %d in all, %,d changes%n", prompts, first.size(), paid.published(),
                paid.draft(), result.changesTotal());

        System.out.println();
        System.out.printf(Locale.ROOT, "| %-10s | %-38s | %7s | %7s | %7s | %7s | %7s | %7s |%n", "store", "what", "calls",
                "s", "CPU s", "calls/s", "ms/call", "CPU ms");
        System.out.println("|------------|----------------------------------------|---------|---------|---------|---------|"
                + "---------|---------|");
        rows.forEach(System.out::println);
        System.exit(0);
    }

    private record Stored(List<StoredCall> calls, Took took, Took twoThreads, BacktestResult twoThreadsResult) {
    }

    /**
     * Seconds of wall clock and of this thread's CPU: the machine is shared, and while other
     * builds run the wall clock counts their time too.
     */
    private record Took(double wall, double cpu) {
        private static final java.lang.management.ThreadMXBean THREADS =
                java.lang.management.ManagementFactory.getThreadMXBean();

        static Took now() {
            return new Took(System.nanoTime() / 1e9, cpuNow());
        }

        /** This thread's CPU seconds so far. */
        static double cpuNow() {
            return THREADS.getCurrentThreadCpuTime() / 1e9;
        }

        static Took since(Took start) {
            return now().minus(start);
        }

        Took minus(Took other) {
            return new Took(wall - other.wall, cpu - other.cpu);
        }

        Took plus(Took other) {
            return new Took(wall + other.wall, cpu + other.cpu);
        }
    }

    /**
     * Fills a store of {@code backend}, runs a backtest job on a few hundred of its calls (warming
     * up the JIT, and checking the job counts what the replay from memory counts), then reads all
     * the calls as the job reads them.
     */
    private static Stored readFrom(String backend, int calls, RuleBook published, RuleBook draft, boolean timeTwoThreads)
            throws Exception {
        Path data = Files.createTempDirectory("parley-backtest-bench");
        TestDatabase database = BenchStores.database(backend, data);
        try {
            long fill = System.nanoTime();
            BulkFill.fill(database.database(), generate(calls), BacktestBenchmark::loudness);
            System.out.printf(Locale.ROOT, "%s: %,d calls stored in %.1f s (bulk)%n", backend, calls,
                    (System.nanoTime() - fill) / 1e9);
            try (CallStore store = CallStore.open(database.database())) {
                int some = Math.min(calls, WARM_UP_CALLS);
                List<String> newest = store.matching(CallQuery.all(CallQuery.MAX_LIMIT), some).ids();
                Instant since = store.find(newest.get(some - 1)).orElseThrow().call().startedAt();
                long start = System.nanoTime();
                BacktestJobs.Status status = job(store, published, draft, new CallQuery(null, null, null, null, null,
                        null, since, null, null, null, CallQuery.MAX_LIMIT, null));
                System.out.printf(Locale.ROOT, "%s: a backtest job of %,d calls in %.1f s%n", backend, some,
                        (System.nanoTime() - start) / 1e9);
                Backtest check = new Backtest(published, draft, ZONE);
                read(store, newest).forEach(check::add);
                if (status.result().calls() != some || !status.skipped().isEmpty() || !check.result().equals(status.result())) {
                    throw new IllegalStateException("the job's result differs from the replay's: " + status.skipped());
                }

                List<String> ids = store.matching(CallQuery.all(CallQuery.MAX_LIMIT), calls).ids();
                read(store, ids.subList(0, some)); // warm up the reads
                Took reading = Took.now();
                List<StoredCall> read = read(store, ids);
                Took took = Took.since(reading);

                // A whole job on every call with the second thread no live call needs (on the first
                // store only: it takes as long as the replay), checked against the replay's result below.
                if (!timeTwoThreads) {
                    return new Stored(read, took, null, null);
                }
                java.util.concurrent.ExecutorService second = java.util.concurrent.Executors.newSingleThreadExecutor();
                try {
                    // The CPU column counts both threads: the second's is asked of it before and after.
                    double secondCpu = second.submit(Took::cpuNow).get();
                    Took began = Took.now();
                    BacktestJobs.Status both = job(store, published, draft, CallQuery.all(CallQuery.MAX_LIMIT),
                            new BacktestJobs.Helper(second, () -> true));
                    Took twoThreads = Took.since(began).plus(new Took(0, second.submit(Took::cpuNow).get() - secondCpu));
                    if (both.result().calls() != calls || !both.skipped().isEmpty()) {
                        throw new IllegalStateException("the job on two threads skipped calls: " + both.skipped());
                    }
                    return new Stored(read, took, twoThreads, both.result());
                } finally {
                    second.shutdownNow();
                }
            }
        } finally {
            BenchStores.cleanUp(data);
        }
    }

    private static BacktestJobs.Status job(CallStore store, RuleBook published, RuleBook draft, CallQuery query) {
        return job(store, published, draft, query, BacktestJobs.Helper.NONE);
    }

    private static BacktestJobs.Status job(CallStore store, RuleBook published, RuleBook draft, CallQuery query,
            BacktestJobs.Helper helper) {
        BacktestJobs jobs = new BacktestJobs(store, Runnable::run, helper, ZONE, Clock.systemUTC(), new Random(1));
        BacktestJobs.Status status = jobs.start(published, draft, query, null).status();
        if (!BacktestJobs.Status.DONE.equals(status.state())) {
            throw new IllegalStateException("the backtest " + status.state() + ": " + status.error());
        }
        return status;
    }

    /** The calls as the job reads them. */
    private static List<StoredCall> read(CallStore store, List<String> ids) {
        List<StoredCall> calls = new ArrayList<>();
        for (String id : ids) {
            calls.add(new StoredCall(store.find(id).orElseThrow(), store.loudness(id), store.scorecardOverrides(id),
                    store.promptMarks(id)));
        }
        return calls;
    }

    private static String row(String backend, String what, int calls, Took took) {
        return String.format(Locale.ROOT, "| %-10s | %-38s | %,7d | %7.1f | %7.1f | %7.0f | %7.2f | %7.2f |", backend, what,
                calls, took.wall(), took.cpu(), calls / took.wall(), took.wall() * 1000 / calls, took.cpu() * 1000 / calls);
    }

    /** The synthetic calls, made as needed, the same for every backend. */
    static Iterator<CallRecord> generate(int calls) {
        Random random = new Random(15);
        return new Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                return n < calls;
            }

            @Override
            public CallRecord next() {
                return call(random, n++, calls);
            }
        };
    }

    /**
     * A call of 20 to 44 turns (about two minutes), the parties taking turns with pauses of 0.4 to
     * 1.6 s, sometimes starting before the other has finished; up to three prompts raised live, the
     * agent's word on some of them.
     */
    private static CallRecord call(Random random, int n, int calls) {
        long span = Duration.ofDays(90).toSeconds();
        String id = String.format(Locale.ROOT, "bt-%07d", n);
        Instant started = END.minusSeconds(span).plusSeconds(span * n / calls + random.nextInt(60));
        List<Utterance> utterances = new ArrayList<>();
        int turns = 20 + random.nextInt(25);
        double at = 0.5 + random.nextDouble();
        for (int t = 0; t < turns; t++) {
            Speaker speaker = t % 2 == 0 ? Speaker.AGENT : Speaker.CALLER;
            String[] lines = speaker == Speaker.AGENT ? SearchBenchmark.AGENT_LINES : SearchBenchmark.CALLER_LINES;
            String text = lines[random.nextInt(lines.length)];
            if (random.nextInt(3) == 0) {
                text += " " + lines[random.nextInt(lines.length)];
            }
            Utterance said = SearchBenchmark.said(speaker, at, text);
            utterances.add(said);
            at = random.nextInt(15) == 0 ? said.end() - 0.8 : said.end() + 0.4 + random.nextDouble() * 1.2;
        }
        double duration = Math.round((at + 2) * 100) / 100.0;
        List<Prompt> prompts = new ArrayList<>();
        List<PromptFeedback> feedback = new ArrayList<>();
        for (int p = random.nextInt(4); p > 0; p--) {
            String[] rule = LIVE[random.nextInt(LIVE.length)];
            prompts.add(new Prompt(rule[1], rule[0], Math.round(random.nextDouble() * duration * 10) / 10.0, "message",
                    "evidence", Speaker.CALLER, Prompt.Severity.WARN));
            if (random.nextBoolean()) {
                feedback.add(new PromptFeedback(prompts.size() - 1, random.nextInt(3) == 0 ? "dismissed" : "helpful",
                        "agent-1", started.plusSeconds((long) duration)));
            }
        }
        ObjectNode facts = JsonNodeFactory.instance.objectNode();
        facts.putObject("account").put("id", String.format(Locale.ROOT, "ACC-%05d", random.nextInt(20_000)));
        return new CallRecord(new CallInfo(id, started, "+15550100000", "agent-" + random.nextInt(40), duration),
                utterances, prompts, facts, List.of(), feedback);
    }

    /**
     * Each party's loudness in 0.25 s steps over the whole call: about -24 dBFS while they speak,
     * the line's hiss (about -62) otherwise; in one call in ten a caller's turn is shouted.
     */
    static List<LoudnessTrack> loudness(CallRecord record) {
        Random random = new Random(record.call().id().hashCode());
        boolean shouts = random.nextInt(10) == 0;
        return ScriptedLoudness.of(record, random, (speaker, turn) -> shouts && speaker == Speaker.CALLER && turn == 3);
    }
}
