package app.parley.speech;

import app.parley.audio.Loudness;
import app.parley.audio.VoiceActivity;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Decides, chunk by chunk, which of one party's audio the recogniser hears. Half of a call is a
 * party listening, and decoding that silence costs a third of what decoding speech does
 * (docs/performance.md): a pause longer than {@code hangover} is not fed. The gate opens on a
 * voiced chunk ({@link VoiceActivity}: the line's own noise floor, so a hum is not taken for a
 * voice) and first feeds the {@code preroll} before it, so a word's soft onset is kept; it
 * stays open through {@code hangover} of silence after the last voiced chunk, so a word's tail
 * and a short pause inside a sentence are heard as they were; then it closes, and the
 * recogniser is told the utterance ended there (its own endpointing needs the silence it no
 * longer hears). Pure: no recogniser, no clock; the transcriber acts on what it says.
 */
public final class VoiceGate {
    /**
     * Whether the gate is on, its two margins, and {@code pause}: while the gate is closed, one
     * chunk of every this much of the pause is still fed (zero: none), so the recogniser's
     * adaptation and endpointing see the line's silence go on, at a fraction of its cost.
     */
    public record Settings(boolean enabled, Duration hangover, Duration preroll, Duration pause) {
        /** On: half a second after speech (Vosk's own endpoint waits as long), 0.3 s before it. */
        public static final Settings ON = new Settings(true, Duration.ofMillis(500), Duration.ofMillis(300),
                Duration.ofSeconds(1));
        /** Everything is decoded, as before the gate. */
        public static final Settings OFF = new Settings(false, Duration.ZERO, Duration.ZERO);
        /** As parley-defaults.yaml has it (speech.vad): off until it costs no accuracy (docs/performance.md). */
        public static final Settings DEFAULT = new Settings(false, ON.hangover(), ON.preroll(), ON.pause());

        /** Nothing of a pause fed once the gate has closed. */
        public Settings(boolean enabled, Duration hangover, Duration preroll) {
            this(enabled, hangover, preroll, Duration.ZERO);
        }

        public Settings {
            if (hangover.isNegative() || preroll.isNegative() || pause.isNegative()) {
                throw new IllegalArgumentException("the gate's hangover, preroll and pause cannot be negative");
            }
        }
    }

    /** What to do with the chunk just given: feed these chunks (oldest first), then end the utterance if asked. */
    public record Step(List<short[]> feed, boolean endUtterance) {
        static final Step SKIP = new Step(List.of(), false);

        /** Whether the chunk given is not heard (it was silence, kept only as a possible preroll). */
        public boolean skipped() {
            return feed.isEmpty();
        }
    }

    private final Settings settings;
    private final VoiceActivity activity;
    private final int sampleRate;
    private final Deque<short[]> preroll = new ArrayDeque<>();
    private int prerollSamples;
    private final double chunkSeconds;
    private long chunks;
    private boolean open;
    private long silentSamples;
    /** Samples of the closed pause since a chunk of it was last fed. */
    private long sinceFed;

    public VoiceGate(Settings settings, int sampleRate, double chunkSeconds) {
        this.settings = settings;
        this.sampleRate = sampleRate;
        this.activity = new VoiceActivity(chunkSeconds);
        this.chunkSeconds = chunkSeconds;
    }

    /** The next chunk of the stream. */
    public Step next(short[] chunk) {
        if (!settings.enabled()) {
            return new Step(List.of(chunk), false);
        }
        double level = Loudness.dbfs(chunk, 0, chunk.length);
        // The noise floor is the quietest of the last seconds: until they have passed, a call that
        // opens with speech would have its first words taken for the floor.
        boolean settling = chunks++ * chunkSeconds < VoiceActivity.NOISE_MEMORY_SECONDS;
        boolean voiced = activity.accept(level) || settling && level >= VoiceActivity.MIN_VOICE_DBFS;
        if (voiced) {
            silentSamples = 0;
            if (open) {
                return new Step(List.of(chunk), false);
            }
            open = true;
            List<short[]> feed = new ArrayList<>(preroll);
            feed.add(chunk);
            preroll.clear();
            prerollSamples = 0;
            return new Step(feed, false);
        }
        if (open) {
            silentSamples += chunk.length;
            if (silentSamples >= samples(settings.hangover())) {
                open = false;
                sinceFed = 0;
                return new Step(List.of(chunk), true);
            }
            return new Step(List.of(chunk), false);
        }
        sinceFed += chunk.length;
        long every = samples(settings.pause());
        if (every > 0 && sinceFed >= every) {
            // A sample of the pause: what was kept for the preroll came before it and stays unheard.
            sinceFed = 0;
            preroll.clear();
            prerollSamples = 0;
            return new Step(List.of(chunk), false);
        }
        keepForPreroll(chunk);
        return Step.SKIP;
    }

    private void keepForPreroll(short[] chunk) {
        long room = samples(settings.preroll());
        preroll.addLast(chunk);
        prerollSamples += chunk.length;
        while (!preroll.isEmpty() && prerollSamples - preroll.peekFirst().length >= room) {
            prerollSamples -= preroll.pollFirst().length;
        }
        if (room == 0) {
            preroll.clear();
            prerollSamples = 0;
        }
    }

    private long samples(Duration duration) {
        return duration.toNanos() * sampleRate / 1_000_000_000L;
    }
}
