package app.parley.cluster;

import app.parley.live.Continuation;
import app.parley.live.Continuations;
import app.parley.store.CallStore;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calls live on the other nodes, as their relayed live events tell them ({@link LiveAcrossNodes#RELAY}):
 * when a node is lost, its calls are marked interrupted in the store where the last words it had
 * stored end (by one node: the first of those left, in the order of their ids), and when the
 * PBX's next taps for one of them land here, the call goes on here as a {@link Continuation}. On
 * the live path's context; the store is written through its one ordered writer.
 */
final class LostCalls implements Continuations {
    private static final Logger LOG = LoggerFactory.getLogger(LostCalls.class);
    /** A lost call nobody continued within this is forgotten (the PBX has long hung it up). */
    private static final Duration KEEP_LOST = Duration.ofHours(1);

    /** A call live on another node: where, since when, how many prompts, which streams carried words. */
    private static final class Elsewhere {
        String node;
        final Instant startedAt;
        int prompts;
        final Set<String> streams = new LinkedHashSet<>();
        /** When its node was lost (null: its node is up). */
        Instant lostAt;

        Elsewhere(String node, Instant startedAt) {
            this.node = node;
            this.startedAt = startedAt;
        }
    }

    private final Vertx vertx;
    private final Cluster cluster;
    private final CallStore store;
    private final Executor writer;
    private final Map<String, Elsewhere> calls = new HashMap<>();
    private Context context;

    LostCalls(Vertx vertx, Cluster cluster, CallStore store, Executor writer) {
        this.vertx = vertx;
        this.cluster = cluster;
        this.store = store;
        this.writer = writer;
    }

    /** Called on the live path's context. */
    Future<Void> start() {
        context = vertx.getOrCreateContext();
        MessageConsumer<JsonObject> relayed = vertx.eventBus().consumer(LiveAcrossNodes.RELAY, event -> {
            String from = event.headers().get(LiveAcrossNodes.FROM);
            if (from != null && !from.equals(cluster.self())) {
                heard(from, event.body());
            }
        });
        cluster.whenNodeLost(node -> context.runOnContext(v -> lost(node)));
        return relayed.completion();
    }

    private void heard(String node, JsonObject event) {
        String callId = event.getString("call_id");
        String type = event.getString("type");
        if (callId == null || type == null) {
            return;
        }
        Elsewhere call = calls.get(callId);
        switch (type) {
            case "call-started" -> {
                JsonObject summary = event.getJsonObject("call", new JsonObject());
                Instant startedAt = Instant.parse(summary.getString("started_at"));
                Elsewhere now = new Elsewhere(node, startedAt);
                if (call != null) {
                    // The same call, gone on on another node: what was known of it still counts.
                    now.prompts = call.prompts;
                }
                calls.put(callId, now);
            }
            case "utterance" -> {
                if (call != null && event.getString("stream") != null) {
                    call.streams.add(event.getString("stream"));
                }
            }
            case "prompt" -> {
                if (call != null) {
                    call.prompts = Math.max(call.prompts, event.getInteger("index", -1) + 1);
                }
            }
            case "call-ended" -> {
                // A node taken for lost may still say its calls ended as it goes (its event bus
                // outlives its membership): the PBX says whether the call goes on, not that node.
                if (call != null && call.node.equals(node) && call.lostAt == null) {
                    calls.remove(callId);
                }
            }
            default -> {
            }
        }
    }

    /** {@code node} left or was lost: its calls are interrupted (marked in the store by one node). */
    private void lost(String node) {
        Instant now = Instant.now();
        List<String> up = cluster.nodes().stream().sorted().toList();
        boolean marks = !up.isEmpty() && up.get(0).equals(cluster.self());
        for (Iterator<Map.Entry<String, Elsewhere>> it = calls.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Elsewhere> entry = it.next();
            Elsewhere call = entry.getValue();
            if (call.lostAt != null && call.lostAt.plus(KEEP_LOST).isBefore(now)) {
                it.remove();
            } else if (call.node.equals(node) && call.lostAt == null) {
                call.lostAt = now;
                String callId = entry.getKey();
                LOG.warn("call {} was live on node {}, which is gone: interrupted, it goes on where the PBX's next taps "
                        + "land", callId, node);
                if (marks) {
                    Set<String> streams = Set.copyOf(call.streams);
                    writer.execute(() -> {
                        Double at = store.markInterrupted(callId, streams);
                        if (at != null) {
                            LOG.info("call {} marked interrupted at {}s, where its last stored words end", callId, at);
                        }
                    });
                }
            }
        }
    }

    /**
     * A call another node carried starts here: the PBX asks for its taps again because that node is
     * gone, even when this node has not heard so yet (the new follower may take the lock before
     * its own view of the members has changed).
     */
    @Override
    public Continuation take(String callId) {
        Elsewhere call = calls.remove(callId);
        if (call == null) {
            return null;
        }
        return new Continuation(call.startedAt, call.prompts);
    }
}
