package app.parley.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

/**
 * Plays audio into an AudioSocket server the way an Asterisk tap does: the UUID frame, then
 * 20 ms audio frames at real-time pace (or {@code speed} times faster; 0 for no pacing), then a
 * hangup frame. Blocking: one thread per stream. The demo and {@code simulate} use it.
 */
public final class AudioSocketClient {
    private static final int FRAME_MS = 20;

    private AudioSocketClient() {
    }

    public static void stream(String host, int port, UUID uuid, PcmAudio audio, double speed) throws IOException {
        PcmAudio sent = hasKind(audio.sampleRate()) ? audio : audio.resampledTo(16_000);
        int frame = sent.sampleRate() * FRAME_MS / 1000;
        short[] samples = sent.samples();
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            OutputStream out = socket.getOutputStream();
            out.write(AudioSocketFrames.uuid(uuid));
            long start = System.nanoTime();
            long frameNanos = speed > 0 ? (long) (FRAME_MS * 1_000_000L / speed) : 0;
            for (int i = 0, from = 0; from < samples.length; i++, from += frame) {
                if (frameNanos > 0) {
                    long due = start + i * frameNanos;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                }
                out.write(AudioSocketFrames.audio(sent.sampleRate(), samples, from, Math.min(frame, samples.length - from)));
            }
            out.write(AudioSocketFrames.hangup());
            out.flush();
        }
    }

    private static boolean hasKind(int sampleRate) {
        for (FrameKind kind : FrameKind.values()) {
            if (kind.sampleRate() == sampleRate) {
                return true;
            }
        }
        return false;
    }
}
