package app.parley.backtest;

import app.parley.testing.BreakingStore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.coaching.RuleBook;
import app.parley.store.CallQuery;
import app.parley.store.CallStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backtest jobs over an embedded store: choosing the calls, progress, skipped calls, how many are kept. */
class BacktestJobsTest {
    private static final RuleBook RULES = RuleBook.builtIn("en");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static void fill(CallStore store, int calls) {
        for (int i = 0; i < calls; i++) {
            StoredCall call = StoredCalls.call("c" + i).agent(0, "when can you pay")
                    .caller(2, i % 2 == 0 ? "i already paid this" : "i will call you back next month").build();
            var record = call.record();
            store.saveRecord(new app.parley.call.CallRecord(new app.parley.call.CallInfo(record.call().id(),
                    StoredCalls.STARTED.plusSeconds(i), null, i < 3 ? "agent-7" : "agent-1", record.call().durationS()),
                    record.utterances(), List.of(), null));
        }
    }

    @Test
    void aCallThatCannotBeReadIsSkippedByIdAndTheRestAreReplayed() {
        try (CallStore store = CallStore.openEmbedded(dir)) {
            fill(store, 5);
            BacktestJobs jobs = new BacktestJobs(BreakingStore.failingToRead(store, "c2"), Runnable::run, ZoneOffset.UTC, CLOCK, new Random(1));
            BacktestJobs.Status status = jobs.start(RULES, RULES, CallQuery.all(50), null).status();
            assertEquals(BacktestJobs.Status.DONE, status.state());
            assertEquals(5, status.total());
            assertEquals(5, status.done());
            assertEquals(List.of("c2"), status.skipped().stream().map(BacktestJobs.Skipped::callId).toList());
            assertTrue(status.skipped().get(0).reason().contains("cannot be read"), status.skipped().toString());
            assertEquals(4, status.result().calls());
            BacktestResult.RuleFigures paid = status.result().rules().stream()
                    .filter(r -> r.rule().equals("client-says-paid")).findFirst().orElseThrow();
            assertEquals(2, paid.published(), "c0 and c4 (c2 skipped)");
            assertEquals(CLOCK.instant(), status.finishedAt());
        }
    }

    @Test
    void aSecondThreadWhileNoCallIsLiveGivesTheResultOfOne() throws Exception {
        RuleBook draft = RuleBook.parse(RuleBook.builtInText("en").replace("      - already paid\n",
                "      - is a mistake\n"), "draft");
        java.util.concurrent.ExecutorService second = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (CallStore store = CallStore.openEmbedded(dir)) {
            fill(store, 9);
            CallStore breaking = BreakingStore.failingToRead(store, "c4");
            BacktestJobs.Status alone = new BacktestJobs(breaking, Runnable::run, ZoneOffset.UTC, CLOCK, new Random(1))
                    .start(RULES, draft, CallQuery.all(50), null).status();
            // Quiet, then a live call for a while, then quiet again.
            java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
            BacktestJobs.Helper helper = new BacktestJobs.Helper(second, () -> asked.incrementAndGet() % 5 < 3);
            BacktestJobs.Status helped = new BacktestJobs(breaking, Runnable::run, helper, ZoneOffset.UTC, CLOCK,
                    new Random(1)).start(RULES, draft, CallQuery.all(50), null).status();
            assertTrue(asked.get() > 3, "the helper was asked for " + asked.get());
            assertEquals(BacktestJobs.Status.DONE, helped.state());
            assertEquals(alone.result(), helped.result());
            assertEquals(alone.skipped(), helped.skipped());
            assertEquals(9, helped.done());
            assertTrue(alone.result().changesTotal() > 0, "the draft changes something");
        } finally {
            second.shutdownNow();
        }
    }

    @Test
    void theSearchChoosesTheCallsAndASampleIsDrawnFromThem() {
        try (CallStore store = CallStore.openEmbedded(dir)) {
            fill(store, 12);
            BacktestJobs jobs = new BacktestJobs(store, Runnable::run, ZoneOffset.UTC, CLOCK, new Random(7));
            CallQuery agent7 = new CallQuery(null, null, "agent-7", null, null, null, null, null, null, null, 50, null);
            assertEquals(3, jobs.start(RULES, RULES, agent7, null).status().total());
            Set<Integer> totals = new HashSet<>();
            for (int i = 0; i < 3; i++) {
                BacktestJobs.Status sample = jobs.start(RULES, RULES, CallQuery.all(50), 4).status();
                totals.add(sample.total());
                assertEquals(4, sample.result().calls());
            }
            assertEquals(Set.of(4), totals);
            assertEquals(12, jobs.start(RULES, RULES, CallQuery.all(50), 50).status().total(), "a sample larger than the calls");
        }
    }

    /** {@code store}, but its {@code find} of the {@code nth} call read waits until {@code go} opens (and says so). */
    private static CallStore holdingTheNthRead(CallStore store, int nth, java.util.concurrent.CountDownLatch reached,
            java.util.concurrent.CountDownLatch go, java.util.concurrent.atomic.AtomicInteger reads) {
        return (CallStore) java.lang.reflect.Proxy.newProxyInstance(CallStore.class.getClassLoader(),
                new Class<?>[] {CallStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find") && reads.incrementAndGet() == nth) {
                        reached.countDown();
                        go.await();
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void aCancelledJobStopsBeforeItsNextCallAndKeepsWhatItCounted() throws Exception {
        java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.CountDownLatch reached = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        try (CallStore store = CallStore.openEmbedded(dir)) {
            fill(store, 10);
            BacktestJobs jobs = new BacktestJobs(holdingTheNthRead(store, 3, reached, go, reads), worker, ZoneOffset.UTC,
                    CLOCK, new Random(1));
            BacktestJobs.Job job = jobs.start(RULES, RULES, CallQuery.all(50), null);
            assertTrue(reached.await(30, java.util.concurrent.TimeUnit.SECONDS), "the job reads its third call");
            assertTrue(jobs.cancel(job, "rhea"));
            assertEquals(BacktestJobs.Status.RUNNING, job.status().state(), "running until the call in hand is counted");
            assertEquals("rhea", job.status().cancelledBy());
            go.countDown();

            BacktestJobs.Status stopped = job.stopped().toCompletableFuture().get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(BacktestJobs.Status.CANCELLED, stopped.state());
            assertEquals(3, stopped.done(), "the call in hand is finished and counted, no other is begun");
            assertEquals(10, stopped.total());
            assertEquals(3, stopped.result().calls());
            assertEquals(CLOCK.instant(), stopped.finishedAt());
            assertEquals(3, reads.get(), "no call read after the cancel");
            assertEquals(stopped, job.status());
            assertFalse(jobs.cancel(job, "ada"), "finished: nothing to cancel");
            assertEquals("rhea", job.status().cancelledBy());
        } finally {
            go.countDown();
            worker.shutdownNow();
        }
    }

    @Test
    void aJobCancelledWhileItWaitsItsTurnNeverRunsAndFreesItsPlace() {
        try (CallStore store = CallStore.openEmbedded(dir)) {
            fill(store, 2);
            java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
            CallStore counting = holdingTheNthRead(store, -1, new java.util.concurrent.CountDownLatch(1),
                    new java.util.concurrent.CountDownLatch(0), reads);
            List<Runnable> queued = new ArrayList<>();
            BacktestJobs jobs = new BacktestJobs(counting, queued::add, ZoneOffset.UTC, CLOCK, new Random(1));
            List<BacktestJobs.Job> waiting = new ArrayList<>();
            for (int i = 0; i < BacktestJobs.MAX_UNFINISHED; i++) {
                waiting.add(jobs.start(RULES, RULES, CallQuery.all(50), null));
            }
            assertTrue(jobs.cancel(waiting.get(0), "rhea"));
            BacktestJobs.Status status = waiting.get(0).status();
            assertEquals(BacktestJobs.Status.CANCELLED, status.state());
            assertEquals(0, status.done());
            assertTrue(waiting.get(0).stopped().toCompletableFuture().isDone());
            jobs.start(RULES, RULES, CallQuery.all(50), null); // its place is free

            queued.remove(0).run();
            assertEquals(0, reads.get(), "its turn came, and it read nothing");
            assertEquals(status, waiting.get(0).status());
            queued.remove(0).run();
            assertEquals(BacktestJobs.Status.DONE, waiting.get(1).status().state(), "the next one runs as ever");
            assertEquals(2, reads.get());
        }
    }

    @Test
    void onlyTheRecentJobsAreKeptAndAFewWaitAtMost() {
        try (CallStore store = CallStore.openEmbedded(dir)) {
            fill(store, 1);
            BacktestJobs done = new BacktestJobs(store, Runnable::run, ZoneOffset.UTC, CLOCK, new Random(1));
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < BacktestJobs.KEPT + 5; i++) {
                ids.add(done.start(RULES, RULES, CallQuery.all(50), null).id());
            }
            assertTrue(done.find(ids.get(0)).isEmpty(), "the oldest are forgotten");
            assertTrue(done.find(ids.get(ids.size() - 1)).isPresent());
            assertEquals(BacktestJobs.KEPT, ids.stream().filter(id -> done.find(id).isPresent()).count());

            List<Runnable> queued = new ArrayList<>();
            BacktestJobs waiting = new BacktestJobs(store, queued::add, ZoneOffset.UTC, CLOCK, new Random(1));
            for (int i = 0; i < BacktestJobs.MAX_UNFINISHED; i++) {
                assertEquals(BacktestJobs.Status.RUNNING, waiting.start(RULES, RULES, CallQuery.all(50), null).status().state());
            }
            assertThrows(BacktestJobs.Busy.class, () -> waiting.start(RULES, RULES, CallQuery.all(50), null));
            queued.remove(0).run();
            waiting.start(RULES, RULES, CallQuery.all(50), null);
        }
    }
}
