package app.parley.speech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.vosk.LibVosk;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * One loaded Vosk model shared by every stream, and a pool of warm recognizers: a recognizer
 * reused after {@code reset()} decodes faster than a fresh one, and creating one costs ~50 ms.
 * Every method blocks (model load, native decoding): call it from a worker, never an event loop.
 */
public final class SpeechModel implements AutoCloseable {
    /** Vosk's models expect this rate; every stream is resampled to it before recognition. */
    public static final int SAMPLE_RATE = 16_000;
    private static final int KALDI_ERRORS_ONLY = -2;

    private final Model model;
    private final Path path;
    private final int maxIdle;
    private final Deque<PooledRecognizer> idle = new ArrayDeque<>();
    private final VoiceGate.Settings gate;
    /** Recognisers streams hold now. */
    private int inUse;
    private boolean closed;

    private SpeechModel(Model model, Path path, int maxIdle, VoiceGate.Settings gate) {
        this.model = model;
        this.path = path;
        this.maxIdle = maxIdle;
        this.gate = gate;
    }

    /** Loads the model folder, with the default {@link VoiceGate} and {@link Decoding}. */
    public static SpeechModel load(Path modelDir, int maxIdleRecognizers) throws IOException {
        return load(modelDir, maxIdleRecognizers, VoiceGate.Settings.DEFAULT);
    }

    /**
     * Loads the model folder (the one holding {@code am/}, {@code conf/}, {@code graph/}); every
     * stream it opens passes its audio through a {@link VoiceGate} of {@code gate}; the search is
     * {@link Decoding#DEFAULT}'s.
     */
    public static SpeechModel load(Path modelDir, int maxIdleRecognizers, VoiceGate.Settings gate) throws IOException {
        return load(modelDir, maxIdleRecognizers, gate, Decoding.DEFAULT);
    }

    /**
     * Loads the model folder searched with {@code decoding}'s options (speech.decoding): when they
     * change anything, Vosk loads a temporary folder of links to the model's files beside a
     * rewritten {@code conf/model.conf} (the downloaded model is never changed), removed once loaded: Vosk
     * reads every file of a model when it is created.
     */
    public static SpeechModel load(Path modelDir, int maxIdleRecognizers, VoiceGate.Settings gate, Decoding decoding)
            throws IOException {
        if (!Files.isDirectory(modelDir.resolve("am")) || !Files.isDirectory(modelDir.resolve("conf"))) {
            throw new IOException("no Vosk model at " + modelDir.toAbsolutePath()
                    + " (expected am/ and conf/ in it): run 'mvn package' in the checkout, or set speech.model");
        }
        // Kaldi's warnings ("Discarding word-ids...") are routine on live audio: errors only.
        LibVosk.vosk_set_log_level(KALDI_ERRORS_ONLY);
        Path overlay = decoding.isModels() ? null : Files.createTempDirectory("parley-model-");
        try {
            Path loaded = overlay == null ? modelDir : decoding.apply(modelDir, overlay);
            return new SpeechModel(new Model(loaded.toString()), modelDir, maxIdleRecognizers, gate);
        } finally {
            if (overlay != null) {
                Decoding.remove(overlay);
            }
        }
    }

    public Path path() {
        return path;
    }

    /**
     * A transcriber for one party's stream whose word times are shifted by
     * {@code offsetSeconds}, the stream's start in call time.
     */
    public StreamTranscriber open(double offsetSeconds) throws IOException {
        return new StreamTranscriber(this, borrow(), offsetSeconds, gate);
    }

    /** Creates warm recognizers ahead of the first calls. */
    public void prewarm(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            keepWarm(newRecognizer());
        }
    }

    /** Warm recognisers waiting in the pool. */
    public synchronized int idleCount() {
        return idle.size();
    }

    /** Recognisers streams hold now (each open party stream has one). */
    public synchronized int inUseCount() {
        return inUse;
    }

    private PooledRecognizer borrow() throws IOException {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("speech model closed");
            }
            PooledRecognizer warm = idle.pollFirst();
            if (warm != null) {
                inUse++;
                return warm;
            }
        }
        PooledRecognizer fresh = newRecognizer();
        synchronized (this) {
            inUse++;
        }
        return fresh;
    }

    void giveBack(PooledRecognizer pooled) {
        synchronized (this) {
            inUse--;
        }
        keepWarm(pooled);
    }

    private void keepWarm(PooledRecognizer pooled) {
        pooled.recognizer().reset();
        synchronized (this) {
            if (!closed && idle.size() < maxIdle) {
                idle.addFirst(pooled);
                return;
            }
        }
        pooled.recognizer().close();
    }

    private PooledRecognizer newRecognizer() throws IOException {
        Recognizer recognizer = new Recognizer(model, SAMPLE_RATE);
        recognizer.setWords(true);
        // Text-only partials follow the speech closely; see StreamTranscriber.
        recognizer.setPartialWords(false);
        return new PooledRecognizer(recognizer);
    }

    /**
     * A recogniser and the samples it has decoded since it was created. Vosk's {@code reset()}
     * does not restart its clock: word times go on from the total audio the recogniser has ever
     * been fed, so each stream subtracts the total at its start.
     */
    static final class PooledRecognizer {
        private final Recognizer recognizer;
        private long samplesFed;

        PooledRecognizer(Recognizer recognizer) {
            this.recognizer = recognizer;
        }

        Recognizer recognizer() {
            return recognizer;
        }

        long samplesFed() {
            return samplesFed;
        }

        void fed(int samples) {
            samplesFed += samples;
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            idle.forEach(pooled -> pooled.recognizer().close());
            idle.clear();
        }
        model.close();
    }
}
