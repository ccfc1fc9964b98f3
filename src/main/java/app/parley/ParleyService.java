package app.parley;

import app.parley.audio.AudioSocketServer;
import app.parley.config.ParleyConfig;
import app.parley.ledger.Ledger;
import app.parley.ledger.LedgerService;
import app.parley.live.LiveCalls;
import app.parley.live.TapDirectory;
import app.parley.speech.SpeechModel;
import app.parley.store.CallStore;
import app.parley.web.LedgerRoutes;
import app.parley.web.WebServer;
import com.github.benmanes.caffeine.cache.Ticker;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service: loads the speech model, opens the store, and wires the AudioSocket
 * server, the live call path and the web server onto one Vert.x context. Only wiring here.
 */
public final class ParleyService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ParleyService.class);

    private final Vertx vertx;
    private final SpeechModel speech;
    private final CallStore store;
    private final Ledger ledgerStore;
    private final LedgerService ledger;
    private final ExecutorService speechPool;
    private final ExecutorService storeWriter;
    private final TapDirectory taps;
    private final Wiring wiring;

    private ParleyService(Vertx vertx, SpeechModel speech, CallStore store, Ledger ledgerStore, LedgerService ledger,
            ExecutorService speechPool, ExecutorService storeWriter, TapDirectory taps, Wiring wiring) {
        this.vertx = vertx;
        this.speech = speech;
        this.store = store;
        this.ledgerStore = ledgerStore;
        this.ledger = ledger;
        this.speechPool = speechPool;
        this.storeWriter = storeWriter;
        this.taps = taps;
        this.wiring = wiring;
    }

    /** Starts everything and returns once both servers listen. Blocks: call it from main. */
    public static ParleyService start(ParleyConfig config) throws IOException, InterruptedException {
        long started = System.nanoTime();
        SpeechModel speech = SpeechModel.load(config.speech().model(), config.speech().warmRecognizers());
        speech.prewarm(Math.min(2, config.speech().warmRecognizers()));
        CallStore store;
        Ledger ledgerStore;
        try {
            store = CallStore.openEmbedded(config.data());
        } catch (RuntimeException e) {
            speech.close();
            throw e;
        }
        try {
            ledgerStore = Ledger.openEmbedded(config.data(), config.ledger().phone());
        } catch (RuntimeException e) {
            store.close();
            speech.close();
            throw e;
        }
        ExecutorService speechPool = Executors.newFixedThreadPool(config.speech().workers(), named("parley-speech"));
        ExecutorService storeWriter = Executors.newSingleThreadExecutor(named("parley-store"));
        TapDirectory taps = new TapDirectory();
        Vertx vertx = Vertx.vertx();
        // Ledger reads (JDBC) and reconciliations run on Vert.x workers.
        LedgerService ledger = LedgerService.create(ledgerStore, config.ledger(),
                task -> vertx.executeBlocking(() -> {
                    task.run();
                    return null;
                }, false), Ticker.systemTicker());
        Wiring wiring = new Wiring(config, speech, store, ledger, speechPool, storeWriter, taps);
        ParleyService service = new ParleyService(vertx, speech, store, ledgerStore, ledger, speechPool, storeWriter,
                taps, wiring);
        try {
            vertx.deployVerticle(wiring).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            service.close();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IOException("Parley could not start: " + cause.getMessage(), cause);
        }
        LOG.info("Parley ready in {} ms: agent screen http://localhost:{}/, AudioSocket on port {}, store: {}",
                (System.nanoTime() - started) / 1_000_000, wiring.httpPort, wiring.audioSocketPort, store);
        return service;
    }

    public int httpPort() {
        return wiring.httpPort;
    }

    public int audioSocketPort() {
        return wiring.audioSocketPort;
    }

    public TapDirectory taps() {
        return taps;
    }

    public CallStore store() {
        return store;
    }

    /** Reconciled debt facts by account or caller's number; see {@link LedgerService#factsForPhone}. */
    public LedgerService ledger() {
        return ledger;
    }

    public Vertx vertx() {
        return vertx;
    }

    @Override
    public void close() {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("Vert.x did not close cleanly: {}", e.getMessage());
        }
        speechPool.shutdown();
        storeWriter.shutdown();
        try {
            speechPool.awaitTermination(10, TimeUnit.SECONDS);
            storeWriter.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ledgerStore.close();
        store.close();
        speech.close();
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The verticle whose context runs the live path and both servers. */
    private static final class Wiring extends AbstractVerticle {
        private final ParleyConfig config;
        private final SpeechModel speech;
        private final CallStore store;
        private final LedgerService ledger;
        private final ExecutorService speechPool;
        private final ExecutorService storeWriter;
        private final TapDirectory taps;
        private volatile int httpPort;
        private volatile int audioSocketPort;

        Wiring(ParleyConfig config, SpeechModel speech, CallStore store, LedgerService ledger,
                ExecutorService speechPool, ExecutorService storeWriter, TapDirectory taps) {
            this.config = config;
            this.speech = speech;
            this.store = store;
            this.ledger = ledger;
            this.speechPool = speechPool;
            this.storeWriter = storeWriter;
            this.taps = taps;
        }

        @Override
        public void start(Promise<Void> started) {
            LiveCalls live = new LiveCalls(vertx, speech, store, speechPool, storeWriter, taps, config.calls());
            AudioSocketServer audio = new AudioSocketServer(vertx, live);
            WebServer web = new WebServer(vertx, store, live, () -> new JsonObject().put("status", "up")
                    .put("model", speech.path().toString()).mergeIn(live.status()),
                    new LedgerRoutes(ledger, Clock.systemDefaultZone()));
            Future<Integer> audioPort = audio.listen(config.audiosocket().host(), config.audiosocket().port())
                    .recover(e -> Future.failedFuture("AudioSocket port " + config.audiosocket().port() + ": "
                            + e.getMessage()));
            Future<Integer> httpPortFuture = web.listen(config.http().host(), config.http().port())
                    .recover(e -> Future.failedFuture("HTTP port " + config.http().port() + ": " + e.getMessage()));
            Future.all(audioPort, httpPortFuture).onSuccess(all -> {
                audioSocketPort = audioPort.result();
                httpPort = httpPortFuture.result();
                started.complete();
            }).onFailure(started::fail);
        }
    }
}
