package app.parley.cluster;

import app.parley.call.Speaker;
import app.parley.live.CallSignals;
import app.parley.live.Tap;
import app.parley.telephony.TapRoutes;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.core.shareddata.AsyncMap;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The follower's taps spread over the nodes: each new call goes to the live node with the most
 * room ({@link TapChoice}, from the nodes' {@link TapsHere} reports), both its parties with it,
 * and stays there while that node is up, also for a follower elected later (the placements are
 * kept in the cluster map {@link #PLACED}). A call whose node is lost goes on on this node, the
 * follower, which read the lost calls from the store before it followed the PBX. The streams of
 * a lost node are told to the PBX link as ended, so it asks for their taps again. On the live
 * path's context.
 */
final class SpreadTaps implements TapRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(SpreadTaps.class);
    static final String PLACED = "parley.taps.placed";
    /** A placement outlives any call: a follower that died may leave some behind. */
    private static final long PLACED_TTL_MS = Duration.ofHours(12).toMillis();
    private static final DeliveryOptions ASK = new DeliveryOptions().setSendTimeout(3_000);

    private final Vertx vertx;
    private final Members members;
    private final TapChoice choice;
    private final Clock clock;
    private final Map<String, TapChoice.Report> reports = new HashMap<>();
    /** The calls up and their node: those this follower placed, and those an earlier one did. */
    private final Map<String, String> placed = new HashMap<>();
    /** The streams asked for on each node, told as ended when their node is lost. */
    private final Map<UUID, String> streams = new HashMap<>();
    private CallSignals.StreamListener listener;
    private AsyncMap<String, String> placedMap;
    private Context context;
    private io.vertx.core.eventbus.MessageConsumer<JsonObject> loads;
    private io.vertx.core.eventbus.MessageConsumer<JsonObject> streamEvents;
    private boolean stopped;

    SpreadTaps(Vertx vertx, Members members, TapChoice choice, Clock clock) {
        this.vertx = vertx;
        this.members = members;
        this.choice = choice;
        this.clock = clock;
    }

    Future<SpreadTaps> start() {
        context = vertx.getOrCreateContext();
        loads = vertx.eventBus().<JsonObject>consumer(TapsHere.LOAD, message -> heard(message.body()));
        members.whenLost(node -> context.runOnContext(v -> {
            if (!stopped) {
                lost(node);
            }
        }));
        Future<Void> reported = vertx.sharedData().<String, JsonObject>getAsyncMap(TapsHere.REPORTS)
                .compose(AsyncMap::entries).map(all -> {
                    all.values().forEach(report -> reports.putIfAbsent(report.getString("node"), reportOf(report)));
                    return null;
                });
        Future<Void> known = vertx.sharedData().<String, String>getAsyncMap(PLACED).compose(map -> {
            placedMap = map;
            return map.entries();
        }).map(all -> {
            all.forEach(placed::putIfAbsent);
            return null;
        });
        return Future.all(reported, known).map(this);
    }

    private void heard(JsonObject report) {
        reports.put(report.getString("node"), reportOf(report));
    }

    private TapChoice.Report reportOf(JsonObject report) {
        return new TapChoice.Report(report.getString("host"), report.getInteger("port"), report.getInteger("streams"),
                report.getInteger("capacity"), clock.instant());
    }

    @Override
    public Future<TapNode> nodeOf(String callId) {
        try {
            return nodeFor(callId);
        } catch (RuntimeException e) {
            // This node's cluster member is gone: it is stopping, and follows the PBX no longer.
            return Future.failedFuture(e);
        }
    }

    private Future<TapNode> nodeFor(String callId) {
        List<String> up = members.up();
        String node = placed.get(callId);
        if (node != null && !up.contains(node)) {
            LOG.info("call {}: its node {} is gone; its taps come to this node, the follower", callId, node);
            node = members.self();
            place(callId, node);
        } else if (node == null) {
            Map<String, Integer> counts = placed.values().stream()
                    .collect(Collectors.toMap(Function.identity(), n -> 1, Integer::sum));
            node = choice.choose(up, reports, counts, clock.instant()).orElse(null);
            if (node == null) {
                return Future.failedFuture("no node has said where the PBX reaches its AudioSocket");
            }
            LOG.info("call {}: taps to node {} ({})", callId, node, reports.get(node).host() + ":" + reports.get(node).port());
            place(callId, node);
        }
        TapChoice.Report report = reports.get(node);
        if (report == null) {
            return Future.failedFuture("node " + node + " has not said where the PBX reaches its AudioSocket");
        }
        return Future.succeededFuture(new Remote(node, report.host(), report.port()));
    }

    private void place(String callId, String node) {
        placed.put(callId, node);
        placedMap.put(callId, node, PLACED_TTL_MS)
                .onFailure(e -> LOG.warn("call {}: its node is not kept for the next follower ({})", callId, e.getMessage()));
    }

    @Override
    public void callHungUp(String callId) {
        String node = placed.remove(callId);
        if (node != null) {
            tell(node, new JsonObject().put("call", callId), "hung-up");
        }
        try {
            placedMap.remove(callId);
        } catch (RuntimeException e) {
            LOG.debug("call {}: its placement not removed ({})", callId, e.toString());
        }
    }

    private <T> Future<io.vertx.core.eventbus.Message<T>> ask(String node, JsonObject body, String action) {
        try {
            return vertx.eventBus().request(TapsHere.NODE + node, body, action(action));
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    /** A message that needs no answer; never throws (a stopping node's bus can). */
    private void tell(String node, JsonObject body, String action) {
        try {
            vertx.eventBus().send(TapsHere.NODE + node, body, action(action));
        } catch (RuntimeException e) {
            LOG.debug("node {} not told {} ({})", node, action, e.toString());
        }
    }

    @Override
    public void followStreams(CallSignals.StreamListener listener) {
        this.listener = listener;
        streamEvents = vertx.eventBus().<JsonObject>consumer(TapsHere.STREAMS, message -> {
            JsonObject event = message.body();
            UUID stream = UUID.fromString(event.getString("stream"));
            if (event.getBoolean("opened")) {
                listener.opened(stream);
            } else {
                streams.remove(stream);
                listener.ended(stream, event.getString("reason"), event.getDouble("audio_s"));
            }
        });
    }

    /**
     * This follower's session is over (the node paused below the quorum): it hears no more loads
     * or streams; the placements stay in the cluster map for the next follower. On its context.
     */
    void stop() {
        stopped = true;
        listener = null;
        if (loads != null) {
            loads.unregister();
        }
        if (streamEvents != null) {
            streamEvents.unregister();
        }
    }

    private void lost(String node) {
        List<UUID> gone = streams.entrySet().stream().filter(e -> e.getValue().equals(node)).map(Map.Entry::getKey)
                .toList();
        gone.forEach(streams::remove);
        reports.remove(node);
        if (listener != null) {
            // Its streams can no longer say that they ended.
            gone.forEach(stream -> listener.ended(stream, "its node " + node + " was lost", 1));
        }
    }

    @Override
    public String toString() {
        return "the node with the most room, of " + members.up().size() + " up";
    }

    private static DeliveryOptions action(String action) {
        return new DeliveryOptions(ASK).addHeader(TapsHere.ACTION, action);
    }

    /** A node's live calls, reached over the event bus. */
    private final class Remote implements TapNode {
        private final String node;
        private final String host;
        private final int port;

        Remote(String node, String host, int port) {
            this.node = node;
            this.host = host;
            this.port = port;
        }

        @Override
        public String host() {
            return host;
        }

        @Override
        public int port() {
            return port;
        }

        @Override
        public void callAnswered(String callId, String callerNumber, String agent) {
            tell(node, new JsonObject().put("call", callId).put("caller_number", callerNumber).put("agent", agent),
                    "answered");
        }

        @Override
        public Future<Streaming> openStream(String callId, Speaker speaker) {
            return SpreadTaps.this.<JsonObject>ask(node, new JsonObject().put("call", callId)
                    .put("speaker", speaker.name()), "has-open").map(reply -> {
                        String stream = reply.body().getString("stream");
                        UUID id = stream == null ? null : UUID.fromString(stream);
                        if (id != null) {
                            streams.put(id, node);
                        }
                        return new Streaming(reply.body().getBoolean("open"), id);
                    });
        }

        @Override
        public Future<Void> register(UUID stream, Tap tap) {
            streams.put(stream, node);
            return ask(node, new JsonObject().put("stream", stream.toString()).put("call", tap.callId())
                    .put("speaker", tap.speaker().name()).put("caller_number", tap.callerNumber())
                    .put("agent", tap.agent()), "register").mapEmpty();
        }

        @Override
        public void forget(UUID stream) {
            streams.remove(stream);
            tell(node, new JsonObject().put("stream", stream.toString()), "forget");
        }
    }
}
