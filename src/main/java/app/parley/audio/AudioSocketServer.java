package app.parley.audio;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.NetSocket;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TCP server Asterisk's AudioSocket taps connect to. Each connection is one party of one
 * call; its frames are parsed by {@link AudioSocketDecoder} and handed to the stream the
 * {@link AudioStream.Opener} returns. A malformed frame closes that connection alone, with one
 * log line naming the UUID and the byte offset.
 *
 * <p>Only the PBX may feed it: a connection from an address not allowed is closed at once, as is
 * one beyond the cap of connections per address, one whose stream the opener refuses (a UUID
 * Parley did not ask the PBX for), and one that sends nothing for the idle timeout; each with
 * one log line.
 */
public final class AudioSocketServer {
    private static final Logger LOG = LoggerFactory.getLogger(AudioSocketServer.class);

    /**
     * Who may connect: {@code allowed} addresses (empty: any), at most {@code perSource}
     * connections from one address, none silent for longer than {@code idle}.
     */
    public record Limits(List<String> allowed, int perSource, Duration idle) {
        public static final Limits NONE = new Limits(List.of(), Integer.MAX_VALUE, Duration.ofDays(1));
    }

    private final Vertx vertx;
    private final AudioStream.Opener opener;
    private final Limits limits;
    private final Set<InetAddress> allowed;
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();
    private NetServer server;

    public AudioSocketServer(Vertx vertx, AudioStream.Opener opener) {
        this(vertx, opener, Limits.NONE);
    }

    public AudioSocketServer(Vertx vertx, AudioStream.Opener opener, Limits limits) {
        this.vertx = vertx;
        this.opener = opener;
        this.limits = limits;
        this.allowed = limits.allowed().stream().map(AudioSocketServer::address).collect(Collectors.toUnmodifiableSet());
    }

    public Future<Integer> listen(String host, int port) {
        server = vertx.createNetServer(new NetServerOptions().setHost(host).setPort(port).setTcpNoDelay(true)
                .setReadIdleTimeout((int) Math.max(1, limits.idle().toSeconds())).setIdleTimeoutUnit(TimeUnit.SECONDS));
        server.connectHandler(this::accept);
        return server.listen().map(NetServer::actualPort);
    }

    public Future<Void> close() {
        return server == null ? Future.succeededFuture() : server.close();
    }

    private void accept(NetSocket socket) {
        InetAddress source = address(socket.remoteAddress().hostAddress());
        if (!allowed.isEmpty() && !allowed.contains(source)) {
            LOG.warn("AudioSocket connection from {} refused: not a PBX address (audiosocket.allowed_sources)",
                    socket.remoteAddress());
            socket.close();
            return;
        }
        int count = open.merge(source, 1, Integer::sum);
        if (count > limits.perSource()) {
            closed(source);
            LOG.warn("AudioSocket connection from {} refused: {} connections from that address already "
                    + "(audiosocket.max_connections_per_source)", socket.remoteAddress(), limits.perSource());
            socket.close();
            return;
        }
        new Connection(socket, v -> closed(source)).start();
    }

    /** One connection from {@code source} fewer; an address with none left is forgotten. */
    private void closed(InetAddress source) {
        open.computeIfPresent(source, (k, n) -> n <= 1 ? null : n - 1);
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal); // an IP literal: no name lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + literal, e);
        }
    }

    /** One connection's state; all of it runs on the connection's event loop. */
    private final class Connection implements AudioSocketDecoder.Listener {
        private final NetSocket socket;
        private final Handler<Void> closeCounter;
        private final String remote;
        private final AudioSocketDecoder decoder = new AudioSocketDecoder(this);
        private UUID uuid;
        private AudioStream stream;
        private String endReason;

        Connection(NetSocket socket, Handler<Void> closeCounter) {
            this.socket = socket;
            this.closeCounter = closeCounter;
            this.remote = String.valueOf(socket.remoteAddress());
        }

        void start() {
            socket.handler(buffer -> {
                try {
                    decoder.feed(buffer.getBytes());
                } catch (FrameException e) {
                    reject(e);
                }
                if (endReason != null) {
                    socket.close();
                }
            });
            Handler<Void> counted = closeCounter;
            socket.closeHandler(closed -> {
                counted.handle(null);
                try {
                    decoder.finish();
                    end(endReason != null ? endReason : "connection closed");
                } catch (FrameException e) {
                    reject(e);
                }
            });
            socket.exceptionHandler(error -> LOG.warn("AudioSocket stream {} from {}: {}", name(), remote,
                    error.getMessage()));
        }

        private void reject(FrameException e) {
            LOG.error("AudioSocket stream {} from {}: malformed frame, {}; closing the connection",
                    name(), remote, e.getMessage());
            end("protocol error: " + e.getMessage());
            socket.close();
        }

        private String name() {
            return uuid == null ? "(no UUID yet)" : uuid.toString();
        }

        private void end(String reason) {
            if (endReason != null && stream == null) {
                return;
            }
            endReason = reason;
            if (stream != null) {
                AudioStream ending = stream;
                stream = null;
                ending.end(reason);
            }
        }

        @Override
        public void onUuid(UUID id) {
            uuid = id;
            stream = opener.open(id, remote);
            if (stream == null) {
                // The opener logged why (a UUID Parley did not ask the PBX for).
                endReason = "refused";
                socket.close();
            }
        }

        @Override
        public void onAudio(int sampleRate, short[] samples) {
            if (stream != null) {
                stream.audio(sampleRate, samples);
            }
        }

        @Override
        public void onDtmf(char digit) {
            if (stream != null) {
                stream.dtmf(digit);
            }
        }

        @Override
        public void onHangup() {
            end("hangup");
        }

        @Override
        public void onPeerError(int code) {
            LOG.warn("AudioSocket stream {} from {}: peer sent error frame{}", name(), remote,
                    code < 0 ? "" : String.format(" (code 0x%02x)", code));
            end(code < 0 ? "peer error" : String.format("peer error 0x%02x", code));
        }
    }
}
