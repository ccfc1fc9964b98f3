package app.parley.live;

import app.parley.audio.AcousticFrame;
import app.parley.audio.AcousticMeter;
import app.parley.audio.LoudnessTrackBuilder;
import app.parley.call.LoudnessTrack;
import app.parley.audio.PcmAudio;
import app.parley.call.CallInfo;
import app.parley.call.CallRecord;
import app.parley.call.Prompt;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.coaching.CoachingEngine;
import app.parley.coaching.CoachingSession;
import app.parley.coaching.FactsView;
import app.parley.speech.AudioChunker;
import app.parley.speech.SpeechModel;
import app.parley.speech.StreamTranscriber;
import app.parley.speech.TranscriptUpdate;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * settings. Both legs start at call time zero. Coaching then replays the call as it would have
 * unfolded live: every partial and final result at the audio time the recogniser gave it, and
 * every loudness window at its end, both parties merged in time order.
 */
public final class CallAnalyzer {
    private static final int FRAME_MS = 20;

    private final SpeechModel speech;
    private final CoachingEngine coaching;

    /** Coaching with the built-in English rules. */
    public CallAnalyzer(SpeechModel speech) {
        this(speech, CoachingEngine.builtIn("en"));
    }

    public CallAnalyzer(SpeechModel speech, CoachingEngine coaching) {
        this.speech = speech;
        this.coaching = coaching;
    }

    public CallRecord analyze(String callId, PcmAudio caller, PcmAudio agent, String callerNumber, String agentId)
            throws IOException {
        return analyze(callId, caller, agent, callerNumber, agentId, FactsView.NONE);
    }

    /** The call's record, with the prompts coaching raised; {@code facts} may be {@link FactsView#NONE}. */
    public CallRecord analyze(String callId, PcmAudio caller, PcmAudio agent, String callerNumber, String agentId,
            FactsView facts) throws IOException {
        return analyzeWithLoudness(callId, caller, agent, callerNumber, agentId, facts).record();
    }

    /** A call's record and each party's loudness track, as a live call stores them. */
    public record Analysis(CallRecord record, List<LoudnessTrack> loudness) {
        public Analysis {
            loudness = List.copyOf(loudness);
        }
    }

    /** {@link #analyze}, with the parties' loudness tracks too. */
    public Analysis analyzeWithLoudness(String callId, PcmAudio caller, PcmAudio agent, String callerNumber,
            String agentId, FactsView facts) throws IOException {
        return analyzeWithLoudness(callId, caller, agent, callerNumber, agentId, facts, Instant.now());
    }

    /** {@link #analyzeWithLoudness}, for a call that took place at {@code startedAt} (dates said are read against its day). */
    public Analysis analyzeWithLoudness(String callId, PcmAudio caller, PcmAudio agent, String callerNumber,
            String agentId, FactsView facts, Instant startedAt) throws IOException {
        ExecutorService legs = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Leg> callerLeg = CompletableFuture.supplyAsync(() -> listen(caller, Speaker.CALLER), legs);
            CompletableFuture<Leg> agentLeg = CompletableFuture.supplyAsync(() -> listen(agent, Speaker.AGENT), legs);
            List<Utterance> utterances = new ArrayList<>(callerLeg.join().utterances());
            utterances.addAll(agentLeg.join().utterances());
            utterances.sort(Comparator.comparingDouble(Utterance::start).thenComparing(Utterance::speaker));
            double duration = Math.round(Math.max(caller.seconds(), agent.seconds()) * 1000) / 1000.0;
            List<Prompt> prompts = coach(facts, LocalDate.ofInstant(startedAt, ZoneId.systemDefault()), duration,
                    callerLeg.join(), agentLeg.join());
            return new Analysis(new CallRecord(new CallInfo(callId, startedAt, callerNumber, agentId, duration),
                    utterances, prompts, null), List.of(callerLeg.join().loudness(), agentLeg.join().loudness()));
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
        return listen(leg, speaker).utterances();
    }

    /** What coaching hears of a leg, each with the call time at which it became known. */
    private record Heard(double at, Speaker speaker, TranscriptUpdate update, AcousticFrame frame) {
    }

    private record Leg(List<Utterance> utterances, List<Heard> heard, LoudnessTrack loudness) {
    }

    private Leg listen(PcmAudio leg, Speaker speaker) {
        List<Utterance> utterances = new ArrayList<>();
        LoudnessTrackBuilder loudness = new LoudnessTrackBuilder(speaker);
        List<Heard> heard = new ArrayList<>();
        try (StreamTranscriber transcriber = openTranscriber()) {
            AudioChunker chunker = new AudioChunker(chunk -> {
                TranscriptUpdate update = transcriber.accept(chunk);
                collect(update, speaker, utterances);
                if (update != TranscriptUpdate.NONE) {
                    heard.add(new Heard(transcriber.audioEnd(), speaker, update, null));
                }
            });
            AcousticMeter meter = new AcousticMeter(0);
            int frame = Math.max(1, leg.sampleRate() * FRAME_MS / 1000);
            short[] samples = leg.samples();
            for (int from = 0; from < samples.length; from += frame) {
                short[] pcm = Arrays.copyOfRange(samples, from, Math.min(samples.length, from + frame));
                chunker.push(leg.sampleRate(), pcm);
                for (AcousticFrame window : meter.push(leg.sampleRate(), pcm)) {
                    loudness.add(window);
                    heard.add(new Heard(window.end(), speaker, null, window));
                }
            }
            chunker.flush();
            double end = transcriber.audioEnd();
            TranscriptUpdate last = transcriber.finish();
            collect(last, speaker, utterances);
            heard.add(new Heard(end, speaker, last, null));
        }
        return new Leg(utterances, heard, loudness.build());
    }

    /** Replays both legs through a coaching session in time order. */
    private List<Prompt> coach(FactsView facts, LocalDate callDate, double duration, Leg caller, Leg agent) {
        List<Heard> timeline = new ArrayList<>(caller.heard());
        timeline.addAll(agent.heard());
        timeline.sort(Comparator.comparingDouble(Heard::at));
        CoachingSession session = coaching.open(facts, callDate);
        for (Heard heard : timeline) {
            if (heard.frame() != null) {
                session.acoustics(heard.speaker(), heard.frame());
            } else {
                TranscriptFeed.into(session, heard.speaker(), heard.update());
            }
            session.advanceTo(heard.at());
        }
        session.advanceTo(duration);
        return session.prompts();
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
