package app.parley.audio;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.NetSocket;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TCP server Asterisk's AudioSocket taps connect to. Each connection is one party of one
 * call; its frames are parsed by {@link AudioSocketDecoder} and handed to the stream the
 * {@link AudioStream.Opener} returns. A malformed frame closes that connection alone, with one
 * log line naming the UUID and the byte offset.
 */
public final class AudioSocketServer {
    private static final Logger LOG = LoggerFactory.getLogger(AudioSocketServer.class);

    private final Vertx vertx;
    private final AudioStream.Opener opener;
    private NetServer server;

    public AudioSocketServer(Vertx vertx, AudioStream.Opener opener) {
        this.vertx = vertx;
        this.opener = opener;
    }

    public Future<Integer> listen(String host, int port) {
        server = vertx.createNetServer(new NetServerOptions().setHost(host).setPort(port).setTcpNoDelay(true));
        server.connectHandler(this::accept);
        return server.listen().map(NetServer::actualPort);
    }

    public Future<Void> close() {
        return server == null ? Future.succeededFuture() : server.close();
    }

    private void accept(NetSocket socket) {
        new Connection(socket).start();
    }

    /** One connection's state; all of it runs on the connection's event loop. */
    private final class Connection implements AudioSocketDecoder.Listener {
        private final NetSocket socket;
        private final String remote;
        private final AudioSocketDecoder decoder = new AudioSocketDecoder(this);
        private UUID uuid;
        private AudioStream stream;
        private String endReason;

        Connection(NetSocket socket) {
            this.socket = socket;
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
            socket.closeHandler(closed -> {
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
