package app.parley.live;

import app.parley.audio.AudioStream;
import app.parley.call.Speaker;
import app.parley.coaching.CoachingEngine;
import app.parley.config.ParleyConfig;
import app.parley.redaction.RedactionPolicy;
import app.parley.speech.SpeechModel;
import app.parley.store.CallStore;
import app.parley.store.Recordings;
import app.parley.store.StoreWriter;
import com.github.benmanes.caffeine.cache.Ticker;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live calls of the floor: routes each AudioSocket stream to its call, the PBX's answers and
 * hangups to theirs, and each call's {@link CallEvent}s to the sinks (the store, the recordings,
 * the screens). What a call does is {@link LiveCall}'s; this class does the thread hops around it.
 *
 * <p>Everything here runs on one Vert.x context, so call state needs no locks. Recognition runs
 * on the speech pool (one {@link SerialExecutor} per stream keeps its audio in order) and its
 * results come back to the context; store and recording writes go to the store's one ordered
 * writer. Nothing here blocks an event loop.
 */
public final class LiveCalls implements AudioStream.Opener, CallSignals, LiveView {
    private static final Logger LOG = LoggerFactory.getLogger(LiveCalls.class);
    /** How often open streams are checked for a quiet tap. */
    private static final long QUIET_CHECK_MS = 500;
    private static final StreamListener NO_LISTENER = new StreamListener() {
        @Override
        public void opened(UUID streamId) {
        }

        @Override
        public void ended(UUID streamId, String reason, double audioSeconds) {
        }
    };

    /**
     * Where a live call's audio is recognised: the model, the pool it runs on, what is redacted
     * from its words, and how far decoding may fall behind before the screen says coaching is
     * delayed.
     */
    public record Recognition(SpeechModel speech, Executor pool, RedactionPolicy redaction, Duration maxLag) {
    }

    /**
     * Where a live call is kept: the store, through its one ordered {@code writer} (which also
     * does the recordings' file work off the event loop), each party's audio in
     * {@code recordings} (null: the site keeps no recordings), and, when it keeps none, where a
     * stop that cuts decoding short keeps the audio it did not decode, until the next start has
     * transcribed it ({@code untranscribed}; null: nowhere). Each party stream is stored as carried
     * by the cluster node {@code node} (null: a single Parley).
     */
    public record Keeping(CallStore store, StoreWriter writer, Recordings recordings, Recordings untranscribed,
            String node) {
        public Keeping(CallStore store, StoreWriter writer, Recordings recordings, Recordings untranscribed) {
            this(store, writer, recordings, untranscribed, null);
        }
    }

    private final Context context;
    /** The context's event-loop thread: requests arrive on duplicates of the context, on the same thread. */
    private final Thread eventLoop;
    private final TapDirectory taps;
    private final FactsLookup factsLookup;
    private final LiveMeters meters;
    private final LiveCall.Shared shared;
    private final TappedStream.Floor streams;
    private final ScreenFeed screen;
    /** In the order each event goes to them. */
    private final List<Consumer<CallEvent>> sinks;
    private final Map<String, LiveCall> calls = new LinkedHashMap<>();
    /** How many {@link #calls} there are, for other threads. */
    private volatile int callCount;
    /** Calls transcribed live at once (0: no limit); see {@link #start}. */
    private final int maxLive;
    /** Set once Parley is stopping: completed when the last call has ended (see {@link #stop}). */
    private Promise<Void> stopped;
    /** Set when a stop has waited long enough: read by the speech workers (see {@link #cut}). */
    private final AtomicBoolean cut = new AtomicBoolean();
    private StreamListener streamListener = NO_LISTENER;
    private Continuations continuations = Continuations.NONE;
    private final Keeping keeping;

    /** Created on the event loop of the context it will run on (in a verticle's start). */
    public LiveCalls(Vertx vertx, Recognition recognition, Keeping keeping, CoachingEngine coaching,
            FactsLookup factsLookup, TapDirectory taps, ParleyConfig.Calls settings, LiveMeters meters) {
        this.context = vertx.getOrCreateContext();
        if (!context.isEventLoopContext() || !Context.isOnEventLoopThread()) {
            throw new IllegalStateException("LiveCalls must be created on an event loop (in a verticle's start)");
        }
        this.eventLoop = Thread.currentThread();
        this.keeping = keeping;
        this.taps = taps;
        this.factsLookup = factsLookup;
        this.meters = meters;
        LiveCall.Timers timers = (delay, action) -> {
            long timer = vertx.setTimer(Math.max(1, delay.toMillis()), id -> action.run());
            return () -> vertx.cancelTimer(timer);
        };
        this.shared = new LiveCall.Shared(Ticker.systemTicker(), Clock.systemDefaultZone(), timers,
                Objects.requireNonNull(coaching, "coaching"), meters, settings.endAfter(), recognition.maxLag());
        this.maxLive = settings.maxLive();
        // Without recordings, audio is written only once a stop cuts its decoding short.
        boolean recordsAll = keeping.recordings() != null;
        Recordings recorded = recordsAll ? keeping.recordings() : keeping.untranscribed();
        RecordingSink recordings = recorded == null ? null : new RecordingSink(recorded, keeping.writer());
        // Calls beyond the live limit are decoded once ended: one stream at a time, on the speech pool.
        this.streams = new TappedStream.Floor(context, recognition, recordings, meters,
                new SerialExecutor(recognition.pool()), cut::get, recordsAll);
        this.screen = new ScreenFeed(vertx.eventBus());
        StoreSink storage = new StoreSink(keeping.store(), keeping.writer(), settings.partialFlush(), keeping.node());
        this.sinks = recordings == null ? List.of(storage, screen) : List.of(storage, recordings, screen);
        // A quiet tap sends no frames: fill its silence on time, or the call's coaching clock
        // would wait for it.
        vertx.setPeriodic(QUIET_CHECK_MS, timer -> List.copyOf(calls.values()).forEach(LiveCall::fillQuietStreams));
        counted();
    }

    @Override
    public void followStreams(StreamListener listener) {
        this.streamListener = listener;
    }

    /**
     * From now on a call that starts here asks {@code continuations} whether it goes on from a
     * node that was lost (the cluster's; see {@link Continuation}).
     */
    public void continueCallsFrom(Continuations continuations) {
        requireContext();
        this.continuations = Objects.requireNonNull(continuations, "continuations");
    }

    private void counted() {
        meters.live(calls.size(), openStreams());
        callCount = calls.size();
    }

    /** Whether no call is live or waiting to be transcribed: read from any thread (a backtest's, to take the second core). */
    public boolean quiet() {
        return callCount == 0;
    }

    private int openStreams() {
        return calls.values().stream().mapToInt(LiveCall::openStreams).sum();
    }

    @Override
    public AudioStream open(UUID streamId, String remoteAddress) {
        requireContext();
        // The stream joins when it arrives, not after the work of starting its call.
        long arrived = shared.ticker().read();
        if (stopped != null) {
            LOG.warn("AudioSocket stream {} from {} refused: Parley is stopping", streamId, remoteAddress);
            return null;
        }
        Tap tap = taps.resolve(streamId);
        if (tap == null) {
            LOG.warn("AudioSocket stream {} from {} refused: Parley did not ask the PBX for it", streamId, remoteAddress);
            return null;
        }
        LiveCall call = calls.get(tap.callId());
        if (call == null) {
            call = start(tap.callId(), tap.callerNumber(), tap.agent(), false, arrived);
        }
        TappedStream stream = new TappedStream(streams, call);
        LiveCall.Party party = call.join(streamId, tap.speaker(), arrived, stream::decoder);
        counted();
        LOG.info("call {}: {} stream {} joined from {} at {}s", call.id, tap.speaker().id(), streamId, remoteAddress,
                party.offset);
        streamListener.opened(streamId);
        return stream;
    }

    @Override
    public void callAnswered(String callId, String callerNumber, String agent) {
        requireContext();
        LiveCall call = calls.get(callId);
        if (call == null) {
            start(callId, callerNumber, agent, true, shared.ticker().read());
        } else {
            call.answered();
        }
    }

    @Override
    public void callHungUp(String callId) {
        requireContext();
        LiveCall call = calls.get(callId);
        if (call != null) {
            call.hungUp();
        }
    }

    /**
     * Parley is stopping: no stream is taken from now on, every open stream ends now, its
     * recogniser gives the last words of what has arrived, and each call ends as soon as they are
     * in, its writes queued for the store. Completes when no call is left.
     */
    public Future<Void> stop() {
        requireContext();
        if (stopped == null) {
            stopped = Promise.promise();
            // As if the PBX said each was over: it ends once its streams' last words are in.
            List.copyOf(calls.values()).forEach(LiveCall::stop);
            completeStopWhenIdle();
        }
        return stopped.future();
    }

    /**
     * A stop has waited long enough for the calls still being decoded (the speech workers are
     * behind): decoding stops. Each stream's audio still queued goes to its recording without
     * being decoded, its recogniser gives its last words of what it had decoded, and each call
     * ends as usual, stored as transcribed up to the earliest point one of its streams was cut at
     * (finished from the recordings at the next start). Completes, like {@link #stop}, when no
     * call is left; from then on the speech workers have nothing left to send here.
     */
    public Future<Void> cut() {
        requireContext();
        Future<Void> done = stop();
        if (!calls.isEmpty()) {
            LOG.warn("{} call(s) still being decoded: their words are stored up to where decoding got, and the rest "
                    + "is transcribed from their recordings at the next start", calls.size());
        }
        cut.set(true);
        return done;
    }

    private void completeStopWhenIdle() {
        if (stopped != null && calls.isEmpty()) {
            stopped.tryComplete();
        }
    }

    @Override
    public boolean hasOpenStream(String callId, Speaker speaker) {
        requireContext();
        LiveCall call = calls.get(callId);
        return call != null && call.hasOpenStream(speaker);
    }

    @Override
    public JsonArray snapshot(Predicate<String> visible) {
        requireContext();
        return screen.snapshot(visible);
    }

    @Override
    public JsonObject status() {
        requireContext();
        return new JsonObject().put("live_calls", calls.size()).put("live_streams", openStreams());
    }

    private void requireContext() {
        if (Thread.currentThread() != eventLoop) {
            throw new IllegalStateException("LiveCalls used off its Vert.x context");
        }
    }

    /**
     * A call whose clock starts at {@code startedNanos}: its first stream's arrival, or the PBX's
     * answer. With {@code calls.max_live} calls transcribed live already, it is recorded and stored
     * as any other but its words are recognised after it ends, so the live ones stay live.
     */
    private LiveCall start(String callId, String callerNumber, String agent, boolean managed, long startedNanos) {
        boolean afterCall = maxLive > 0 && calls.values().stream().filter(call -> !call.afterCall()).count() >= maxLive;
        Continuation continued = continuations.take(callId);
        if (continued != null) {
            // Through the one ordered writer, before this node's streams of the call are written:
            // what the lost node had open ends where its last stored words end.
            keeping.writer().execute(() -> keeping.store().markInterrupted(callId, keeping.node()));
        }
        LiveCall call = new LiveCall(shared, callId, callerNumber, agent, managed, afterCall, startedNanos, continued,
                this::emit);
        calls.put(callId, call);
        counted();
        lookUpFacts(call);
        return call;
    }

    /** The caller's account, looked up off the event loop; coaching opens with it once it is known. */
    private void lookUpFacts(LiveCall call) {
        if (call.callerNumber == null || factsLookup == FactsLookup.NONE) {
            call.factsKnown(null);
            return;
        }
        Future.fromCompletionStage(factsLookup.lookup(call.callerNumber, call.id), context).onComplete(result -> {
            if (result.failed()) {
                LOG.error("call {}: account lookup for {} failed: {}", call.id, call.callerNumber,
                        result.cause().getMessage());
            }
            call.factsKnown(result.succeeded() ? result.result() : null);
        });
    }

    /** A call's event: to the sinks, then what the floor keeps of it. */
    private void emit(CallEvent event) {
        sinks.forEach(sink -> sink.accept(event));
        if (event instanceof CallEvent.PartyLeft left) {
            counted();
            streamListener.ended(UUID.fromString(left.streamId()), left.reason(), left.audioSeconds());
        } else if (event instanceof CallEvent.CallEnded) {
            LiveCall call = calls.remove(event.callId());
            counted();
            if (call != null) {
                call.streamIds().forEach(taps::forget);
            }
            completeStopWhenIdle();
        }
    }
}
