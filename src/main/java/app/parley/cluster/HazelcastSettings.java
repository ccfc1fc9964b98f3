package app.parley.cluster;

import app.parley.config.ParleyConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.config.SplitBrainProtectionConfig;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;

/** Hazelcast's member configuration from Parley's {@code cluster} section. Pure: builds, never starts. */
final class HazelcastSettings {
    /** Nodes of one floor find each other under this name; another product's Hazelcast on the network does not join. */
    static final String CLUSTER_NAME = "parley";
    /**
     * A member silent this long is taken for dead: its locks (the PBX follower's) are freed, so
     * another node follows the PBX within about this plus one try ({@link PbxFollower}).
     */
    static final int DEAD_AFTER_SECONDS = 5;
    /**
     * Hazelcast's split-brain protection of the map Vert.x keeps its locks in: below the quorum a
     * node can neither take nor free the PBX follower's lock ({@link PbxFollower}).
     */
    static final String FOLLOWER_QUORUM = "parley-follower-quorum";
    /** Where vertx-hazelcast keeps the cluster-wide locks ({@code HazelcastObjectProviderImpl}). */
    static final String VERTX_LOCKS = "__vertx.map.lock";
    /** Hazelcast's limit on a map's synchronous backups. */
    static final int MAX_BACKUPS = 6;

    private HazelcastSettings() {
    }

    static Config of(ParleyConfig.Cluster cluster) {
        // Vert.x's own defaults (the maps its event bus and shared data use), then Parley's network.
        Config config = ConfigUtil.loadConfig();
        config.setClusterName(CLUSTER_NAME);
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        // Parley's own stop leaves the cluster after the live calls end; Hazelcast's hook would leave before.
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", Integer.toString(DEAD_AFTER_SECONDS));
        config.setProperty("hazelcast.wait.seconds.before.join", "1");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.local.localAddress", cluster.host());
        // Parley's metrics are its own (/metrics); Hazelcast's collector only adds a stack trace to each stop.
        config.getMetricsConfig().setEnabled(false);
        NetworkConfig network = config.getNetworkConfig().setPort(cluster.port()).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(false);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setConnectionTimeoutSeconds(2).setMembers(cluster.members());
        if (cluster.followerQuorum() > 1) {
            // Hazelcast counts the members this node sees; on the smaller side of a split the lock is refused.
            config.addSplitBrainProtectionConfig(new SplitBrainProtectionConfig(FOLLOWER_QUORUM, true,
                    cluster.followerQuorum()));
            // A map lock has the map's copies (one backup by default): the members holding them could be the
            // ones lost while the holder pauses, and with the record gone a node coming back would take the
            // lock beside the holder resuming. A copy on every member (Hazelcast keeps at most six backups).
            config.getMapConfig(VERTX_LOCKS).setSplitBrainProtectionName(FOLLOWER_QUORUM)
                    .setBackupCount(Math.min(cluster.members().size() - 1, MAX_BACKUPS));
        }
        return config;
    }
}
