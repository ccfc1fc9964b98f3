package app.parley;

import app.parley.audio.AudioSocketServer;
import app.parley.config.ParleyConfig;
import app.parley.live.LiveCalls;
import app.parley.live.TapDirectory;
import app.parley.speech.SpeechModel;
import app.parley.store.CallStore;
import app.parley.telephony.Telephony;
import app.parley.web.WebServer;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
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
    private final ExecutorService speechPool;
    private final ExecutorService storeWriter;
    private final ExecutorService amiActions;
    private final TapDirectory taps;
    private final Wiring wiring;

    private ParleyService(Vertx vertx, SpeechModel speech, CallStore store, ExecutorService speechPool,
            ExecutorService storeWriter, ExecutorService amiActions, TapDirectory taps, Wiring wiring) {
        this.vertx = vertx;
        this.speech = speech;
        this.store = store;
        this.speechPool = speechPool;
        this.storeWriter = storeWriter;
        this.amiActions = amiActions;
        this.taps = taps;
        this.wiring = wiring;
    }

    /** Starts everything and returns once both servers listen. Blocks: call it from main. */
    public static ParleyService start(ParleyConfig config) throws IOException, InterruptedException {
        long started = System.nanoTime();
        SpeechModel speech = SpeechModel.load(config.speech().model(), config.speech().warmRecognizers());
        speech.prewarm(Math.min(2, config.speech().warmRecognizers()));
        CallStore store;
        try {
            store = CallStore.openEmbedded(config.data());
        } catch (RuntimeException e) {
            speech.close();
            throw e;
        }
        ExecutorService speechPool = Executors.newFixedThreadPool(config.speech().workers(), named("parley-speech"));
        ExecutorService storeWriter = Executors.newSingleThreadExecutor(named("parley-store"));
        ExecutorService amiActions = Executors.newSingleThreadExecutor(named("parley-ami"));
        TapDirectory taps = new TapDirectory();
        Vertx vertx = Vertx.vertx();
        Wiring wiring = new Wiring(config, speech, store, speechPool, storeWriter, amiActions, taps);
        ParleyService service = new ParleyService(vertx, speech, store, speechPool, storeWriter, amiActions, taps,
                wiring);
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

    public Vertx vertx() {
        return vertx;
    }

    /** Runs {@code action} with the PBX link on its event loop (tests). */
    public void telephony(java.util.function.Consumer<Telephony> action) throws Exception {
        wiring.onContext(() -> {
            action.accept(wiring.telephony);
            return null;
        });
    }

    /** The PBX link's status, as /api/health and the screens show it. */
    public JsonObject pbxStatus() throws Exception {
        return wiring.onContext(() -> wiring.telephony.status());
    }

    @Override
    public void close() {
        try {
            wiring.onContext(() -> {
                wiring.telephony.stop();
                return null;
            });
        } catch (Exception e) {
            LOG.warn("PBX link did not stop cleanly: {}", e.getMessage());
        }
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("Vert.x did not close cleanly: {}", e.getMessage());
        }
        speechPool.shutdown();
        storeWriter.shutdown();
        amiActions.shutdownNow();
        try {
            speechPool.awaitTermination(10, TimeUnit.SECONDS);
            storeWriter.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        private final ExecutorService speechPool;
        private final ExecutorService storeWriter;
        private final ExecutorService amiActions;
        private final TapDirectory taps;
        private volatile int httpPort;
        private volatile int audioSocketPort;
        private volatile Telephony telephony;

        Wiring(ParleyConfig config, SpeechModel speech, CallStore store, ExecutorService speechPool,
                ExecutorService storeWriter, ExecutorService amiActions, TapDirectory taps) {
            this.config = config;
            this.speech = speech;
            this.store = store;
            this.speechPool = speechPool;
            this.storeWriter = storeWriter;
            this.amiActions = amiActions;
            this.taps = taps;
        }

        /** Runs {@code action} on the live path's event loop and waits for its result. */
        <T> T onContext(java.util.concurrent.Callable<T> action) throws Exception {
            java.util.concurrent.CompletableFuture<T> result = new java.util.concurrent.CompletableFuture<>();
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
            LiveCalls live = new LiveCalls(vertx, speech, store, speechPool, storeWriter, taps, config.calls());
            AudioSocketServer audio = new AudioSocketServer(vertx, live);
            WebServer web = new WebServer(vertx, store, live, () -> new JsonObject().put("status", "up")
                    .put("model", speech.path().toString()).mergeIn(live.status())
                    .put("pbx", telephony == null ? null : telephony.status()));
            Future<Integer> audioPort = audio.listen(config.audiosocket().host(), config.audiosocket().port())
                    .recover(e -> Future.failedFuture("AudioSocket port " + config.audiosocket().port() + ": "
                            + e.getMessage()));
            Future<Integer> httpPortFuture = web.listen(config.http().host(), config.http().port())
                    .recover(e -> Future.failedFuture("HTTP port " + config.http().port() + ": " + e.getMessage()));
            Future.all(audioPort, httpPortFuture).onSuccess(all -> {
                audioSocketPort = audioPort.result();
                httpPort = httpPortFuture.result();
                telephony = new Telephony(vertx, config.ami(), config.telephony(), audioSocketPort, live, taps,
                        amiActions);
                telephony.start();
                started.complete();
            }).onFailure(started::fail);
        }
    }
}
