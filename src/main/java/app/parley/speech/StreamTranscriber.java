package app.parley.speech;

import app.parley.call.Word;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.vosk.Recognizer;

/**
 * Streaming recognition of one party: 16 kHz samples in, finalised and partial segments out.
 * Not thread-safe and blocking: the owner feeds it from one worker at a time, in order.
 */
public final class StreamTranscriber implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TranscriptUpdate.Segment EMPTY = new TranscriptUpdate.Segment("", List.of());

    private final SpeechModel model;
    private final double offsetSeconds;
    /** Seconds the pooled recogniser's clock already shows when this stream starts. */
    private final double recognizerClockAtStart;
    private SpeechModel.PooledRecognizer pooled;
    private Recognizer recognizer;
    private long samplesFed;
    private String lastPartial = "";

    StreamTranscriber(SpeechModel model, SpeechModel.PooledRecognizer pooled, double offsetSeconds) {
        this.model = model;
        this.pooled = pooled;
        this.recognizer = pooled.recognizer();
        this.offsetSeconds = offsetSeconds;
        this.recognizerClockAtStart = pooled.samplesFed() / (double) SpeechModel.SAMPLE_RATE;
    }

    /** Seconds of call time up to the end of the audio fed so far. */
    public double audioEnd() {
        return offsetSeconds + samplesFed / (double) SpeechModel.SAMPLE_RATE;
    }

    /**
     * Feeds 16 kHz samples. Returns the finalised segment if this chunk closed one, and the
     * partial segment when its text changed (null otherwise).
     */
    public TranscriptUpdate accept(short[] samples) {
        requireOpen();
        samplesFed += samples.length;
        pooled.fed(samples.length);
        if (recognizer.acceptWaveForm(samples, samples.length)) {
            lastPartial = "";
            TranscriptUpdate.Segment segment = parse(recognizer.getResult(), "result", "text");
            // An empty final still matters: it withdraws the partial words shown so far.
            return new TranscriptUpdate(List.of(segment == null ? EMPTY : segment), null);
        }
        TranscriptUpdate.Segment partial = parse(recognizer.getPartialResult(), "partial_result", "partial");
        String text = partial == null ? "" : partial.text();
        if (text.equals(lastPartial)) {
            return TranscriptUpdate.NONE;
        }
        lastPartial = text;
        return new TranscriptUpdate(List.of(), partial == null ? EMPTY : partial);
    }

    /**
     * Ends the stream: takes the recogniser's final result (the last words live only there) and
     * returns the recogniser to the pool. The transcriber is unusable afterwards.
     */
    public TranscriptUpdate finish() {
        requireOpen();
        TranscriptUpdate.Segment segment = parse(recognizer.getFinalResult(), "result", "text");
        close();
        return new TranscriptUpdate(List.of(segment == null ? EMPTY : segment), null);
    }

    @Override
    public void close() {
        if (recognizer != null) {
            SpeechModel.PooledRecognizer returned = pooled;
            recognizer = null;
            pooled = null;
            model.giveBack(returned);
        }
    }

    private void requireOpen() {
        if (recognizer == null) {
            throw new IllegalStateException("stream transcriber already finished");
        }
    }

    private TranscriptUpdate.Segment parse(String json, String wordsField, String textField) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("recogniser returned malformed JSON: " + json, e);
        }
        List<Word> words = new ArrayList<>();
        for (JsonNode node : root.path(wordsField)) {
            words.add(new Word(node.path("word").asText(),
                    round(offsetSeconds + node.path("start").asDouble() - recognizerClockAtStart),
                    round(offsetSeconds + node.path("end").asDouble() - recognizerClockAtStart),
                    node.path("conf").asDouble(1.0)));
        }
        String text = root.path(textField).asText("").trim();
        if (words.isEmpty() && text.isEmpty()) {
            return null;
        }
        return new TranscriptUpdate.Segment(text, words);
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
