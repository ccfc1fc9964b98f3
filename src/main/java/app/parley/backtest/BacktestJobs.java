package app.parley.backtest;

import app.parley.call.CallRecord;
import app.parley.coaching.RuleBook;
import app.parley.store.CallQuery;
import app.parley.store.CallStore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backtests run in the background, one after another on the executor given (never an event
 * loop: every step reads the store): the calls are chosen by a search, and optionally a random
 * sample of them, then each is read, replayed through both rule books and counted. Progress
 * (calls done of the total) can be read at any time from any thread. A call that cannot be read
 * is skipped and named, never fatal. The {@link #KEPT} most recent jobs are kept in memory;
 * at most {@link #MAX_UNFINISHED} wait or run at once.
 *
 * <p>A job runs on one thread, leaving the other core to live calls; while no live call runs
 * ({@link Helper#quiet}), every other call is replayed on a second thread meanwhile, and counted
 * in its turn: the same result, in about half the time.
 *
 * <p>A job can be cancelled ({@link #cancel}): one waiting its turn never starts; a running one
 * stops before its next call, once the calls it is replaying have been counted, and keeps its
 * progress and the result of the calls it counted.
 */
public final class BacktestJobs {
    private static final Logger LOG = LoggerFactory.getLogger(BacktestJobs.class);
    public static final int KEPT = 20;
    public static final int MAX_UNFINISHED = 3;
    /** The most calls one backtest replays: without a sample, the newest that match. */
    public static final int MAX_CALLS = 10_000;
    /** The most matching calls a sample is drawn from (the newest). */
    public static final int MAX_CANDIDATES = 200_000;

    private final CallStore store;
    private final Executor workers;
    private final Helper helper;
    private final ZoneId zone;
    private final Clock clock;
    private final Random random;
    private final SecureRandom ids = new SecureRandom();
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    /**
     * A second thread a job replays calls on, and whether it may now: no live call runs (the
     * second core is theirs otherwise).
     */
    public record Helper(Executor executor, BooleanSupplier quiet) {
        /** No second thread: every call is replayed on the job's. */
        public static final Helper NONE = new Helper(Runnable::run, () -> false);
    }

    /** {@code zone}: where calls' dates are read, as the live path reads them; {@code random} draws samples. */
    public BacktestJobs(CallStore store, Executor workers, ZoneId zone, Clock clock, Random random) {
        this(store, workers, Helper.NONE, zone, clock, random);
    }

    /** {@link #BacktestJobs(CallStore, Executor, ZoneId, Clock, Random)}, with a second thread while {@code helper} is quiet. */
    public BacktestJobs(CallStore store, Executor workers, Helper helper, ZoneId zone, Clock clock, Random random) {
        this.store = store;
        this.workers = workers;
        this.helper = helper;
        this.zone = zone;
        this.clock = clock;
        this.random = random;
    }

    /** Too many backtests wait or run already. */
    public static final class Busy extends RuntimeException {
        Busy() {
            super("a backtest can start once one of the " + MAX_UNFINISHED + " waiting or running has finished");
        }
    }

    /**
     * Queues a backtest of {@code draft} against {@code published} on the calls {@code query}
     * finds, or a random {@code sample} of them (null: all, up to {@link #MAX_CALLS}).
     *
     * @throws Busy when {@link #MAX_UNFINISHED} jobs wait or run
     */
    public Job start(RuleBook published, RuleBook draft, CallQuery query, Integer sample) {
        Job job;
        synchronized (jobs) {
            if (jobs.values().stream().filter(j -> !j.finished()).count() >= MAX_UNFINISHED) {
                throw new Busy();
            }
            job = new Job(HexFormat.of().formatHex(newId()), clock.instant());
            jobs.put(job.id, job);
            jobs.values().removeIf(j -> j.finished() && jobs.size() > KEPT);
        }
        workers.execute(() -> run(job, published, draft, query, sample));
        return job;
    }

    private byte[] newId() {
        byte[] id = new byte[9];
        ids.nextBytes(id);
        return id;
    }

    public Optional<Job> find(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    /**
     * Asks {@code job} to stop, on behalf of {@code who}: at once if it is waiting its turn, else
     * before its next call ({@link Job#stopped()} completes when it has). False when it has
     * finished already: there is nothing to cancel.
     */
    public boolean cancel(Job job, String who) {
        return job.cancel(who, clock.instant());
    }

    private void run(Job job, RuleBook published, RuleBook draft, CallQuery query, Integer sample) {
        if (!job.begin()) {
            return; // cancelled while it waited its turn
        }
        long started = System.nanoTime();
        try {
            List<String> chosen = choose(query, sample, job);
            job.total.set(chosen.size());
            Backtest backtest = new Backtest(published, draft, zone);
            // A call the helper replays while this thread reads and replays the next; counted first.
            Ahead ahead = new Ahead(job, backtest);
            boolean stopped = false;
            for (String id : chosen) {
                if (job.cancelling()) {
                    stopped = true;
                    break;
                }
                try {
                    Optional<CallRecord> record = store.find(id);
                    if (record.isEmpty()) {
                        ahead.count();
                        job.skip(id, "no longer stored");
                    } else {
                        StoredCall call = new StoredCall(record.get(), store.loudness(id), store.scorecardOverrides(id),
                                store.promptMarks(id));
                        if (ahead.idle() && helper.quiet().getAsBoolean()) {
                            ahead.replay(id, call, helper.executor());
                            continue;
                        }
                        Backtest.Replayed replayed = backtest.replay(call);
                        ahead.count();
                        backtest.add(replayed);
                    }
                } catch (RuntimeException e) {
                    ahead.count();
                    LOG.warn("backtest {}: call {} skipped: {}", job.id, id, e.getMessage());
                    job.skip(id, String.valueOf(e.getMessage()));
                }
                job.done.incrementAndGet();
            }
            ahead.count();
            if (stopped) {
                job.finish(Status.CANCELLED, backtest.result(), null, clock.instant());
                LOG.info("backtest {}: cancelled by {} after {} of {} calls, in {} ms", job.id, job.cancelledBy,
                        job.done.get(), chosen.size(), (System.nanoTime() - started) / 1_000_000);
                return;
            }
            job.finish(Status.DONE, backtest.result(), null, clock.instant());
            LOG.info("backtest {}: {} calls ({} skipped) in {} ms", job.id, chosen.size(), job.skipped().size(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.error("backtest {} failed: {}", job.id, e.getMessage());
            job.finish(Status.FAILED, null, String.valueOf(e.getMessage()), clock.instant());
        }
    }

    /** The call the helper replays, counted before any call after it (as if replayed here, in turn). */
    private static final class Ahead {
        private final Job job;
        private final Backtest backtest;
        private String id;
        private CompletableFuture<Backtest.Replayed> replayed;

        Ahead(Job job, Backtest backtest) {
            this.job = job;
            this.backtest = backtest;
        }

        boolean idle() {
            return replayed == null;
        }

        void replay(String callId, StoredCall call, Executor helper) {
            id = callId;
            replayed = CompletableFuture.supplyAsync(() -> backtest.replay(call), helper);
        }

        /** Waits for the helper's call, if any, and counts it (skipped if its replay failed). */
        void count() {
            if (replayed == null) {
                return;
            }
            CompletableFuture<Backtest.Replayed> done = replayed;
            replayed = null;
            try {
                backtest.add(done.join());
            } catch (RuntimeException e) {
                Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                LOG.warn("backtest {}: call {} skipped: {}", job.id, id, cause.getMessage());
                job.skip(id, String.valueOf(cause.getMessage()));
            }
            job.done.incrementAndGet();
        }
    }

    /** The ids of the calls to replay: every match (newest first, up to the cap) or a random sample of them. */
    private List<String> choose(CallQuery query, Integer sample, Job job) {
        CallStore.Matches matches = store.matching(query, sample == null ? MAX_CALLS : MAX_CANDIDATES);
        job.limited = matches.more();
        List<String> ids = new ArrayList<>(matches.ids());
        if (sample == null || sample >= ids.size()) {
            return ids;
        }
        // A partial Fisher-Yates shuffle: the first n are a uniform sample.
        for (int i = 0; i < sample; i++) {
            int j = i + random.nextInt(ids.size() - i);
            String swap = ids.get(i);
            ids.set(i, ids.get(j));
            ids.set(j, swap);
        }
        return new ArrayList<>(ids.subList(0, sample));
    }

    /** A backtest: its progress while it runs, its result once done. Read from any thread. */
    public static final class Job {
        private final String id;
        private final Instant startedAt;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger total = new AtomicInteger();
        private final List<Skipped> skipped = new ArrayList<>();
        private volatile boolean limited;
        private volatile String state = Status.RUNNING;
        private volatile BacktestResult result;
        private volatile String error;
        private volatile Instant finishedAt;
        /** Who asked it to stop; null while nobody has. */
        private volatile String cancelledBy;
        /** Whether its thread has taken it up (guarded by this). */
        private boolean begun;
        private final CompletableFuture<Status> stopped = new CompletableFuture<>();

        private Job(String id, Instant startedAt) {
            this.id = id;
            this.startedAt = startedAt;
        }

        public String id() {
            return id;
        }

        boolean finished() {
            return !Status.RUNNING.equals(state);
        }

        /** Completes with the job's last status once it has finished, however it did. */
        public CompletionStage<Status> stopped() {
            return stopped;
        }

        private synchronized boolean begin() {
            begun = !finished();
            return begun;
        }

        private boolean cancelling() {
            return cancelledBy != null;
        }

        private synchronized boolean cancel(String who, Instant at) {
            if (finished()) {
                return false;
            }
            if (cancelledBy == null) {
                cancelledBy = who;
            }
            if (!begun) {
                finish(Status.CANCELLED, null, null, at);
            }
            return true;
        }

        private void skip(String callId, String reason) {
            synchronized (skipped) {
                skipped.add(new Skipped(callId, reason));
            }
        }

        private List<Skipped> skipped() {
            synchronized (skipped) {
                return List.copyOf(skipped);
            }
        }

        private synchronized void finish(String state, BacktestResult result, String error, Instant at) {
            this.result = result;
            this.error = error;
            this.finishedAt = at;
            this.state = state;
            stopped.complete(status());
        }

        /** Where the job stands now. */
        public Status status() {
            String now = state;
            return new Status(id, now, done.get(), total.get(), skipped(), limited, result, error, startedAt, finishedAt,
                    cancelledBy);
        }
    }

    /** A call left out, and why. */
    @JsonPropertyOrder({"call_id", "reason"})
    public record Skipped(@JsonProperty("call_id") String callId, String reason) {
    }

    /**
     * A job as the API shows it: {@code state} running, done, failed or cancelled; {@code done}
     * of {@code total} calls replayed (total is 0 while the calls are being chosen); {@code limited}
     * when more calls matched than one backtest takes; {@code result} once done, and once
     * cancelled the result of the calls replayed until then; {@code cancelledBy} who asked it to
     * stop (while it stops, and after).
     */
    @JsonPropertyOrder({"id", "state", "done", "total", "skipped", "limited", "result", "error", "started_at",
            "finished_at", "cancelled_by"})
    public record Status(String id, String state, int done, int total, List<Skipped> skipped, boolean limited,
            BacktestResult result, String error, @JsonProperty("started_at") Instant startedAt,
            @JsonProperty("finished_at") Instant finishedAt, @JsonProperty("cancelled_by") String cancelledBy) {
        public static final String RUNNING = "running";
        public static final String DONE = "done";
        public static final String FAILED = "failed";
        public static final String CANCELLED = "cancelled";
    }
}
