package app.parley.cluster;

import app.parley.live.LiveView;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live calls of every node, to the screens of each. The live path publishes its events on
 * {@link LiveView#EVENTS} locally, as on one node; this relays each to the other nodes
 * ({@link #RELAY}), which publish it locally again, marked so that it goes no further. A screen
 * that opens asks every node for the calls it has ({@link #SNAPSHOT} + the node's id) and keeps
 * those its session may watch: a call's visibility is decided by its agent, wherever it is
 * recognised. On the live path's context.
 */
final class LiveAcrossNodes implements LiveView {
    private static final Logger LOG = LoggerFactory.getLogger(LiveAcrossNodes.class);
    /** Where each node sends its live events for the others. */
    static final String RELAY = "parley.cluster.live";
    /** Each node answers here (+ its id) with every call live on it, as {@link LiveView#snapshot} gives them. */
    static final String SNAPSHOT = "parley.cluster.live.snapshot.";
    /** The node an event came from. */
    private static final String FROM = "parley-node";
    /** Set on an event another node sent: published here, not relayed again. */
    private static final String RELAYED = "parley-relayed";
    /** A node that has not answered by then is left out of a new screen's list (and said so in the log). */
    private static final long ASK_WITHIN_MS = 2_000;

    /** Where the follower keeps its PBX link's latest status, for nodes that join later. */
    private static final String PBX_STATUS = "pbx-status";

    private final Vertx vertx;
    private final Cluster cluster;
    /** The PBX link as the follower last reported it (null: not heard of yet). On the live context. */
    private JsonObject pbxStatus;
    private final LiveView local;
    private final String self;

    LiveAcrossNodes(Vertx vertx, Cluster cluster, LiveView local) {
        this.vertx = vertx;
        this.cluster = cluster;
        this.local = local;
        this.self = cluster.self();
    }

    Future<Void> start() {
        EventBus bus = vertx.eventBus();
        DeliveryOptions fromHere = new DeliveryOptions().addHeader(FROM, self);
        bus.<JsonObject>localConsumer(EVENTS, event -> {
            boolean pbx = PBX_STATUS.equals(event.body().getString("type"));
            if (pbx) {
                pbxStatus = event.body();
            }
            if (!event.headers().contains(RELAYED)) {
                bus.publish(RELAY, event.body(), fromHere);
                if (pbx) {
                    vertx.sharedData().<String, JsonObject>getAsyncMap(Cluster.SHARED)
                            .compose(map -> map.put(PBX_STATUS, event.body()))
                            .onFailure(e -> LOG.warn("cluster: the PBX link's status not kept for other nodes: {}",
                                    e.getMessage()));
                }
            }
        });
        Future<Void> heard = vertx.sharedData().<String, JsonObject>getAsyncMap(Cluster.SHARED)
                .compose(map -> map.get(PBX_STATUS)).map(status -> {
                    if (pbxStatus == null) {
                        pbxStatus = status;
                    }
                    return null;
                });
        MessageConsumer<JsonObject> relayed = bus.consumer(RELAY, event -> {
            String from = event.headers().get(FROM);
            if (!self.equals(from)) {
                bus.publish(EVENTS, event.body(), new DeliveryOptions().addHeader(RELAYED, String.valueOf(from))
                        .setLocalOnly(true));
            }
        });
        MessageConsumer<Object> asked = bus.consumer(SNAPSHOT + self, request -> request.reply(local.snapshot(agent -> true)));
        return Future.all(relayed.completion(), asked.completion(), heard).mapEmpty();
    }

    @Override
    public JsonArray snapshot(Predicate<String> visible) {
        return local.snapshot(visible);
    }

    @Override
    public Future<JsonArray> snapshotOfEveryNode(Predicate<String> visible) {
        List<Future<JsonArray>> answers = new ArrayList<>();
        for (String node : cluster.nodes()) {
            if (!node.equals(self)) {
                answers.add(vertx.eventBus().<JsonArray>request(SNAPSHOT + node, null,
                        new DeliveryOptions().setSendTimeout(ASK_WITHIN_MS)).map(Message::body).recover(e -> {
                            LOG.warn("cluster: node {} did not say which calls it has live ({}): a screen opened "
                                    + "without them", node, e.getMessage());
                            return Future.succeededFuture(new JsonArray());
                        }));
            }
        }
        JsonArray calls = local.snapshot(visible);
        return Future.all(answers).map(all -> {
            for (Future<JsonArray> answer : answers) {
                for (Object entry : answer.result()) {
                    JsonObject call = ((JsonObject) entry).getJsonObject("call");
                    if (call != null && visible.test(call.getString("agent"))) {
                        calls.add(entry);
                    }
                }
            }
            return calls;
        });
    }

    /** The PBX link as the follower last reported it, whichever node follows; null when none has yet. */
    JsonObject pbxStatus() {
        return pbxStatus == null ? null : pbxStatus.copy();
    }

    @Override
    public JsonObject status() {
        return local.status();
    }
}
