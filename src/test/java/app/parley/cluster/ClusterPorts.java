package app.parley.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for the cluster members a test starts, below the kernel's ephemeral range. A port the
 * kernel hands out for "any free port" is in that range, and so is the local end of every
 * outgoing connection (Hazelcast dialling the listed members, the event bus): a port picked there
 * early may be taken by one of them before the member meant for it binds it ("Port [46281] is
 * already in use", FollowerQuorumTest on CI, its third member joining half a minute after the
 * ports were picked). Below the range the kernel hands nothing out.
 */
final class ClusterPorts {
    private ClusterPorts() {
    }

    private static final int LOWEST = 10_000;
    /** Ports already given in this run: two tests never share one, even before either binds it. */
    private static final Set<Integer> GIVEN = new HashSet<>();

    /** A port free now, on 127.0.0.1, that no outgoing connection will take. */
    static synchronized int free() throws IOException {
        int ephemeralFrom = ephemeralRangeStart();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, ephemeralFrom);
            if (GIVEN.contains(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                GIVEN.add(port);
                return port;
            } catch (IOException taken) {
                // in use: try another
            }
        }
        throw new IOException("no free port between " + LOWEST + " and " + ephemeralFrom + " after 200 tries");
    }

    /** Where the kernel's ephemeral ports begin (Linux: /proc/sys/net/ipv4/ip_local_port_range); 32768 if unknown. */
    private static int ephemeralRangeStart() {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        try {
            int start = Integer.parseInt(Files.readString(range).trim().split("\\s+")[0]);
            return start > LOWEST + 1000 ? start : 32_768;
        } catch (IOException | RuntimeException unreadable) {
            return 32_768;
        }
    }
}
