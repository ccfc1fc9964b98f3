package app.parley.live;

import app.parley.audio.PcmAudio;
import app.parley.call.CallInfo;
import app.parley.call.CallRecord;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.speech.AudioChunker;
import app.parley.speech.SpeechModel;
import app.parley.speech.StreamTranscriber;
import app.parley.speech.TranscriptUpdate;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A recorded call through the live path, as fast as the CPU allows: each leg is cut into the
 * 20 ms frames a tap delivers and fed through the same {@link AudioChunker} and recogniser
 * settings. Both legs start at call time zero.
 */
public final class CallAnalyzer {
    private static final int FRAME_MS = 20;

    private final SpeechModel speech;

    public CallAnalyzer(SpeechModel speech) {
        this.speech = speech;
    }

    public CallRecord analyze(String callId, PcmAudio caller, PcmAudio agent, String callerNumber, String agentId)
            throws IOException {
        Instant startedAt = Instant.now();
        ExecutorService legs = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<List<Utterance>> callerWords = CompletableFuture.supplyAsync(
                    () -> transcribe(caller, Speaker.CALLER), legs);
            CompletableFuture<List<Utterance>> agentWords = CompletableFuture.supplyAsync(
                    () -> transcribe(agent, Speaker.AGENT), legs);
            List<Utterance> utterances = new ArrayList<>(callerWords.join());
            utterances.addAll(agentWords.join());
            utterances.sort(Comparator.comparingDouble(Utterance::start).thenComparing(Utterance::speaker));
            double duration = Math.round(Math.max(caller.seconds(), agent.seconds()) * 1000) / 1000.0;
            return new CallRecord(new CallInfo(callId, startedAt, callerNumber, agentId, duration), utterances,
                    List.of(), null);
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        } finally {
            legs.shutdown();
        }
    }

    /** One leg, frame by frame, exactly as {@link LiveCalls} feeds a live stream. */
    public List<Utterance> transcribe(PcmAudio leg, Speaker speaker) {
        List<Utterance> utterances = new ArrayList<>();
        try (StreamTranscriber transcriber = openTranscriber()) {
            AudioChunker chunker = new AudioChunker(chunk -> collect(transcriber.accept(chunk), speaker, utterances));
            int frame = Math.max(1, leg.sampleRate() * FRAME_MS / 1000);
            short[] samples = leg.samples();
            for (int from = 0; from < samples.length; from += frame) {
                chunker.push(leg.sampleRate(), Arrays.copyOfRange(samples, from, Math.min(samples.length, from + frame)));
            }
            chunker.flush();
            collect(transcriber.finish(), speaker, utterances);
        }
        return utterances;
    }

    private StreamTranscriber openTranscriber() {
        try {
            return speech.open(0);
        } catch (IOException e) {
            throw new CompletionException(e);
        }
    }

    private static void collect(TranscriptUpdate update, Speaker speaker, List<Utterance> into) {
        for (TranscriptUpdate.Segment segment : update.finals()) {
            if (!segment.isEmpty()) {
                into.add(segment.said(speaker));
            }
        }
    }
}
