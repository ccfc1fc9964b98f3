package app.parley.live;

import app.parley.audio.AcousticFrame;
import app.parley.audio.AudioStream;
import app.parley.redaction.RedactedSpan;
import app.parley.speech.TranscriptUpdate;
import io.vertx.core.Context;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One party stream as the AudioSocket server and its pipeline see it: frames in, on the live
 * path's context, to its call; the pipeline's results, which come on the speech pool, back onto
 * the context, to the call; its audio, as it is decoded, to the recordings.
 */
final class TappedStream implements AudioStream, PartyPipeline.Output {
    private static final Logger LOG = LoggerFactory.getLogger(TappedStream.class);

    /**
     * What the streams of the floor share: the live path's context, where audio is recognised,
     * the recordings (null: none kept), the meters, the queue that decodes calls beyond the
     * live limit once they have ended, whether decoding is cut short (Parley stopping), and
     * whether all the audio is recorded ({@code recordsAll}) or, the site keeping no recordings,
     * only what a cut leaves undecoded.
     */
    record Floor(Context context, LiveCalls.Recognition recognition, RecordingSink recordings, LiveMeters meters,
            Executor afterCalls, BooleanSupplier cut, boolean recordsAll) {
    }

    private final Floor floor;
    private final LiveCall call;
    private LiveCall.Party party;

    TappedStream(Floor floor, LiveCall call) {
        this.floor = floor;
        this.call = call;
    }

    /**
     * The pipeline of the party stream that joined: live, it decodes on a serial queue of its
     * own; in a call beyond the live limit, its decoding is held until the stream ends.
     */
    LiveCall.Decoder decoder(LiveCall.Party joined) {
        party = joined;
        double offset = joined.offset;
        if (!call.afterCall()) {
            return new PartyPipeline(offset, new SerialExecutor(floor.recognition().pool()),
                    () -> floor.recognition().speech().open(offset), floor.recognition().redaction(), call.crosstalk.join(),
                    this, floor.cut());
        }
        HeldExecutor held = new HeldExecutor(floor.afterCalls());
        PartyPipeline pipeline = new PartyPipeline(offset, held, () -> floor.recognition().speech().open(offset),
                floor.recognition().redaction(), call.crosstalk.join(), this, floor.cut());
        return new LiveCall.Decoder() {
            @Override
            public void push(int sampleRate, short[] pcm) {
                pipeline.push(sampleRate, pcm);
            }

            @Override
            public double seconds() {
                return pipeline.seconds();
            }

            @Override
            public void end() {
                pipeline.end();
                held.release();
            }
        };
    }

    @Override
    public void audio(int sampleRate, short[] pcm) {
        call.audio(party, sampleRate, pcm);
    }

    @Override
    public void dtmf(char digit) {
        // Never the digit: callers key in card numbers too.
        LOG.debug("call {}: DTMF on stream {}", call.id, party.id);
    }

    @Override
    public void end(String reason) {
        call.streamEnded(party, reason);
    }

    @Override
    public void sound(AcousticFrame frame) {
        call.sound(party, frame);
    }

    @Override
    public void chunk(double at, short[] pcm) {
        if (floor.recordings() != null && (floor.recordsAll() || floor.cut().getAsBoolean())) {
            floor.recordings().chunk(call.id, party.speaker, at, pcm);
        }
    }

    @Override
    public void decoded(TranscriptUpdate update, double reached) {
        back(() -> call.decoded(party, update, reached));
    }

    @Override
    public void heard(double seconds, double skippedSeconds) {
        back(() -> floor.meters().speechAudio(seconds, skippedSeconds));
    }

    @Override
    public void ended(TranscriptUpdate last, double reached) {
        back(() -> call.lastWords(party, last, reached, false));
    }

    @Override
    public void cut(TranscriptUpdate last, double reached) {
        back(() -> call.lastWords(party, last, reached, true));
    }

    @Override
    public void redacted(RedactedSpan span) {
        back(() -> call.redacted(party, span));
    }

    /**
     * A result from the speech pool, back onto the live path's context. A stop closes the
     * context only once every stream has ended (its decoding cut short if need be), so a result
     * coming later than that would be a stop that gave up waiting: it is logged, never thrown on
     * a speech thread.
     */
    private void back(Runnable onContext) {
        try {
            floor.context().runOnContext(v -> onContext.run());
        } catch (RejectedExecutionException e) {
            LOG.warn("call {}: a result of stream {} came after the live path had closed: {}", call.id, party.id,
                    e.getMessage());
        }
    }

    @Override
    public void failed(String what, RuntimeException error) {
        LOG.error("call {}: {} on stream {}: {}", call.id, what, party.id, error.getMessage());
    }
}
