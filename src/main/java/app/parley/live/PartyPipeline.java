package app.parley.live;

import app.parley.audio.AcousticFrame;
import app.parley.audio.AcousticMeter;
import app.parley.redaction.Crosstalk;
import app.parley.redaction.RedactedSpan;
import app.parley.redaction.RedactionPolicy;
import app.parley.redaction.Redactor;
import app.parley.speech.AudioChunker;
import app.parley.speech.SpeechModel;
import app.parley.speech.StreamTranscriber;
import app.parley.speech.TranscriptUpdate;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * One party stream's audio on its way to coaching, the same for a live stream and for a leg
 * {@code analyze} reads: frames of any rate in; through an {@link AudioChunker} to the
 * recogniser, and through an {@link AcousticMeter} into loudness windows; out, each with the
 * call time at which it became known (a window at its end, an update at the audio time the
 * recogniser had decoded when it gave it), which is what {@link CoachingClock} orders by.
 * The recogniser's words pass through a {@link Redactor} first: payment and identity data never
 * leave the pipeline, and a result ending in digits may come out a few seconds late, as may one
 * with digits the call's other party may have read out ({@link Crosstalk}).
 *
 * <p>Audio is pushed, and windows come out, on the owner's thread (live: the call's context).
 * Recognition runs on {@code decoder}, in order (live: the stream's serial queue on the speech
 * pool; analyze: the pushing thread), and its output comes out there. Not thread-safe.
 */
final class PartyPipeline implements LiveCall.Decoder {
    /** How far the recogniser may get, in call time, before its progress is reported without words. */
    static final double REPORT_EVERY_S = 0.1;

    /** What comes out of the pipeline. */
    interface Output {
        /** A loudness window, on the pushing thread. */
        void sound(AcousticFrame frame);

        /** A 16 kHz chunk starting at call time {@code at}, just before it is decoded; on the decoder. */
        default void chunk(double at, short[] pcm) {
        }

        /**
         * The recogniser decoded the stream up to call time {@code reached} and gave {@code update}
         * ({@link TranscriptUpdate#NONE}: nothing new, reported every {@link #REPORT_EVERY_S} of
         * audio at least); on the decoder.
         */
        void decoded(TranscriptUpdate update, double reached);

        /** The stream is over: the recogniser's last words, given after decoding up to {@code reached}; on the decoder. */
        void ended(TranscriptUpdate last, double reached);

        /**
         * The stream is over but its decoding was cut short (Parley stopping, see
         * {@link PartyPipeline#PartyPipeline(double, Executor, Callable, RedactionPolicy, Crosstalk.Party, Output, BooleanSupplier)}):
         * {@code last} are the recogniser's last words of the audio it had decoded, up to call time
         * {@code reached}; the audio after it went only to {@link #chunk}. On the decoder.
         */
        default void cut(TranscriptUpdate last, double reached) {
            ended(last, reached);
        }

        /**
         * Words said from {@code span.start()} to {@code span.end()} were replaced by a
         * placeholder in the update that comes next; on the decoder.
         */
        default void redacted(RedactedSpan span) {
        }

        /**
         * The stream is over: the recogniser was given {@code seconds} of its audio, of which the
         * voice gate kept {@code skippedSeconds} (pauses) from decoding; on the decoder, before
         * {@link #ended}.
         */
        default void heard(double seconds, double skippedSeconds) {
        }

        /** The recogniser failed on a chunk ({@code what} says where); the pipeline goes on without that result. */
        void failed(String what, RuntimeException error);
    }

    private final double offset;
    private final Executor decoder;
    /** True once decoding is to stop: what is still queued is recorded, not decoded. */
    private final BooleanSupplier cut;
    /** Decoder state: 16 kHz samples recorded but not decoded since the cut. */
    private long undecodedSamples;
    private final Output output;
    private final AudioChunker chunker = new AudioChunker(this::decode);
    private final AcousticMeter meter;
    /** Decoder state, like the recogniser. */
    private final Redactor redactor;
    /** Decoder state: the recogniser (null when none could be opened) and the 16 kHz samples decoded. */
    private StreamTranscriber transcriber;
    private long decodedSamples;
    private double reported;

    /**
     * A stream that starts at call time {@code offset}, {@code party} in its call; {@code recogniser}
     * is opened on the decoder, first thing (a failure is logged by the owner through
     * {@link Output#failed} and the stream goes on without words).
     */
    PartyPipeline(double offset, Executor decoder, Callable<StreamTranscriber> recogniser, RedactionPolicy redaction,
            Crosstalk.Party party, Output output) {
        this(offset, decoder, recogniser, redaction, party, output, () -> false);
    }

    /**
     * A pipeline whose decoding stops once {@code cut} says so (Parley stopping while the speech
     * workers are behind): from then on each chunk still queued goes to {@link Output#chunk} (the
     * recordings) without being decoded, and the end gives the recogniser's last words of what it
     * had decoded through {@link Output#cut}. Read on the decoder.
     */
    PartyPipeline(double offset, Executor decoder, Callable<StreamTranscriber> recogniser, RedactionPolicy redaction,
            Crosstalk.Party party, Output output, BooleanSupplier cut) {
        this.offset = offset;
        this.cut = cut;
        this.redactor = new Redactor(redaction, party);
        this.decoder = decoder;
        this.output = output;
        this.meter = new AcousticMeter(offset);
        this.reported = offset;
        decoder.execute(() -> {
            try {
                transcriber = recogniser.call();
            } catch (Exception e) {
                output.failed("no recogniser", e instanceof RuntimeException r ? r : new IllegalStateException(e));
            }
        });
    }

    /** The next frame of the stream, at {@code sampleRate}. */
    @Override
    public void push(int sampleRate, short[] pcm) {
        chunker.push(sampleRate, pcm);
        for (AcousticFrame frame : meter.push(sampleRate, pcm)) {
            output.sound(frame);
        }
    }

    /** Seconds of audio pushed so far (16 kHz samples: what the recogniser will have heard). */
    @Override
    public double seconds() {
        return chunker.seconds();
    }

    /** The end of the stream: what is left goes to the recogniser, whose last words follow. */
    @Override
    public void end() {
        chunker.flush();
        decoder.execute(() -> {
            TranscriptUpdate last = TranscriptUpdate.NONE;
            double reached = decodedUntil() - undecodedSamples / (double) SpeechModel.SAMPLE_RATE;
            if (transcriber != null) {
                try {
                    reached = transcriber.audioEnd();
                    output.heard(reached - offset, transcriber.skippedSeconds());
                    last = transcriber.finish();
                } catch (RuntimeException e) {
                    try {
                        transcriber.close();
                    } catch (RuntimeException lost) {
                        // The recogniser goes with its last words; the stream still ends.
                    }
                    output.failed("final result lost", e);
                }
            }
            // Words held back by the redactor come out even when the last result was lost.
            end(redactor.ended(last, reached), reached, undecodedSamples > 0);
        });
    }

    /** The stream's last words, once none waits for the call's other parties (null: some do). */
    private void end(Redactor.Result last, double reached, boolean wasCut) {
        if (last == null) {
            redactor.whenOthersJudged(() -> decoder.execute(() -> end(redactor.retry(), reached, wasCut)));
        } else if (wasCut) {
            output.cut(redacted(last), reached);
        } else {
            output.ended(redacted(last), reached);
        }
    }

    private TranscriptUpdate redacted(Redactor.Result result) {
        result.spans().forEach(output::redacted);
        return result.update();
    }

    private double decodedUntil() {
        return offset + decodedSamples / (double) SpeechModel.SAMPLE_RATE;
    }

    private void decode(short[] pcm) {
        decoder.execute(() -> {
            output.chunk(decodedUntil(), pcm);
            decodedSamples += pcm.length;
            if (cut.getAsBoolean()) {
                undecodedSamples += pcm.length; // recorded, to be transcribed from the recording
                return;
            }
            TranscriptUpdate update = TranscriptUpdate.NONE;
            double reached = decodedUntil();
            if (transcriber != null) {
                try {
                    update = transcriber.accept(pcm);
                    reached = transcriber.audioEnd();
                } catch (RuntimeException e) {
                    output.failed("recognition failed", e);
                }
            }
            update = redacted(redactor.decoded(update, reached));
            // A chunk is 0.1 s: progress goes out with each, but never more often than that.
            if (update != TranscriptUpdate.NONE || reached - reported >= REPORT_EVERY_S - 1e-9) {
                reported = reached;
                output.decoded(update, reached);
            }
        });
    }
}
