package app.parley.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.config.ParleyConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The member configuration from the cluster section: the listed members only, on the port given. */
class HazelcastSettingsTest {
    @Test
    void membersAreFoundByTheirListNeverByMulticast() {
        Config config = HazelcastSettings.of(new ParleyConfig.Cluster(true, "10.0.0.11", 5801, 0,
                List.of("10.0.0.11:5801", "10.0.0.12:5801"), 0));
        JoinConfig join = config.getNetworkConfig().getJoin();
        assertFalse(join.getMulticastConfig().isEnabled());
        assertFalse(join.getAutoDetectionConfig().isEnabled());
        assertTrue(join.getTcpIpConfig().isEnabled());
        assertEquals(List.of("10.0.0.11:5801", "10.0.0.12:5801"), join.getTcpIpConfig().getMembers());
        assertEquals(5801, config.getNetworkConfig().getPort());
        assertFalse(config.getNetworkConfig().isPortAutoIncrement(), "a node is on its port or does not start");
        assertEquals("10.0.0.11", config.getProperty("hazelcast.local.localAddress"));
        assertEquals("parley", config.getClusterName());
        assertEquals(String.valueOf(HazelcastSettings.DEAD_AFTER_SECONDS), config.getProperty("hazelcast.max.no.heartbeat.seconds"));
        assertFalse(config.getMetricsConfig().isEnabled());
        assertTrue(config.getMultiMapConfigs().containsKey("__vertx.subs"), "Vert.x's own maps are kept");
        // two nodes cannot tell a split from a dead peer: no quorum
        assertTrue(config.getSplitBrainProtectionConfigs().isEmpty());
    }

    @Test
    void theLocksAreRefusedBelowAMajorityOfThreeOrMoreMembers() {
        Config config = HazelcastSettings.of(new ParleyConfig.Cluster(true, "10.0.0.11", 5801, 0,
                List.of("10.0.0.11:5801", "10.0.0.12:5801", "10.0.0.13:5801"), 0));
        assertEquals(2, config.getSplitBrainProtectionConfig(HazelcastSettings.FOLLOWER_QUORUM).getMinimumClusterSize());
        assertTrue(config.getSplitBrainProtectionConfig(HazelcastSettings.FOLLOWER_QUORUM).isEnabled());
        assertEquals(HazelcastSettings.FOLLOWER_QUORUM,
                config.getMapConfig(HazelcastSettings.VERTX_LOCKS).getSplitBrainProtectionName());
        // a copy of the lock on every member, up to Hazelcast's six backups
        assertEquals(2, config.getMapConfig(HazelcastSettings.VERTX_LOCKS).getBackupCount());
        assertEquals(6, HazelcastSettings.of(cluster(9, 0)).getMapConfig(HazelcastSettings.VERTX_LOCKS).getBackupCount());
        // five members: three; a quorum set by the site wins; 1 turns it off
        assertEquals(3, HazelcastSettings.of(cluster(5, 0)).getSplitBrainProtectionConfig(
                HazelcastSettings.FOLLOWER_QUORUM).getMinimumClusterSize());
        assertEquals(4, HazelcastSettings.of(cluster(5, 4)).getSplitBrainProtectionConfig(
                HazelcastSettings.FOLLOWER_QUORUM).getMinimumClusterSize());
        assertTrue(HazelcastSettings.of(cluster(5, 1)).getSplitBrainProtectionConfigs().isEmpty());
    }

    private static ParleyConfig.Cluster cluster(int members, int quorum) {
        List<String> listed = new java.util.ArrayList<>();
        for (int i = 1; i <= members; i++) {
            listed.add("10.0.0." + (10 + i) + ":5801");
        }
        return new ParleyConfig.Cluster(true, "10.0.0.11", 5801, 0, listed, quorum);
    }
}
