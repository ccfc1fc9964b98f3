package app.parley.live;

import app.parley.audio.AcousticFrame;
import app.parley.audio.LoudnessTrackBuilder;
import app.parley.call.LoudnessTrack;
import app.parley.audio.PcmAudio;
import app.parley.call.CallInfo;
import app.parley.call.CallRecord;
import app.parley.call.Prompt;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.coaching.CoachingEngine;
import app.parley.coaching.FactsView;
import app.parley.call.Redaction;
import app.parley.redaction.Crosstalk;
import app.parley.redaction.RedactedSpan;
import app.parley.redaction.RedactionPolicy;
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
 * 20 ms frames a tap delivers and fed through the same {@link PartyPipeline} a live stream
 * goes through. Both legs start at call time zero. Coaching then replays the call as it would
 * have unfolded live, ordered by the live path's {@link CoachingClock}: every partial and final
 * result at the audio time the recogniser gave it, and every loudness window at its end.
 */
public final class CallAnalyzer {
    private static final int FRAME_MS = 20;

    private final SpeechModel speech;
    private final CoachingEngine coaching;
    private final RedactionPolicy redaction;

    /** Coaching with the built-in English rules. */
    public CallAnalyzer(SpeechModel speech) {
        this(speech, CoachingEngine.builtIn("en"));
    }

    /** With the default redaction, as a live call has it unless the site says otherwise. */
    public CallAnalyzer(SpeechModel speech, CoachingEngine coaching) {
        this(speech, coaching, RedactionPolicy.DEFAULT);
    }

    public CallAnalyzer(SpeechModel speech, CoachingEngine coaching, RedactionPolicy redaction) {
        this.speech = speech;
        this.coaching = coaching;
        this.redaction = redaction;
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
            // Both legs join before either is decoded: each may hear the other read out a card number.
            // In step, a leg whose digits wait for the other's judgement waits for its thread too.
            Crosstalk crosstalk = Crosstalk.inStep();
            Crosstalk.Party callerParty = crosstalk.join();
            Crosstalk.Party agentParty = crosstalk.join();
            CompletableFuture<Leg> callerLeg = CompletableFuture.supplyAsync(
                    () -> listen(caller, Speaker.CALLER, callerParty), legs);
            CompletableFuture<Leg> agentLeg = CompletableFuture.supplyAsync(
                    () -> listen(agent, Speaker.AGENT, agentParty), legs);
            List<Utterance> utterances = new ArrayList<>(callerLeg.join().utterances);
            utterances.addAll(agentLeg.join().utterances);
            utterances.sort(Comparator.comparingDouble(Utterance::start).thenComparing(Utterance::speaker));
            double duration = Math.round(Math.max(caller.seconds(), agent.seconds()) * 1000) / 1000.0;
            List<Prompt> prompts = coach(facts, LocalDate.ofInstant(startedAt, ZoneId.systemDefault()), duration,
                    callerLeg.join(), agentLeg.join());
            List<Redaction> redactions = new ArrayList<>(callerLeg.join().redactions);
            redactions.addAll(agentLeg.join().redactions);
            redactions.sort(Comparator.comparingDouble(Redaction::start).thenComparing(Redaction::speaker));
            return new Analysis(new CallRecord(new CallInfo(callId, startedAt, callerNumber, agentId, duration),
                    utterances, prompts, null, List.of(), List.of(), redactions),
                    List.of(callerLeg.join().loudness.build(), agentLeg.join().loudness.build()));
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
        return listen(leg, speaker, new Crosstalk().join()).utterances;
    }

    /** What a leg gave: its utterances, what coaching hears of it (in the order given, then its last words), its loudness. */
    private static final class Leg implements PartyPipeline.Output {
        final Speaker speaker;
        final List<Utterance> utterances = new ArrayList<>();
        final List<CoachingClock.Heard> heard = new ArrayList<>();
        final List<Redaction> redactions = new ArrayList<>();
        CoachingClock.Words last = new CoachingClock.Words(TranscriptUpdate.NONE, 0);
        final LoudnessTrackBuilder loudness;

        Leg(Speaker speaker) {
            this.speaker = speaker;
            this.loudness = new LoudnessTrackBuilder(speaker);
        }

        @Override
        public void sound(AcousticFrame frame) {
            loudness.add(frame);
            heard.add(new CoachingClock.Sound(frame));
        }

        @Override
        public void decoded(TranscriptUpdate update, double reached) {
            collect(update, speaker, utterances);
            if (update != TranscriptUpdate.NONE) {
                heard.add(new CoachingClock.Words(update, reached));
            }
        }

        @Override
        public void ended(TranscriptUpdate words, double reached) {
            collect(words, speaker, utterances);
            last = new CoachingClock.Words(words, reached);
        }

        @Override
        public void redacted(RedactedSpan span) {
            redactions.add(new Redaction(span.category().id(), speaker, span.start(), span.end()));
        }

        @Override
        public void failed(String what, RuntimeException error) {
            throw error;
        }
    }

    /** A leg, decoded on the calling thread, to its last words (which may wait for the other leg's thread). */
    private Leg listen(PcmAudio audio, Speaker speaker, Crosstalk.Party party) {
        Leg leg = new Leg(speaker);
        try (StreamTranscriber transcriber = openTranscriber()) {
            PartyPipeline pipeline = new PartyPipeline(0, Runnable::run, () -> transcriber, redaction, party, leg);
            int frame = Math.max(1, audio.sampleRate() * FRAME_MS / 1000);
            short[] samples = audio.samples();
            for (int from = 0; from < samples.length; from += frame) {
                pipeline.push(audio.sampleRate(), Arrays.copyOfRange(samples, from, Math.min(samples.length, from + frame)));
            }
            pipeline.end();
        } finally {
            // A leg that failed holds the other back no longer.
            party.leave();
        }
        return leg;
    }

    /** Replays both legs through a coaching session, ordered by the clock a live call uses. */
    private List<Prompt> coach(FactsView facts, LocalDate callDate, double duration, Leg... legs) {
        return CoachingClock.replay(coaching.open(facts, callDate), duration, Arrays.stream(legs)
                .map(leg -> new CoachingClock.Recorded(leg.speaker, leg.heard, leg.last.update(), leg.last.at()))
                .toList());
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
