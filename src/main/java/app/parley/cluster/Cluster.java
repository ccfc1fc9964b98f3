package app.parley.cluster;

import app.parley.config.ParleyConfig;
import app.parley.ledger.LedgerService;
import app.parley.live.LiveView;
import app.parley.rulesets.RulesConsole;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's place among the Parley nodes of one floor: the clustered Vert.x it runs on, and
 * what makes the nodes one floor to the people using it (the live calls of every node on every
 * screen, caches that follow the others' imports and publishes, one PBX follower). The methods
 * after {@link #join} are called on the live path's context; none blocks.
 */
public final class Cluster {
    private static final Logger LOG = LoggerFactory.getLogger(Cluster.class);
    /** Cluster-wide settings every node reads the same (the CSRF signing key). */
    static final String SHARED = "parley.cluster";
    private static final String CSRF_SECRET = "csrf-secret";
    /** The Hazelcast member attribute in which vertx-hazelcast keeps the member's Vert.x node id. */
    private static final String VERTX_NODE_ID = "__vertx.nodeId";

    private final Vertx vertx;
    private final HazelcastClusterManager manager;
    /** How many nodes must see each other for one to follow the PBX ({@link ParleyConfig.Cluster#followerQuorum}). */
    private final int quorum;
    private PbxFollower follower;
    /** The taps of this node's spell of following the PBX, if it has followed. */
    private SpreadTaps spreading;
    private LiveAcrossNodes live;
    /** Done once this node holds the follower's lock, before it follows the PBX (see {@link LostCalls#recall}). */
    private java.util.function.Supplier<Future<Void>> beforeFollowing = Future::succeededFuture;
    /** Told the id of each node that leaves or is lost, on a Hazelcast thread. */
    private final List<java.util.function.Consumer<String>> nodeLost = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Cluster(Vertx vertx, HazelcastClusterManager manager, int quorum) {
        this.vertx = vertx;
        this.manager = manager;
        this.quorum = quorum;
    }

    /**
     * Joins the cluster the {@code config}'s members form (alone, when none of them is up yet)
     * on a Vert.x built by {@code builder} from the options given, the event bus on
     * {@code config.host} and {@code config.bus_port}. Blocks up to a minute: call it from main.
     */
    public static Cluster join(ParleyConfig.Cluster config, Function<VertxOptions, io.vertx.core.VertxBuilder> builder)
            throws IOException, InterruptedException {
        // Read by Hazelcast before its configuration: its first lines go to SLF4J too.
        if (System.getProperty("hazelcast.logging.type") == null) {
            System.setProperty("hazelcast.logging.type", "slf4j");
        }
        HazelcastClusterManager manager = new HazelcastClusterManager(HazelcastSettings.of(config));
        VertxOptions options = new VertxOptions().setEventBusOptions(new EventBusOptions().setHost(config.host())
                .setPort(config.busPort()));
        try {
            Vertx vertx = builder.apply(options).withClusterManager(manager).buildClustered()
                    .toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
            Cluster cluster = new Cluster(vertx, manager, config.followerQuorum());
            manager.getHazelcastInstance().getCluster().addMembershipListener(new com.hazelcast.cluster.MembershipListener() {
                @Override
                public void memberAdded(com.hazelcast.cluster.MembershipEvent event) {
                    LOG.info("cluster: node {} joined ({} node(s) up)", event.getMember().getAddress(),
                            event.getMembers().size());
                }

                @Override
                public void memberRemoved(com.hazelcast.cluster.MembershipEvent event) {
                    LOG.warn("cluster: node {} left or was lost ({} node(s) up)", event.getMember().getAddress(),
                            event.getMembers().size());
                    // Vert.x's node id is a member attribute of its own (not the member's UUID).
                    String node = event.getMember().getAttribute(VERTX_NODE_ID);
                    if (node != null) {
                        cluster.nodeLost.forEach(listener -> listener.accept(node));
                    }
                }
            });
            LOG.info("cluster: node {} joined at {}:{} ({} node(s) up; members looked for: {}; quorum to follow the "
                    + "PBX: {})", cluster.self(), config.host(), config.port(), cluster.nodes().size(),
                    String.join(", ", config.members()), config.followerQuorum());
            return cluster;
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IOException("cannot join the cluster at " + config.host() + ":" + config.port() + ": "
                    + cause.getMessage(), cause);
        }
    }

    public Vertx vertx() {
        return vertx;
    }

    /** This node's id in the cluster. */
    public String self() {
        return manager.getNodeId();
    }

    /** The ids of the nodes up now, this one's included. */
    List<String> nodes() {
        return manager.getNodes();
    }

    /** How many nodes this node sees up now, itself included (0 once it has left). */
    public int nodesUp() {
        try {
            return nodes().size();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** How many nodes must see each other for one of them to follow the PBX. */
    public int quorum() {
        return quorum;
    }

    /** The key every node signs CSRF tokens with: the first node to ask makes it, the rest read it. */
    public Future<String> csrfSecret() {
        return vertx.sharedData().<String, String>getAsyncMap(SHARED).compose(map ->
                map.putIfAbsent(CSRF_SECRET, app.parley.web.Access.newSecret()).compose(had -> had != null
                        ? Future.succeededFuture(had) : map.get(CSRF_SECRET)));
    }

    /**
     * The screens' view of the live calls of every node, {@code local} being this node's: this
     * node's live events are sent to the others and theirs published here, on
     * {@link LiveView#EVENTS}, and this node answers the others' requests for its calls.
     */
    public Future<LiveView> liveEverywhere(LiveView local) {
        LiveAcrossNodes view = new LiveAcrossNodes(vertx, this, local);
        live = view;
        return view.start().map(view);
    }

    /**
     * A node lost mid-call: its calls, found in {@code store} by the node recorded with each
     * stream, are marked interrupted (through {@code writer}), and those whose taps then land here
     * go on in {@code live} as second segments of the same records. Called on the live path's
     * context, before {@link #followPbxWhenElected}.
     */
    public Future<Void> continueLostCalls(app.parley.live.LiveCalls live, app.parley.store.CallStore store,
            java.util.concurrent.Executor writer) {
        LostCalls lost = new LostCalls(vertx, this, store, writer);
        live.continueCallsFrom(lost);
        beforeFollowing = lost::recall;
        return lost.start();
    }

    /** {@code listener} is told the id of each node that leaves or is lost, on a Hazelcast thread. */
    void whenNodeLost(java.util.function.Consumer<String> listener) {
        nodeLost.add(listener);
    }

    /**
     * This node carries the taps the follower places on it: the PBX reaches its AudioSocket at
     * {@code host}:{@code port}, it has room for {@code capacity} calls (0: no limit), and what
     * the follower says of those calls goes to {@code live} and {@code directory}. Called on the
     * live path's context, on every node, before {@link #followPbxWhenElected}.
     */
    public Future<Void> carryTaps(app.parley.live.CallSignals live, app.parley.live.TapDirectory directory,
            String host, int port, int capacity) {
        return new TapsHere(vertx, self(), live, directory, host, port, capacity).start();
    }

    /**
     * The follower's taps, spread over the nodes by load (see {@link SpreadTaps}), for one spell
     * of following: the previous spell's (before a pause below the quorum) hears nothing more. On
     * the live path's context.
     */
    public Future<app.parley.telephony.TapRoutes> spreadTaps() {
        endSpreading();
        spreading = new SpreadTaps(vertx, members(), new TapChoice(java.time.Duration.ofMillis(3 * TapsHere.REPORT_MS)),
                java.time.Clock.systemUTC());
        return spreading.start().map(routes -> routes);
    }

    /**
     * The recordings on other nodes' disks, for a replay that does not find a recording in
     * {@code local}; this node answers the others for those in {@code local} (see
     * {@link RecordingsFromNodes}). On the live path's context.
     */
    public Future<app.parley.store.RecordingsElsewhere> recordingsOfEveryNode(app.parley.store.Recordings local) {
        RecordingsFromNodes recordings = new RecordingsFromNodes(vertx, members(), local);
        return recordings.start().<app.parley.store.RecordingsElsewhere>map(recordings);
    }

    /**
     * Retention on every node: returns what this node's retention tells the ids of each batch of
     * calls it deleted (any thread), which every other node then deletes from its own disk; and
     * this node deletes from each of {@code local} (the recordings, what a stop left to
     * transcribe) the calls the others' retention deleted (see {@link RetentionEverywhere}). On
     * the live path's context.
     */
    public Future<java.util.function.Consumer<List<String>>> retentionOnEveryNode(
            List<app.parley.store.Recordings> local) {
        RetentionEverywhere retention = new RetentionEverywhere(vertx, self(), local);
        return retention.start().map(started -> retention::tell);
    }

    private Members members() {
        return new Members() {
            @Override
            public String self() {
                return Cluster.this.self();
            }

            @Override
            public List<String> up() {
                return nodes();
            }

            @Override
            public void whenLost(java.util.function.Consumer<String> listener) {
                whenNodeLost(listener);
            }
        };
    }

    /** An import or a rules change on one node reaches the caches and the live calls of the others at once. */
    public Future<Void> keepCachesRight(LedgerService ledger, RulesConsole rules) {
        return new SharedCaches(vertx, self(), ledger, rules).start();
    }

    /**
     * Runs {@code follow} (start following the PBX) once this node holds the cluster-wide
     * follower's lock and sees a quorum of the nodes: on the first node once enough are up, later
     * on another node when the follower's node leaves or dies. {@code pause} stops following while
     * the follower sees fewer nodes than the quorum (a network split), and {@code follow} runs
     * again once enough are back (see {@link PbxFollower}). Both on the calling context. A
     * {@code follow} that fails (the node could not start following) pauses, and the lock goes
     * back to the cluster for another node, or this one a try later.
     */
    public void followPbxWhenElected(java.util.function.Supplier<Future<?>> follow, Runnable pause) {
        follower = new PbxFollower(vertx, this::quorate, () -> beforeFollowing.get().transform(ready ->
                follower.elected() ? follow.get() : Future.succeededFuture()), () -> {
            pause.run();
            endSpreading();
        });
        io.vertx.core.Context context = vertx.getOrCreateContext();
        manager.getHazelcastInstance().getLifecycleService().addLifecycleListener(event -> {
            // Merging starts by clearing this side's locks, and the members seen may reach the quorum before
            // MERGED: the lock is let go as the merge begins.
            if (event.getState() == com.hazelcast.core.LifecycleEvent.LifecycleState.MERGING) {
                context.runOnContext(v -> follower.merging());
            }
        });
        follower.start();
    }

    /** This spell's taps hear no more; the next spell reads the placements again from the cluster map. */
    private void endSpreading() {
        if (spreading != null) {
            spreading.stop();
            spreading = null;
        }
    }

    /** Whether this node sees at least the quorum of nodes (Hazelcast's own count, as its lock map checks). */
    private boolean quorate() {
        if (quorum <= 1) {
            return true;
        }
        try {
            return manager.getHazelcastInstance().getSplitBrainProtectionService()
                    .getSplitBrainProtection(HazelcastSettings.FOLLOWER_QUORUM).hasMinimumSize();
        } catch (RuntimeException e) {
            return false; // the member is stopping
        }
    }

    /**
     * The PBX link as the follower node last reported it, for a node that does not follow the PBX
     * (its screens and health check); null before any report.
     */
    public io.vertx.core.json.JsonObject followersPbxStatus() {
        return live == null ? null : live.pbxStatus();
    }

    /** Whether this node follows the PBX for the cluster now. */
    public boolean followsPbx() {
        return follower != null && follower.elected();
    }

    /**
     * This node as the health check shows it: its id, the nodes up (as this node sees them), the
     * quorum one of them needs to follow the PBX and whether it is met, whether this one follows.
     */
    public io.vertx.core.json.JsonObject status() {
        return new io.vertx.core.json.JsonObject().put("node", self()).put("nodes", nodes().size())
                .put("quorum", quorum).put("quorate", quorate()).put("follows_pbx", followsPbx());
    }

    /** Stops asking for the follower's lock; leaving the cluster (closing Vert.x) frees it. */
    public void stopFollowing() {
        if (follower != null) {
            follower.stop();
        }
    }
}
