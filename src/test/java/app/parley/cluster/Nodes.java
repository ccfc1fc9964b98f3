package app.parley.cluster;

import app.parley.testing.PostgresServer;
import app.parley.testing.RunningParley;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Parley nodes in this JVM, each its own clustered Vert.x (a real Hazelcast member on 127.0.0.1),
 * HTTP and AudioSocket ports and data folder, all on one new database of the test PostgreSQL.
 */
public final class Nodes implements AutoCloseable {
    private final List<RunningParley> nodes = new ArrayList<>();
    private final List<Integer> clusterPorts = new ArrayList<>();
    private String storeUrl;
    /** Each node's data folder and environment, started or not. */
    private final List<Map.Entry<Path, Map<String, String>>> settings = new ArrayList<>();

    /** Starts {@code count} nodes one after the other (the first holds the PBX follower's lock). */
    public static Nodes start(int count, Path dir, String purpose, Map<String, String> env) throws Exception {
        return start(count, count, dir, purpose, env);
    }

    /**
     * A cluster of {@code count} nodes of which only the first {@code now} start here, one after
     * the other (the first holds the PBX follower's lock); {@link #startRest} starts the others.
     */
    static Nodes start(int count, int now, Path dir, String purpose, Map<String, String> env) throws Exception {
        PostgresServer server = PostgresServer.shared();
        String database = server.createDatabase(purpose);
        Nodes started = new Nodes();
        started.storeUrl = server.url(database);
        for (int i = 0; i < count; i++) {
            started.clusterPorts.add(ClusterPorts.free());
        }
        String members = started.clusterPorts.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
        for (int i = 0; i < count; i++) {
            Map<String, String> all = new HashMap<>(Map.of(
                    "PARLEY_STORE_BACKEND", "postgresql", "PARLEY_STORE_URL", server.url(database),
                    "PARLEY_STORE_USER", PostgresServer.USER, "PARLEY_STORE_PASSWORD", PostgresServer.PASSWORD,
                    "PARLEY_CLUSTER_ENABLED", "true", "PARLEY_CLUSTER_HOST", "127.0.0.1",
                    "PARLEY_CLUSTER_PORT", String.valueOf(started.clusterPorts.get(i)),
                    "PARLEY_CLUSTER_MEMBERS", members, "PARLEY_SPEECH_WARM_RECOGNIZERS", "2",
                    // The nodes start one by one and the first follows the PBX alone, which the default
                    // quorum (a majority of three) forbids: FollowerQuorumTest checks the quorum.
                    "PARLEY_CLUSTER_QUORUM", "1"));
            all.putAll(env);
            started.settings.add(Map.entry(dir.resolve("node-" + (i + 1)), all));
        }
        try {
            started.startUpTo(now);
        } catch (Exception | Error e) {
            started.close();
            throw e;
        }
        return started;
    }

    /** Starts the nodes not started yet, one after the other. */
    void startRest() throws Exception {
        startUpTo(settings.size());
    }

    private void startUpTo(int count) throws Exception {
        while (nodes.size() < count) {
            Map.Entry<Path, Map<String, String>> node = settings.get(nodes.size());
            nodes.add(new RunningParley(node.getKey(), node.getValue()));
        }
    }

    /** A connection of its own to the nodes' one store, to look at what they stored. */
    public java.sql.Connection store() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(storeUrl, PostgresServer.USER, PostgresServer.PASSWORD);
    }

    /** Node {@code n}, from 1. */
    public RunningParley node(int n) {
        return nodes.get(n - 1);
    }

    /**
     * Node {@code n} dies as a crashed machine would to the others: its cluster member stops at
     * once, without leaving (the others take it for dead when its heartbeats stop), then the rest
     * of it closes so that it stops following the PBX, as a dead process would.
     */
    void crash(int n) {
        int port = clusterPorts.get(n - 1);
        for (HazelcastInstance member : Hazelcast.getAllHazelcastInstances()) {
            if (member.getCluster().getLocalMember().getAddress().getPort() == port) {
                member.getLifecycleService().terminate();
            }
        }
        RunningParley crashed = nodes.set(n - 1, null);
        crashed.close();
    }

    @Override
    public void close() {
        // The last first: the first node, holding the follower's lock, leaves last.
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i) != null) {
                nodes.get(i).close();
            }
        }
    }

}
