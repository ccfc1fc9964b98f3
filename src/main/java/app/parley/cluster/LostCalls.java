package app.parley.cluster;

import app.parley.live.Continuation;
import app.parley.live.Continuations;
import app.parley.store.CallStore;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node lost mid-call, found from the store, which records the node that carries each party
 * stream (nothing another node said is needed, so nothing missed can hide a call). When
 * Hazelcast says a node is gone, one node (the first of those left, in the order of their ids)
 * marks that node's calls interrupted where the last words it stored end. Before this node
 * follows the PBX, and after each loss, it reads which calls other nodes carried; when the PBX's
 * taps for one of them then land here, the call goes on here as a {@link Continuation}. On the
 * live path's context; the store is written through its one ordered writer, read on a worker.
 */
final class LostCalls implements Continuations {
    private static final Logger LOG = LoggerFactory.getLogger(LostCalls.class);
    /** A call started longer ago than this is not looked for (the PBX has long hung it up). */
    private static final Duration KEEP_LOST = Duration.ofHours(2);

    private final Vertx vertx;
    private final Cluster cluster;
    private final CallStore store;
    private final Executor writer;
    /** The calls other nodes carried, as last read from the store. */
    private final Map<String, Continuation> elsewhere = new HashMap<>();
    /** Calls that went on here, with their start: a read begun before they did still lists them. */
    private final Map<String, Instant> continued = new HashMap<>();
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
        cluster.whenNodeLost(node -> context.runOnContext(v -> lost(node)));
        return Future.succeededFuture();
    }

    /**
     * Reads from the store which calls other nodes carried (those of the last {@link #KEEP_LOST}):
     * done before this node follows the PBX, so that the calls its resync finds up are known
     * whether or not this node has heard yet that their node is gone.
     */
    Future<Void> recall() {
        Instant since = Instant.now().minus(KEEP_LOST);
        String self = cluster.self();
        return context.executeBlocking(() -> store.carriedElsewhere(self, since), false).onSuccess(calls -> {
            continued.values().removeIf(startedAt -> startedAt.isBefore(since));
            elsewhere.clear();
            for (CallStore.CarriedElsewhere call : calls) {
                if (!continued.containsKey(call.callId())) {
                    elsewhere.put(call.callId(), new Continuation(call.startedAt(), call.prompts()));
                }
            }
        }).onFailure(e -> LOG.error("cluster: cannot read which calls the other nodes carried ({}): a call of a lost "
                + "node that goes on here starts a new clock", e.getMessage())).mapEmpty();
    }

    /** {@code node} left or was lost: its calls are interrupted (marked in the store by one node). */
    private void lost(String node) {
        List<String> up = cluster.nodes().stream().sorted().toList();
        if (!up.isEmpty() && up.get(0).equals(cluster.self())) {
            writer.execute(() -> {
                Map<String, Double> marked = store.interruptCallsOf(node);
                marked.forEach((callId, at) -> LOG.warn("call {} was live on node {}, which is gone: marked interrupted "
                        + "at {}s, where its last stored words end; it goes on where the PBX's next taps land", callId,
                        node, at));
            });
        }
        recall();
    }

    /**
     * A call starts here that another node carried: the PBX asks for its taps again because that
     * node is gone. Null: a call new here.
     */
    @Override
    public Continuation take(String callId) {
        Continuation call = elsewhere.remove(callId);
        if (call != null) {
            continued.put(callId, call.startedAt());
        }
        return call;
    }
}
