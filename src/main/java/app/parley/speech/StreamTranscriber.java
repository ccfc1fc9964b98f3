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
 *
 * <p>Partial results come as text only. Asked for word timings too, Vosk's small model holds
 * each partial back until it can align the words: they arrived about a second after they were
 * spoken, a few at a time, where text alone follows the speech word by word about 0.1-0.3 s
 * behind (docs/speech.md). A partial's word times are therefore estimated: a word new in a
 * partial ended just before the audio that brought it ({@link #PARTIAL_LAG_S}), words that stay
 * keep their times, and the final result replaces them all with the recogniser's own.
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
    private final VoiceGate gate;
    /** Samples of the stream so far, heard or not: the stream's clock. */
    private long samplesSeen;
    /** Samples the recogniser was fed: its clock, which a pause not fed leaves behind the stream's. */
    private long samplesFed;
    /**
     * Where the recogniser's clock and the stream's part: each {fed sample, stream sample} at which
     * feeding resumed after audio the gate kept back, in order.
     */
    private final List<long[]> resumed = new ArrayList<>();
    private String lastPartial = "";
    /** The words of the partial in progress, with the times estimated when each first appeared. */
    private List<Word> partialWords = List.of();
    /** How long after a word ends it shows in a partial result (measured: 0.1-0.3 s). */
    static final double PARTIAL_LAG_S = 0.2;
    /** The length given to a word when nothing says otherwise: the first words of a partial. */
    private static final double WORD_S = 0.3;

    StreamTranscriber(SpeechModel model, SpeechModel.PooledRecognizer pooled, double offsetSeconds,
            VoiceGate.Settings gate) {
        this.model = model;
        this.pooled = pooled;
        this.recognizer = pooled.recognizer();
        this.offsetSeconds = offsetSeconds;
        this.recognizerClockAtStart = pooled.samplesFed() / (double) SpeechModel.SAMPLE_RATE;
        this.gate = new VoiceGate(gate, SpeechModel.SAMPLE_RATE, AudioChunker.CHUNK_SAMPLES / (double) SpeechModel.SAMPLE_RATE);
    }

    /** Seconds of call time up to the end of the audio given so far (heard by the recogniser or not). */
    public double audioEnd() {
        return offsetSeconds + samplesSeen / (double) SpeechModel.SAMPLE_RATE;
    }

    /** Seconds of the stream the gate kept from the recogniser: pauses it did not have to decode. */
    public double skippedSeconds() {
        return (samplesSeen - samplesFed) / (double) SpeechModel.SAMPLE_RATE;
    }

    /**
     * Takes the next 16 kHz samples of the stream. Returns the finalised segment if they closed
     * one, and the partial segment when its text changed (null otherwise). A pause the gate keeps
     * back returns {@link TranscriptUpdate#NONE}: nothing was said in it.
     */
    public TranscriptUpdate accept(short[] samples) {
        requireOpen();
        VoiceGate.Step step = gate.next(samples);
        if (step.skipped()) {
            samplesSeen += samples.length;
            return TranscriptUpdate.NONE;
        }
        long fromStream = samplesSeen + samples.length - step.feed().stream().mapToLong(c -> c.length).sum();
        long[] last = resumed.isEmpty() ? new long[] {0, 0} : resumed.get(resumed.size() - 1);
        if (fromStream - samplesFed != last[1] - last[0]) {
            resumed.add(new long[] {samplesFed, fromStream});
        }
        samplesSeen += samples.length;
        List<TranscriptUpdate.Segment> finals = new ArrayList<>();
        boolean ended = false;
        for (short[] chunk : step.feed()) {
            samplesFed += chunk.length;
            pooled.fed(chunk.length);
            ended = recognizer.acceptWaveForm(chunk, chunk.length);
            if (ended) {
                finals.add(finalResult(recognizer.getResult()));
            }
        }
        if (step.endUtterance() && !ended && !lastPartial.isEmpty()) {
            // The pause that would have ended the utterance is not fed: end it here, as Vosk would.
            finals.add(finalResult(recognizer.getResult()));
            ended = true;
        }
        if (ended) {
            return new TranscriptUpdate(finals, null);
        }
        String text = partialText(recognizer.getPartialResult());
        if (text.equals(lastPartial)) {
            return TranscriptUpdate.NONE;
        }
        lastPartial = text;
        if (text.isEmpty()) {
            partialWords = List.of();
            return new TranscriptUpdate(List.of(), EMPTY);
        }
        partialWords = timed(text.split(" "), partialWords, audioEnd());
        return new TranscriptUpdate(List.of(), new TranscriptUpdate.Segment(text, partialWords));
    }

    /**
     * The words of a partial, timed: those it shares (from the start) with the previous partial
     * keep their times; the new ones share the time from the last kept word (or, at the start,
     * {@link #WORD_S} each) up to {@code heardAt - PARTIAL_LAG_S}.
     */
    static List<Word> timed(String[] tokens, List<Word> previous, double heardAt) {
        int kept = 0;
        while (kept < previous.size() && kept < tokens.length && previous.get(kept).word().equals(tokens[kept])) {
            kept++;
        }
        List<Word> words = new ArrayList<>(previous.subList(0, kept));
        int fresh = tokens.length - kept;
        double until = heardAt - PARTIAL_LAG_S;
        double from = kept > 0 ? words.get(kept - 1).end() : until - WORD_S * fresh;
        until = Math.max(until, from);
        for (int i = 0; i < fresh; i++) {
            words.add(new Word(tokens[kept + i], round(from + (until - from) * i / fresh),
                    round(from + (until - from) * (i + 1) / fresh), 1.0));
        }
        return List.copyOf(words);
    }

    /** A final result; an empty one still matters: it withdraws the partial words shown so far. */
    private TranscriptUpdate.Segment finalResult(String json) {
        lastPartial = "";
        partialWords = List.of();
        TranscriptUpdate.Segment segment = parse(json, "result", "text");
        return segment == null ? EMPTY : segment;
    }

    /** Stream seconds (from its start) of a time on the recogniser's clock, since this stream began on it. */
    private double streamSeconds(double fedSeconds) {
        long fed = Math.round(fedSeconds * SpeechModel.SAMPLE_RATE);
        for (int i = resumed.size() - 1; i >= 0; i--) {
            long[] point = resumed.get(i);
            if (fed >= point[0]) {
                return fedSeconds + (point[1] - point[0]) / (double) SpeechModel.SAMPLE_RATE;
            }
        }
        return fedSeconds;
    }

    private static String partialText(String json) {
        try {
            return JSON.readTree(json).path("partial").asText("").trim();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(malformed(json), e);
        }
    }

    /**
     * Ends the stream: takes the recogniser's final result (the last words live only there) and
     * returns the recogniser to the pool. The transcriber is unusable afterwards.
     */
    public TranscriptUpdate finish() {
        requireOpen();
        TranscriptUpdate.Segment segment = finalResult(recognizer.getFinalResult());
        close();
        return new TranscriptUpdate(List.of(segment), null);
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
            throw new UncheckedIOException(malformed(json), e);
        }
        List<Word> words = new ArrayList<>();
        for (JsonNode node : root.path(wordsField)) {
            double start = streamSeconds(node.path("start").asDouble() - recognizerClockAtStart);
            // A word ends where it started was fed: a pause kept back never falls inside a word.
            double end = start + node.path("end").asDouble() - node.path("start").asDouble();
            words.add(new Word(node.path("word").asText(), round(offsetSeconds + start), round(offsetSeconds + end),
                    node.path("conf").asDouble(1.0)));
        }
        String text = root.path(textField).asText("").trim();
        if (words.isEmpty() && text.isEmpty()) {
            return null;
        }
        return new TranscriptUpdate.Segment(text, words);
    }

    /** Not the JSON itself: it holds what was said, and the message is logged. */
    private static String malformed(String json) {
        return "recogniser returned malformed JSON (" + json.length() + " characters)";
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
