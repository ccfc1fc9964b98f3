package app.parley.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.config.ParleyConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With three members listed, a node follows the PBX only while it sees two (the default quorum,
 * a majority): a lone node, the first up or the one left after its peers died or were cut off,
 * follows nothing, so the two sides of a network split never both follow. Nodes of one cluster in
 * this JVM, each its own clustered Vert.x on a real Hazelcast member on 127.0.0.1; "following" is
 * counted rather than logging in to a PBX. A node lost is crashed (its member terminated without
 * leaving), which is what the survivor of a split sees of the other side.
 */
class FollowerQuorumTest {
    /** A dead member is dropped after HazelcastSettings.DEAD_AFTER_SECONDS; a follower checks every try. */
    private static final Duration NOTICED_WITHIN = Duration.ofSeconds(20);

    private final List<Integer> ports = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();

    /** One node and what it was told to do: follow, pause. */
    private record Node(Cluster cluster, int port, AtomicInteger follows, AtomicInteger pauses) {
        boolean following() {
            return cluster.followsPbx();
        }
    }

    @AfterEach
    void close() throws Exception {
        for (Node node : nodes) {
            try {
                node.cluster().vertx().close().toCompletionStage().toCompletableFuture().get();
            } catch (Exception e) {
                // crashed already
            }
        }
    }

    @Test
    void aNodeFollowsThePbxOnlyWhileItSeesAMajorityOfTheMembers() throws Exception {
        for (int i = 0; i < 3; i++) {
            ports.add(ClusterPorts.free());
        }
        Node first = join(1);
        assertEquals(2, first.cluster().quorum(), "a majority of the three members listed");
        // Alone, the first node is refused the follower's lock: for all it knows, the others are up elsewhere.
        Thread.sleep(3 * PbxFollower.TRY_MS);
        assertFalse(first.following(), "a lone node follows nothing");
        assertEquals(0, first.follows().get());
        assertFalse(first.cluster().status().getBoolean("quorate"));
        // Hazelcast itself refuses a lone member any cluster-wide lock, not only Parley's own check.
        Throwable refused = null;
        try {
            first.cluster().vertx().sharedData().getLockWithTimeout("probe", 500).toCompletionStage().toCompletableFuture()
                    .get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            refused = e.getCause();
        }
        assertTrue(refused != null && String.valueOf(refused.getMessage()).contains("Split brain protection"),
                "a lone node's lock is refused by the split-brain protection: " + refused);

        Node second = join(2);
        await(() -> first.follows().get() + second.follows().get() == 1, "one of two nodes follows");
        Node follower = first.follows().get() == 1 ? first : second;
        Node other = follower == first ? second : first;
        Thread.sleep(2 * PbxFollower.TRY_MS);
        assertFalse(other.following(), "only one follows");
        assertEquals(1, follower.follows().get());
        assertTrue(follower.cluster().status().getBoolean("follows_pbx"));
        assertEquals(2, follower.cluster().status().getInteger("nodes"));

        // The other node is lost: the follower alone is below the quorum, and lets the PBX go.
        crash(other);
        await(() -> follower.pauses().get() == 1, "the follower left alone stops following");
        assertFalse(follower.following());
        assertFalse(follower.cluster().status().getBoolean("quorate"));

        // A third node comes: two see each other again, and the follower (still the lock's holder) follows on.
        Node third = join(3);
        await(() -> follower.follows().get() == 2, "the follower follows again once two nodes see each other");
        assertTrue(follower.following());
        Thread.sleep(2 * PbxFollower.TRY_MS);
        assertFalse(third.following(), "the newcomer waits: the lock is still held");
        assertEquals(0, third.follows().get());
    }

    /**
     * Five members, quorum three: the follower left with one other after three crash at once
     * (among them the member that owned the lock's record) pauses; when one comes back it follows
     * again, and no other node follows beside it: every member keeps a copy of the lock, so the
     * record outlives the members that held it.
     */
    @Test
    void theLockOutlivesTheMembersThatHeldItWhileItsHolderPauses() throws Exception {
        for (int i = 0; i < 5; i++) {
            ports.add(ClusterPorts.free());
        }
        for (int n = 1; n <= 5; n++) {
            join(n);
        }
        await(() -> nodes.stream().mapToInt(node -> node.follows().get()).sum() == 1, "one of five follows");
        Node follower = nodes.stream().filter(node -> node.follows().get() == 1).findFirst().orElseThrow();
        int owner = member(follower).getPartitionService().getPartition(PbxFollower.LOCK).getOwner().getAddress().getPort();
        List<Node> others = new ArrayList<>(nodes.stream().filter(node -> node != follower).toList());
        // The record's owner among the three lost, when it is not the follower itself.
        others.sort(java.util.Comparator.comparing(node -> node.port() == owner ? 0 : 1));
        List<Node> lost = others.subList(0, 3);
        Node kept = others.get(3);
        List<Thread> crashes = new ArrayList<>();
        for (Node node : lost) {
            Thread crash = new Thread(() -> crash(node));
            crash.start();
            crashes.add(crash);
        }
        for (Thread crash : crashes) {
            crash.join();
        }
        await(() -> follower.pauses().get() == 1, "the follower with one other node, below three, stops following");

        Node back = join(ports.indexOf(lost.get(0).port()) + 1);
        await(() -> follower.follows().get() == 2, "the follower follows again with three nodes up");
        Thread.sleep(3 * PbxFollower.TRY_MS);
        assertEquals(0, kept.follows().get() + back.follows().get(), "nobody follows beside it");
        assertTrue(follower.following());
    }

    /**
     * A node that takes the follower's lock but cannot start following (here: each start fails)
     * is no follower in name only: it lets the lock go, says it does not follow, and the other
     * node follows instead, for good.
     */
    @Test
    void aNodeThatCannotStartFollowingLetsTheLockGoToAnother() throws Exception {
        for (int i = 0; i < 2; i++) {
            ports.add(ClusterPorts.free());
        }
        Node broken = join(1, 1, false);
        await(() -> broken.follows().get() >= 1, "the first node, alone, takes the lock and tries to follow");
        await(() -> broken.pauses().get() >= 1, "its failed start is paused");
        assertFalse(broken.following(), "and it does not claim to follow");
        assertFalse(broken.cluster().status().getBoolean("follows_pbx"));

        Node sound = join(2, 1, true);
        await(() -> sound.following(), "the other node gets the lock it let go and follows");
        assertEquals(1, sound.follows().get());
        int brokenTries = broken.follows().get();
        Thread.sleep(3 * PbxFollower.TRY_MS);
        assertTrue(sound.following(), "for good");
        assertEquals(0, sound.pauses().get());
        assertEquals(brokenTries, broken.follows().get(), "the broken node holds no lock to try with any more");
        assertFalse(broken.following());
    }

    private static HazelcastInstance member(Node node) {
        for (HazelcastInstance member : Hazelcast.getAllHazelcastInstances()) {
            if (member.getCluster().getLocalMember().getAddress().getPort() == node.port()) {
                return member;
            }
        }
        throw new AssertionError("no member on port " + node.port());
    }

    private Node join(int n) throws Exception {
        return join(n, 0, true);
    }

    /** Node {@code n} with the {@code quorum} configured (0: the default); {@code canFollow} false: each start of following fails. */
    private Node join(int n, int quorum, boolean canFollow) throws Exception {
        String members = ports.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
        Cluster cluster = Cluster.join(new ParleyConfig.Cluster(true, "127.0.0.1", ports.get(n - 1), 0,
                List.of(members.split(",")), quorum), options -> Vertx.builder().with(options));
        Node node = new Node(cluster, ports.get(n - 1), new AtomicInteger(), new AtomicInteger());
        nodes.add(node);
        cluster.vertx().getOrCreateContext().runOnContext(v -> cluster.followPbxWhenElected(() -> {
            node.follows().incrementAndGet();
            return canFollow ? Future.succeededFuture() : Future.failedFuture("the taps cannot be spread (test)");
        }, node.pauses()::incrementAndGet));
        return node;
    }

    /** Terminates the node's member without leaving the cluster, as a crashed machine or a cut cable. */
    private static void crash(Node node) {
        member(node).getLifecycleService().terminate();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + NOTICED_WITHIN.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(condition.getAsBoolean(), what + " (within " + NOTICED_WITHIN + ")");
    }

}
