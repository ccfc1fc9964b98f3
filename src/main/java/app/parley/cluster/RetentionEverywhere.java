package app.parley.cluster;

import app.parley.call.Speaker;
import app.parley.store.Recordings;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retention reaches every node's disk: the ids of the calls one node's retention run deleted from
 * the store are published to every other node ({@link #DELETED}), and each deletes its own
 * recordings of those calls, through {@link Recordings} as the node that ran retention did. Without
 * a shared recordings folder, a call's files can be on any node it ran on (a call that went on
 * after its node was lost has some on each).
 * <p>
 * A node that is down or joining when the ids are published never hears them; its
 * {@code store.RecordingsSweep} finds those folders at its next start or retention run. The
 * message comes only from other nodes (nothing bridges the event bus to browsers); its ids are
 * checked all the same, and a message with one id that is not a call id, or that would lead
 * outside the recordings folder, is refused whole, nothing deleted.
 */
final class RetentionEverywhere {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionEverywhere.class);
    /** Where the ids of deleted calls are published: {@code {"calls": [id, ...]}}. */
    static final String DELETED = "parley.cluster.retention.deleted";
    /** The most ids one message carries (retention deletes 500 calls a batch). */
    static final int MOST_IDS = 10_000;
    private static final String FROM = "parley-node";

    private final Vertx vertx;
    private final String self;
    /** Where this node keeps calls' audio: the recordings, and what a stop left to transcribe. */
    private final List<Recordings> local;

    RetentionEverywhere(Vertx vertx, String self, List<Recordings> local) {
        this.vertx = vertx;
        this.self = self;
        this.local = List.copyOf(local);
    }

    Future<Void> start() {
        MessageConsumer<Object> consumer = vertx.eventBus().consumer(DELETED, this::delete);
        return consumer.completion();
    }

    /** Tells every other node that these calls were deleted from the store; on any thread. */
    void tell(List<String> callIds) {
        for (int from = 0; from < callIds.size(); from += MOST_IDS) {
            List<String> some = callIds.subList(from, Math.min(callIds.size(), from + MOST_IDS));
            vertx.eventBus().publish(DELETED, new JsonObject().put("calls", new JsonArray(new ArrayList<>(some))),
                    new DeliveryOptions().addHeader(FROM, self));
        }
    }

    /** Deletes this node's recordings of the calls named, all of them or, when one is not a call's, none. */
    private void delete(Message<Object> message) {
        String from = message.headers().get(FROM);
        if (self.equals(from)) {
            message.reply(0); // this node's own run deleted its files already
            return;
        }
        String node = from == null ? "an unnamed node" : "node " + from;
        String refused = refusal(message.body());
        if (refused != null) {
            LOG.warn("retention: refused {}'s deleted calls, nothing deleted here: {}", node, refused);
            message.fail(400, refused);
            return;
        }
        List<String> ids = ((JsonObject) message.body()).getJsonArray("calls").stream().map(String.class::cast).toList();
        vertx.executeBlocking(() -> {
            List<String> had = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            for (String id : ids) {
                boolean found = false;
                boolean failure = false;
                for (Recordings folder : local) {
                    try {
                        found |= folder.delete(id);
                    } catch (RuntimeException e) {
                        failure = true;
                    }
                }
                if (failure) {
                    failed.add(id);
                } else if (found) {
                    had.add(id);
                }
            }
            LOG.info("retention: {} deleted {} call(s) from the store; their recordings here deleted for {} "
                    + "[{}]{}", node, ids.size(), had.size(), some(had),
                    failed.isEmpty() ? "" : ", not deleted for " + failed.size() + " (the sweep tries again) ["
                            + some(failed) + "]");
            return had.size();
        }, false).onSuccess(message::reply)
                .onFailure(e -> message.fail(500, "deleting the recordings failed: " + e.getMessage()));
    }

    /** Why a message is refused (its values not repeated: they may be anything), or null. */
    private String refusal(Object body) {
        Object calls = body instanceof JsonObject object ? object.getValue("calls") : null;
        if (!(calls instanceof JsonArray ids) || ids.isEmpty() || ids.size() > MOST_IDS) {
            return "not a list of 1 to " + MOST_IDS + " call ids";
        }
        for (int i = 0; i < ids.size(); i++) {
            Object id = ids.getValue(i);
            if (!CallIds.valid(id)) {
                return "entry " + i + " is not a call id";
            }
            for (Recordings folder : local) {
                if (!folder.file((String) id, Speaker.AGENT).normalize().startsWith(folder.dir())) {
                    return "entry " + i + " leads outside the recordings folder";
                }
            }
        }
        return null;
    }

    private static String some(List<String> ids) {
        return ids.size() <= 20 ? String.join(", ", ids) : ids.get(0) + " ... " + ids.get(ids.size() - 1);
    }
}
