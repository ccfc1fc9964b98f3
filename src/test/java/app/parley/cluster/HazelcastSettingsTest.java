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
                List.of("10.0.0.11:5801", "10.0.0.12:5801")));
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
    }
}
