package app.parley;

import app.parley.access.Accounts;
import app.parley.access.AuditTrail;
import app.parley.access.JdbcAccounts;
import app.parley.access.JdbcAuditTrail;
import app.parley.access.SignInThrottle;
import app.parley.audio.AudioSocketServer;
import app.parley.cluster.Cluster;
import app.parley.coaching.CoachingEngine;
import app.parley.coaching.RuleBookException;
import app.parley.coaching.RulesRepository;
import app.parley.ledger.Ledger;
import app.parley.ledger.LedgerService;
import app.parley.live.LedgerFactsLookup;
import app.parley.metrics.ParleyMetrics;
import app.parley.web.MetricsRoutes;
import app.parley.web.LedgerRoutes;
import app.parley.web.CallRoutes;
import app.parley.web.ScorecardRoutes;
import app.parley.web.RulesRoutes;
import app.parley.rulesets.RuleVersions;
import app.parley.rulesets.RulesConsole;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.util.List;
import app.parley.config.ParleyConfig;
import app.parley.live.LiveCalls;
import app.parley.live.LiveView;
import app.parley.live.TapDirectory;
import app.parley.speech.SpeechModel;
import app.parley.store.CallStore;
import app.parley.store.Recordings;
import app.parley.store.RecordingsElsewhere;
import app.parley.store.Database;
import app.parley.store.StoreWriter;
import app.parley.telephony.Telephony;
import app.parley.web.BacktestRoutes;
import app.parley.web.EffectivenessRoutes;
import app.parley.web.WebServer;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import app.parley.contact.CallerZones;
import app.parley.contact.ContactFactsLookup;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service: loads the speech model, opens the store, and wires the AudioSocket
 * server, the live call path, the PBX link and the web server onto one Vert.x context. Only
 * wiring here.
 */
public final class ParleyService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ParleyService.class);

    /** What the service owns and closes: the model, the store, the threads that block and the metrics. */
    private record Parts(ParleyConfig config, SpeechModel speech, CallStore store, Ledger ledgerStore,
            LedgerService ledger, ExecutorService speechPool, StoreWriter storeWriter, ExecutorService amiActions,
            TapDirectory taps, RulesRepository rules, JdbcAccounts accounts, JdbcAuditTrail audit,
            ParleyMetrics metrics, RulesConsole rulesConsole, Cluster cluster) {
    }

    private final Vertx vertx;
    private final Parts parts;
    private final Wiring wiring;
    /** Set when the service closes: the calls being finished from their recordings stop between frames. */
    private final java.util.concurrent.atomic.AtomicBoolean closing = new java.util.concurrent.atomic.AtomicBoolean();
    /** Finishes, in the background, the calls an earlier stop left half-transcribed (null until started). */
    private volatile Thread finisher;

    private ParleyService(Vertx vertx, Parts parts, Wiring wiring) {
        this.vertx = vertx;
        this.parts = parts;
        this.wiring = wiring;
    }

    /** Starts everything and returns once both servers listen. Blocks: call it from main. */
    public static ParleyService start(ParleyConfig config) throws IOException, InterruptedException {
        long started = System.nanoTime();
        RulesRepository rules;
        try {
            rules = RulesRepository.load(config.coachingRules(), config.speech().language());
        } catch (RuleBookException e) {
            throw new IOException("coaching rules " + config.coachingRules() + " rejected: " + e.getMessage(), e);
        }
        SpeechModel speech = SpeechModel.load(config.speech().model(), config.speech().warmRecognizers(), config.speech().gate(),
                config.speech().decoding());
        speech.prewarm(Math.min(2, config.speech().warmRecognizers()));
        Database database = Database.open(config.store(), config.data());
        CallStore store;
        Ledger ledgerStore;
        try {
            store = CallStore.open(database, config.store().readConnections());
        } catch (RuntimeException e) {
            speech.close();
            throw e;
        }
        try {
            ledgerStore = Ledger.open(database, config.ledger().phone());
        } catch (RuntimeException e) {
            store.close();
            speech.close();
            throw e;
        }
        JdbcAccounts accounts = new JdbcAccounts(database, Clock.systemUTC());
        JdbcAuditTrail audit = new JdbcAuditTrail(database, Clock.systemUTC());
        RulesConsole rulesConsole = RulesConsole.open(rules, RuleVersions.create(database), Clock.systemUTC());
        rulesConsole.profiles().readAgentsFrom(accounts::teamsByAgent);
        ParleyMetrics metrics = new ParleyMetrics();
        Cluster cluster;
        try {
            cluster = config.cluster().enabled() ? Cluster.join(config.cluster(), metrics::vertxBuilder) : null;
        } catch (IOException | RuntimeException e) {
            for (AutoCloseable part : List.<AutoCloseable>of(ledgerStore, accounts, audit, rulesConsole, store, speech, metrics)) {
                closeQuietly(part);
            }
            throw e;
        }
        Vertx vertx = cluster != null ? cluster.vertx() : metrics.newVertx();
        // Ledger reads (JDBC) and reconciliations run on Vert.x workers.
        LedgerService ledger = LedgerService.create(ledgerStore, config.ledger(), task -> vertx.executeBlocking(() -> {
            task.run();
            return null;
        }, false), Ticker.systemTicker());
        Parts parts = new Parts(config, speech, store, ledgerStore, ledger,
                Executors.newFixedThreadPool(config.speech().workers(), named("parley-speech")),
                // The live path writes from the event loop, which must never wait for room in the queue.
                StoreWriter.start(config.store().writeQueue(), () -> !Context.isOnEventLoopThread()),
                Executors.newSingleThreadExecutor(named("parley-ami")), new TapDirectory(config.ami().enabled()), rules,
                accounts, audit, metrics, rulesConsole, cluster);
        Wiring wiring = new Wiring(parts);
        ParleyService service = new ParleyService(vertx, parts, wiring);
        try {
            vertx.deployVerticle(wiring).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            service.close();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IOException("Parley could not start: " + cause.getMessage(), cause);
        }
        service.finishCallsAnEarlierStopLeft();
        LOG.info("Parley ready in {} ms: agent screen http://localhost:{}/, AudioSocket on port {}, store: {}",
                (System.nanoTime() - started) / 1_000_000, wiring.httpPort, wiring.audioSocketPort, store);
        return service;
    }

    /** Calls a stop left transcribed in part are transcribed to their end from their recordings, on a thread of their own. */
    private void finishCallsAnEarlierStopLeft() {
        ParleyConfig config = parts.config();
        Thread thread = new Thread(new app.parley.live.CallFinisher(parts.store(), new Recordings(config.recordingsDir()),
                untranscribed(config), parts.speech(), config.redaction().policy(), closing::get), "parley-finish");
        thread.setDaemon(true);
        // Behind the live calls for the CPU.
        thread.setPriority(Thread.MIN_PRIORITY);
        finisher = thread;
        thread.start();
    }

    /** Where a stop keeps the audio it did not decode when the site keeps no recordings, until the next start transcribes it. */
    private static Recordings untranscribed(ParleyConfig config) {
        return new Recordings(config.data().resolve("untranscribed"));
    }

    public int httpPort() {
        return wiring.httpPort;
    }

    public int audioSocketPort() {
        return wiring.audioSocketPort;
    }

    public TapDirectory taps() {
        return parts.taps();
    }

    public CallStore store() {
        return parts.store();
    }

    public Vertx vertx() {
        return vertx;
    }

    /** Who may sign in (local accounts, provider accounts, API tokens). */
    public Accounts accounts() {
        return parts.accounts();
    }

    public AuditTrail audit() {
        return parts.audit();
    }

    /** The web server (its routes and what each needs). */
    public WebServer web() {
        return wiring.web;
    }

    /** Reconciled debt facts by account or caller's number; see {@link LedgerService#factsForPhone}. */
    public LedgerService ledger() {
        return parts.ledger();
    }

    /** Runs {@code action} with the PBX link on its event loop (tests). */
    public void telephony(Consumer<Telephony> action) throws Exception {
        wiring.onContext(() -> {
            action.accept(wiring.telephony);
            return null;
        });
    }

    /** How long a stop waits, once decoding is cut short, for the calls' recordings and stores to be written. */
    private static final java.time.Duration CUT_WITHIN = java.time.Duration.ofSeconds(30);

    @Override
    public void close() {
        closing.set(true);
        // No new calls; the calls in progress say their last words into the store, then the rest stops.
        if (wiring.live != null) {
            java.time.Duration within = parts.config().calls().stopWithin();
            boolean ended = false;
            try {
                // Streams arriving from now on are refused; the connections are closed once the calls have ended.
                // A floor with no call is done at once, even when the site waits for nothing.
                wiring.onContext(() -> wiring.live.stop(), within.isZero() ? java.time.Duration.ofMillis(100) : within);
                ended = true;
                LOG.info("live calls ended; stopping");
            } catch (TimeoutException e) {
                LOG.warn("live calls did not all end within {} s (calls.stop_within): decoding is cut short",
                        within.toSeconds());
            } catch (Exception e) {
                LOG.warn("live calls did not stop cleanly: {}", e.getMessage());
            }
            if (!ended) {
                try {
                    // What is still queued goes to the recordings undecoded; what was decoded is stored.
                    wiring.onContext(() -> wiring.live.cut(), CUT_WITHIN);
                    LOG.info("live calls ended, the rest of their words to transcribe at the next start; stopping");
                } catch (Exception e) {
                    LOG.error("live calls did not end within {} s of cutting their decoding short: {}",
                            CUT_WITHIN.toSeconds(), e.getMessage());
                }
            }
            try {
                wiring.onContext(() -> wiring.audio.close(), java.time.Duration.ofSeconds(5));
            } catch (Exception e) {
                LOG.warn("AudioSocket server did not close cleanly: {}", e.getMessage());
            }
        }
        if (wiring.telephony != null || parts.cluster() != null) {
            try {
                wiring.onContext(() -> {
                    if (wiring.telephony != null) {
                        wiring.telephony.stop();
                    }
                    // Another node follows the PBX from now on (leaving the cluster would free the lock too).
                    if (parts.cluster() != null) {
                        parts.cluster().stopFollowing();
                    }
                    return null;
                });
            } catch (Exception e) {
                LOG.warn("PBX link did not stop cleanly: {}", e.getMessage());
            }
        }
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("Vert.x did not close cleanly: {}", e.getMessage());
        }
        parts.speechPool().shutdown();
        parts.amiActions().shutdownNow();
        try {
            if (!parts.speechPool().awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.error("speech workers still busy 10 s after the live calls: stopped");
                parts.speechPool().shutdownNow();
            }
            Thread finishing = finisher;
            if (finishing != null) {
                // It stops between two frames; what it had not stored is done again at the next start.
                finishing.join(TimeUnit.SECONDS.toMillis(30));
            }
            // What the live calls queued for the store is written before the store closes.
            if (!parts.storeWriter().close(java.time.Duration.ofSeconds(30))) {
                LOG.error("store writes still queued after 30 s at shutdown: they are lost");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        parts.ledgerStore().close();
        parts.accounts().close();
        parts.audit().close();
        parts.rulesConsole().close();
        parts.store().close();
        parts.speech().close();
        parts.metrics().close();
    }

    private static void closeQuietly(AutoCloseable part) {
        try {
            part.close();
        } catch (Exception e) {
            LOG.warn("closing {} after a failed start: {}", part, e.getMessage());
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The verticle whose context runs the live path, the PBX link and both servers. */
    private static final class Wiring extends AbstractVerticle {
        private final Parts parts;
        private volatile int httpPort;
        private volatile int audioSocketPort;
        private volatile Telephony telephony;
        /** Counts this node's spells of following the PBX in a cluster, and their ends (on the live path's context). */
        private int followingSpell;
        private volatile WebServer web;
        private volatile LiveCalls live;
        private volatile AudioSocketServer audio;
        Wiring(Parts parts) {
            this.parts = parts;
        }

        /** Runs {@code action} on the live path's event loop and waits up to {@code timeout} for the future it returns. */
        <T> T onContext(Callable<Future<T>> action, java.time.Duration timeout) throws Exception {
            CompletableFuture<T> result = new CompletableFuture<>();
            context.runOnContext(v -> {
                try {
                    action.call().onSuccess(result::complete).onFailure(result::completeExceptionally);
                } catch (Exception e) {
                    result.completeExceptionally(e);
                }
            });
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        private static JsonObject storeWriterStatus(StoreWriter writer) {
            return new JsonObject().put("depth", writer.depth()).put("capacity", writer.capacity())
                    .put("recent_max_latency_ms", writer.latency().recentMax().toMillis());
        }

        /** Runs {@code action} on the live path's event loop and waits for its result. */
        <T> T onContext(Callable<T> action) throws Exception {
            CompletableFuture<T> result = new CompletableFuture<>();
            context.runOnContext(v -> {
                try {
                    result.complete(action.call());
                } catch (Exception e) {
                    result.completeExceptionally(e);
                }
            });
            return result.get(10, TimeUnit.SECONDS);
        }

        @Override
        public void start(Promise<Void> started) {
            ParleyConfig config = parts.config();
            // Looked in (replay, retention) even when the site no longer keeps new recordings.
            Recordings recordings = new Recordings(config.recordingsDir());
            ParleyMetrics metrics = parts.metrics();
            // The writer's queue depth and each write's time, as the writer itself keeps them.
            StoreWriter storeWriter = parts.storeWriter();
            storeWriter.measureWith(metrics.storeWriter(storeWriter::depth));
            live = new LiveCalls(vertx,
                    new LiveCalls.Recognition(parts.speech(), parts.speechPool(), config.redaction().policy(),
                            config.speech().maxLag()),
                    new LiveCalls.Keeping(parts.store(), storeWriter, config.recordings().enabled() ? recordings : null,
                            untranscribed(config), parts.cluster() == null ? null : parts.cluster().self()),
                    new CoachingEngine(parts.rulesConsole().profiles()),
                    new ContactFactsLookup(new LedgerFactsLookup(parts.ledger(), Clock.systemDefaultZone()),
                            parts.store(), new CallerZones(config.speech().language().equals("es") ? "MX" : "US"),
                            Clock.systemUTC(), storeWriter),
                    parts.taps(), config.calls(), metrics.live());
            metrics.speechRecognizers(parts.speech()::inUseCount, parts.speech()::idleCount);
            if (config.ami().enabled()) {
                metrics.followPbxLink(vertx.eventBus(), LiveView.EVENTS);
            }
            audio = new AudioSocketServer(vertx, live, new AudioSocketServer.Limits(
                    config.audiosocket().allowedSources(), config.audiosocket().maxConnectionsPerSource(),
                    config.audiosocket().idleTimeout()));
            Cluster cluster = parts.cluster();
            Future<String> csrfSecret = cluster == null ? Future.succeededFuture(null) : cluster.csrfSecret();
            Future<LiveView> screens = cluster == null ? Future.succeededFuture(live) : cluster.liveEverywhere(live);
            Future<Void> caches = cluster == null ? Future.succeededFuture()
                    : cluster.keepCachesRight(parts.ledger(), parts.rulesConsole());
            Future<Void> lostCalls = cluster == null ? Future.succeededFuture()
                    : cluster.continueLostCalls(live, parts.store(), storeWriter);
            Future<RecordingsElsewhere> elsewhere = cluster == null ? Future.succeededFuture(RecordingsElsewhere.NONE)
                    : cluster.recordingsOfEveryNode(recordings);
            // A single node has no one to tell what its retention deleted.
            Future<Consumer<List<String>>> retentionTells = cluster == null ? Future.succeededFuture(ids -> { })
                    : cluster.retentionOnEveryNode(List.of(recordings, untranscribed(config)));
            Future.all(csrfSecret, screens, caches, lostCalls, elsewhere, retentionTells).onSuccess(joined -> listen(
                    config, recordings, elsewhere.result(), screens.result(), csrfSecret.result(),
                    retentionTells.result(), started))
                    .onFailure(e -> started.fail("cluster: " + e.getMessage()));
        }

        /**
         * Serves the screens ({@code screens}: the live calls they see; {@code elsewhere}: the
         * recordings on other nodes' disks) and AudioSocket, then follows the PBX; retention tells
         * {@code retentionTells} the calls it deleted.
         */
        private void listen(ParleyConfig config, Recordings recordings, RecordingsElsewhere elsewhere, LiveView screens,
                String csrfSecret, Consumer<List<String>> retentionTells, Promise<Void> started) {
            ParleyMetrics metrics = parts.metrics();
            web = new WebServer(vertx, parts.store(), screens, () -> new JsonObject().put("status", "up")
                    .put("model", parts.speech().path().toString()).mergeIn(live.status())
                    .put("store_writer", storeWriterStatus(parts.storeWriter()))
                    .put("pbx", telephony != null ? telephony.status()
                            : parts.cluster() == null ? null : parts.cluster().followersPbxStatus())
                    .put("cluster", parts.cluster() == null ? null : parts.cluster().status()),
                    new WebServer.Security(parts.accounts(), parts.audit(), new SignInThrottle(Clock.systemUTC()),
                            config.access().sessionIdle(), config.access().secureCookies(), config.access().oidc(),
                            csrfSecret),
                    List.of(new RulesRoutes(vertx, parts.rulesConsole())::mount,
                            new LedgerRoutes(parts.ledger(), Clock.systemDefaultZone())::mount,
                            new CallRoutes(vertx, parts.store(), recordings, elsewhere)::mount,
                            new ScorecardRoutes(vertx, parts.store(), parts.rules(), Clock.systemUTC())::mount,
                            new BacktestRoutes(vertx, parts.store(), parts.rules(), parts.accounts(), Clock.systemUTC(),
                                    live::quiet)::mount,
                            new EffectivenessRoutes(vertx, parts.store(), parts.rules(), parts.accounts())::mount,
                            new MetricsRoutes(vertx, metrics::scrape, config.metrics().scraperToken())::mount));
            metrics.liveFeedClients(web::openLiveFeeds);
            if (parts.cluster() != null) {
                Cluster cluster = parts.cluster();
                metrics.cluster(cluster::nodesUp, cluster.quorum(), cluster::followsPbx);
            }
            Future<Integer> audioPort = audio.listen(config.audiosocket().host(), config.audiosocket().port())
                    .recover(e -> Future.failedFuture("AudioSocket port " + config.audiosocket().port() + ": "
                            + e.getMessage()));
            Future<Integer> webPort = (config.http().tls()
                    ? web.listenTls(config.http().host(), config.http().port(), config.http().tlsCert(), config.http().tlsKey())
                    : web.listen(config.http().host(), config.http().port()))
                    .recover(e -> Future.failedFuture("HTTP port " + config.http().port() + ": " + e.getMessage()));
            Future.all(audioPort, webPort).onSuccess(all -> {
                audioSocketPort = audioPort.result();
                httpPort = webPort.result();
                Cluster cluster = parts.cluster();
                int tapPort = config.telephony().tapPort() == 0 ? audioSocketPort : config.telephony().tapPort();
                if (cluster != null && config.ami().enabled()) {
                    // The follower finds this node's report in the cluster map once it is there.
                    cluster.carryTaps(live, parts.taps(), config.telephony().tapHost(), tapPort, config.calls().maxLive())
                            .onFailure(e -> LOG.error("cluster: this node's tap address is not known to the others ({})",
                                    e.getMessage()))
                            .onComplete(reported -> cluster.followPbxWhenElected(() -> {
                                        // A pause (or another spell) before the taps are ready makes this spell void.
                                        int spell = ++followingSpell;
                                        return cluster.spreadTaps().onSuccess(routes -> {
                                            if (spell != followingSpell || !cluster.followsPbx()) {
                                                return;
                                            }
                                            if (telephony != null) {
                                                telephony.stop();
                                            }
                                            telephony = new Telephony(vertx, config.ami(), config.telephony(), routes,
                                                    parts.amiActions());
                                            telephony.start();
                                        }).recover(e -> Future.failedFuture("cannot spread the taps over the nodes: "
                                                + e.getMessage()));
                                    }, () -> {
                                        // Below the quorum: the calls tapped here go on; the PBX link is let go.
                                        followingSpell++;
                                        if (telephony != null) {
                                            telephony.stop("this node sees fewer Parley nodes than the quorum ("
                                                    + cluster.quorum() + "); another node may follow the PBX");
                                            telephony = null;
                                        }
                                    }));
                } else {
                    telephony = new Telephony(vertx, config.ami(), config.telephony(), audioSocketPort, live,
                            parts.taps(), parts.amiActions());
                    telephony.start();
                }
                Housekeeping housekeeping = new Housekeeping(vertx);
                housekeeping.keepCallsOnlyAsLongAsConfigured(parts.store(), config,
                        List.of(recordings, untranscribed(config)), retentionTells);
                housekeeping.keepAuditOnlyAsLongAsConfigured(parts.audit(), config);
                housekeeping.followRules(parts.rulesConsole());
                started.complete();
            }).onFailure(started::fail);
        }
    }
}
