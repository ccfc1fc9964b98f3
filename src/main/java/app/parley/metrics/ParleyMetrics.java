package app.parley.metrics;

import app.parley.live.LiveMeters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.function.LongConsumer;

/**
 * Parley's one registry of named metrics, each with its description (docs/metrics.md lists them
 * all): Parley's own, and Vert.x's (HTTP server, event bus, JVM memory, GC, threads, CPU) through
 * vertx-micrometer-metrics, written out in Prometheus' text format. The parts measured know no
 * metrics library: the live path reports to {@link #live()}, the store writer is measured around
 * its executor, and the rest is read by gauges through plain suppliers, from any thread.
 */
public final class ParleyMetrics implements AutoCloseable {
    static final String CALLS_LIVE = "parley.calls.live";
    static final String STREAMS_LIVE = "parley.streams.live";
    static final String DECODE_LAG = "parley.decode.lag";
    static final String WORD_TO_SCREEN = "parley.word.to.screen";
    static final String PROMPT_TO_SCREEN = "parley.prompt.to.screen";
    static final String RECOGNIZERS = "parley.speech.recognizers";
    static final String LIVE_FEED_CLIENTS = "parley.live.feed.clients";
    static final String PBX_CONNECTED = "parley.ami.connected";
    static final String CLUSTER_NODES = "parley.cluster.nodes";
    static final String CLUSTER_QUORUM = "parley.cluster.quorum";
    static final String CLUSTER_FOLLOWS_PBX = "parley.cluster.follows.pbx";
    static final String STORE_QUEUE = "parley.store.writer.queue.depth";
    static final String STORE_WRITE = "parley.store.write";
    static final String SPEECH_AUDIO = "parley.speech.audio.seconds";
    static final String SPEECH_AUDIO_SKIPPED = "parley.speech.audio.skipped.seconds";
    static final String COACHING_DELAYED = "parley.coaching.delayed";
    static final String CALLS_AFTER = "parley.calls.deferred";

    /** Delays to the screen: the targets (1 s for a prompt, 1.5 s for a final result) fall on bucket edges. */
    private static final Duration[] SCREEN_BUCKETS = seconds(0.05, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10, 30);
    private static final Duration[] LAG_BUCKETS = seconds(0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60);
    private static final Duration[] WRITE_BUCKETS = seconds(0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30);
    /** Each Parley in a JVM (tests start several) gets a registry name of its own; see {@link #newVertx()}. */
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final String registryName = "parley-" + INSTANCES.incrementAndGet();

    /** Read by gauges; written by the reports of the parts they measure. */
    private final AtomicInteger callsLive = new AtomicInteger();
    private final AtomicInteger streamsLive = new AtomicInteger();
    private final AtomicInteger pbxConnected = new AtomicInteger();

    private final LiveMeters live;

    public ParleyMetrics() {
        Gauge.builder(CALLS_LIVE, callsLive::get).description("Calls live now").register(registry);
        Gauge.builder(STREAMS_LIVE, streamsLive::get)
                .description("Party streams (AudioSocket taps) live now; two per call with both parties").register(registry);
        // A timer, though the lag is audio time: a distribution summary puts 0.3 in the bucket of 1
        // (Micrometer rounds its values up to whole units for the buckets).
        Timer decodeLag = Timer.builder(DECODE_LAG)
                .description("How far a stream's recogniser was behind the audio the stream had received, in "
                        + "seconds of audio, each time it reported progress (every 0.1 s of audio)")
                .serviceLevelObjectives(LAG_BUCKETS).register(registry);
        Timer partialToScreen = screenTimer("partial");
        Timer finalToScreen = screenTimer("final");
        Timer promptToScreen = Timer.builder(PROMPT_TO_SCREEN)
                .description("From the moment the audio a prompt was raised at (call time 'at': the recogniser "
                        + "had decoded the words that triggered it) was received to the prompt's publication to the "
                        + "screens; prompts raised once a call had ended are not counted")
                .serviceLevelObjectives(SCREEN_BUCKETS).register(registry);
        Counter speechAudio = Counter.builder(SPEECH_AUDIO)
                .description("Seconds of party audio given to the recognisers, counted when each stream ends")
                .register(registry);
        Counter speechSkipped = Counter.builder(SPEECH_AUDIO_SKIPPED)
                .description("Of those seconds, the pauses the voice gate kept from decoding (speech.vad), counted when "
                        + "each stream ends")
                .register(registry);
        Counter coachingDelayed = Counter.builder(COACHING_DELAYED)
                .description("Times a live call's decoding fell more than speech.max_lag behind its audio (its screen "
                        + "said 'coaching delayed'), once until it caught up")
                .register(registry);
        Counter afterCall = Counter.builder(CALLS_AFTER)
                .description("Calls that arrived with calls.max_live calls transcribed live: recorded and stored as "
                        + "usual, transcribed after they ended")
                .register(registry);
        live = new LiveMeters() {
            @Override
            public void live(int calls, int streams) {
                callsLive.set(calls);
                streamsLive.set(streams);
            }

            @Override
            public void decodeLag(double seconds) {
                decodeLag.record(Math.round(Math.max(0, seconds) * 1e9), TimeUnit.NANOSECONDS);
            }

            @Override
            public void wordToScreen(boolean isFinal, long nanos) {
                (isFinal ? finalToScreen : partialToScreen).record(nanos, TimeUnit.NANOSECONDS);
            }

            @Override
            public void promptLatency(long nanos) {
                promptToScreen.record(nanos, TimeUnit.NANOSECONDS);
            }

            @Override
            public void speechAudio(double seconds, double skippedSeconds) {
                speechAudio.increment(Math.max(0, seconds));
                speechSkipped.increment(Math.max(0, skippedSeconds));
            }

            @Override
            public void coachingDelayed() {
                coachingDelayed.increment();
            }

            @Override
            public void transcribedAfterCall() {
                afterCall.increment();
            }
        };
    }

    private Timer screenTimer(String result) {
        return Timer.builder(WORD_TO_SCREEN).tag("result", result)
                .description("From the moment the audio of an utterance's last word was received to the utterance's "
                        + "publication to the screens (result: partial, or final)")
                .serviceLevelObjectives(SCREEN_BUCKETS).register(registry);
    }

    /**
     * A Vert.x whose HTTP server, event bus and pools report here, with the JVM's memory, GC,
     * threads, class loading and CPU. Requests are labelled by route (a path template such as
     * {@code /api/calls/:id}), never by path: a label per call id would grow without end.
     */
    public Vertx newVertx() {
        return vertxBuilder(new VertxOptions()).build();
    }

    /** A builder of a Vert.x measured into this registry, with {@code options} (a clustered one's event bus). */
    public io.vertx.core.VertxBuilder vertxBuilder(VertxOptions options) {
        // vertx-micrometer-metrics keeps its registries in a JVM-wide map by name: one name each.
        MicrometerMetricsOptions metrics = new MicrometerMetricsOptions().setEnabled(true).setJvmMetricsEnabled(true)
                .setRegistryName(registryName).addLabels(Label.HTTP_ROUTE);
        return Vertx.builder().with(options.setMetricsOptions(metrics)).withMetrics(new MicrometerMetricsFactory(registry));
    }

    /** Where the live path reports (calls and streams live, decode lag, delays to the screen). */
    public LiveMeters live() {
        return live;
    }

    /** The speech model's recognisers: held by streams, and kept warm in the pool. */
    public void speechRecognizers(IntSupplier inUse, IntSupplier idle) {
        String description = "Recognisers of the speech model: in_use by a party stream, or idle (warm, in the pool)";
        Gauge.builder(RECOGNIZERS, inUse::getAsInt).tag("state", "in_use").description(description).register(registry);
        Gauge.builder(RECOGNIZERS, idle::getAsInt).tag("state", "idle").description(description).register(registry);
    }

    /** Screens following the live feed (server-sent events) now. */
    public void liveFeedClients(IntSupplier open) {
        Gauge.builder(LIVE_FEED_CLIENTS, open::getAsInt).description("Live feeds (server-sent events) open now")
                .register(registry);
    }

    /**
     * The store writer: {@code queued} tells the writes waiting; the consumer returned takes each
     * write's time from being queued to being done, as the writer tells it
     * ({@code StoreWriter.measureWith}).
     */
    public LongConsumer storeWriter(IntSupplier queued) {
        Gauge.builder(STORE_QUEUE, queued::getAsInt).description("Store writes waiting for the store's single writer")
                .register(registry);
        Timer writes = Timer.builder(STORE_WRITE)
                .description("From a store write (or a read ordered behind the writes) being handed to the store's "
                        + "writer to its being done, queueing included")
                .serviceLevelObjectives(WRITE_BUCKETS).register(registry);
        return nanos -> writes.record(nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * The PBX link (AMI), as the screens are told of it: the live feed's {@code pbx-status}
     * events on {@code address}. Only for a Parley that follows a PBX.
     */
    public void followPbxLink(EventBus bus, String address) {
        Gauge.builder(PBX_CONNECTED, pbxConnected::get)
                .description("1 while Parley is connected and logged in to the PBX over AMI, else 0").register(registry);
        bus.<JsonObject>localConsumer(address, message -> {
            JsonObject event = message.body();
            if ("pbx-status".equals(event.getString("type"))) {
                pbxConnected.set("connected".equals(event.getString("status")) ? 1 : 0);
            }
        });
    }

    /**
     * This node's place in a cluster: the nodes it sees up ({@code nodes}, itself included), the
     * quorum one of them needs to follow the PBX, and whether this one follows it. Summed over
     * the nodes, the last is 1 on a healthy cluster: 0 is a cluster that follows no PBX, 2 a split.
     */
    public void cluster(IntSupplier nodes, int quorum, java.util.function.BooleanSupplier followsPbx) {
        Gauge.builder(CLUSTER_NODES, nodes::getAsInt).description("Cluster nodes this node sees up, itself included")
                .register(registry);
        Gauge.builder(CLUSTER_QUORUM, () -> quorum)
                .description("Cluster nodes that must see each other for one of them to follow the PBX").register(registry);
        Gauge.builder(CLUSTER_FOLLOWS_PBX, () -> followsPbx.getAsBoolean() ? 1 : 0)
                .description("1 while this node follows the PBX for the cluster, else 0").register(registry);
    }

    /** Every metric now, in Prometheus' text format (version 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        registry.close();
    }

    private static Duration[] seconds(double... values) {
        return Arrays.stream(values).mapToObj(s -> Duration.ofNanos(Math.round(s * 1e9))).toArray(Duration[]::new);
    }
}
