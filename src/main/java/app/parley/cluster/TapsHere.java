package app.parley.cluster;

import app.parley.call.Speaker;
import app.parley.live.CallSignals;
import app.parley.live.Tap;
import app.parley.live.TapDirectory;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * This node as a carrier of the follower's taps: it takes, at {@link #NODE} + its id, what the
 * follower says of the calls placed here (answered, hung up, a stream to accept or forget, is a
 * party's stream open), tells the follower when a stream opens or ends here ({@link #STREAMS}),
 * and reports where the PBX reaches its AudioSocket and how many streams it carries
 * ({@link #LOAD}, and in the map {@link #REPORTS} for a follower elected later): at once, on
 * every change, and every {@link #REPORT_MS}. On the live path's context.
 */
final class TapsHere implements CallSignals.StreamListener {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TapsHere.class);
    static final String NODE = "parley.taps.node.";
    static final String STREAMS = "parley.taps.streams";
    static final String LOAD = "parley.taps.load";
    static final String REPORTS = "parley.taps.reports";
    static final String ACTION = "action";
    static final long REPORT_MS = 5_000;
    /** A report of a node that stopped reporting leaves the map by itself. */
    private static final long REPORT_TTL_MS = 60_000;

    private final Vertx vertx;
    private final String self;
    private final CallSignals live;
    private final TapDirectory directory;
    private final String host;
    private final int port;
    private final int capacity;
    private final Set<UUID> open = new HashSet<>();
    /** The streams the follower registered here, with their call and party, until they end. */
    private final Map<UUID, Tap> carried = new HashMap<>();

    TapsHere(Vertx vertx, String self, CallSignals live, TapDirectory directory, String host, int port, int capacity) {
        this.vertx = vertx;
        this.self = self;
        this.live = live;
        this.directory = directory;
        this.host = host;
        this.port = port;
        this.capacity = capacity;
    }

    Future<Void> start() {
        live.followStreams(this);
        vertx.eventBus().<JsonObject>consumer(NODE + self, this::said);
        vertx.setPeriodic(REPORT_MS, t -> report());
        return report();
    }

    private void said(Message<JsonObject> message) {
        JsonObject body = message.body();
        String callId = body.getString("call");
        switch (message.headers().get(ACTION)) {
            case "answered" -> live.callAnswered(callId, body.getString("caller_number"), body.getString("agent"));
            case "hung-up" -> live.callHungUp(callId);
            case "has-open" -> {
                Speaker speaker = Speaker.valueOf(body.getString("speaker"));
                JsonObject answer = new JsonObject().put("open", live.hasOpenStream(callId, speaker));
                carried.entrySet().stream().filter(e -> open.contains(e.getKey()) && e.getValue().callId().equals(callId)
                        && e.getValue().speaker() == speaker).findFirst()
                        .ifPresent(e -> answer.put("stream", e.getKey().toString()));
                message.reply(answer);
            }
            case "register" -> {
                UUID stream = UUID.fromString(body.getString("stream"));
                Tap tap = new Tap(callId, Speaker.valueOf(body.getString("speaker")), body.getString("caller_number"),
                        body.getString("agent"));
                directory.register(stream, tap);
                carried.put(stream, tap);
                message.reply("registered");
            }
            case "forget" -> {
                UUID stream = UUID.fromString(body.getString("stream"));
                directory.forget(stream);
                carried.remove(stream);
            }
            default -> message.fail(400, "unknown action " + message.headers().get(ACTION));
        }
    }

    @Override
    public void opened(UUID streamId) {
        open.add(streamId);
        tell(new JsonObject().put("node", self).put("stream", streamId.toString()).put("opened", true));
    }

    @Override
    public void ended(UUID streamId, String reason, double audioSeconds) {
        open.remove(streamId);
        carried.remove(streamId);
        tell(new JsonObject().put("node", self).put("stream", streamId.toString()).put("opened", false)
                .put("reason", reason).put("audio_s", audioSeconds));
    }

    /**
     * Never throws: the live calls call this as their streams end, also while this node stops
     * after its cluster member is gone, and that must not stop their last words being kept.
     */
    private void tell(JsonObject streamEvent) {
        try {
            vertx.eventBus().publish(STREAMS, streamEvent);
        } catch (RuntimeException e) {
            LOG.debug("cluster: stream event not sent ({})", e.toString());
        }
        report();
    }

    private Future<Void> report() {
        JsonObject load = new JsonObject().put("node", self).put("host", host).put("port", port)
                .put("streams", open.size()).put("capacity", capacity);
        try {
            vertx.eventBus().publish(LOAD, load, new DeliveryOptions());
            return vertx.sharedData().<String, JsonObject>getAsyncMap(REPORTS)
                    .compose(map -> map.put(self, load, REPORT_TTL_MS));
        } catch (RuntimeException e) {
            // The cluster member is gone (this node is stopping): nobody is left to tell.
            return Future.failedFuture(e);
        }
    }
}
