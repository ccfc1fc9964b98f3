package app.parley.live;

import app.parley.audio.AcousticFrame;
import app.parley.audio.PcmAudio;
import app.parley.audio.WavFile;
import app.parley.call.CallRecord;
import app.parley.call.Redaction;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.redaction.Crosstalk;
import app.parley.redaction.RedactedSpan;
import app.parley.redaction.RedactionPolicy;
import app.parley.speech.SpeechModel;
import app.parley.speech.StreamTranscriber;
import app.parley.speech.TranscriptUpdate;
import app.parley.store.CallStore;
import app.parley.store.Recordings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes the calls a stop left transcribed up to some time ({@link CallStore#transcribedInPart}):
 * each party's recording (or, where the site keeps none, the audio the stop kept because it had
 * not decoded it) is transcribed again from its start through the live path's pipeline
 * (recogniser, redaction), the words after those stored ({@link Remainder}) are added under a
 * stream named {@value #STREAM_PREFIX}{@code <party>}, payment data said in them is kept as a
 * redaction and silenced in the recording, and the mark is cleared. Prompts are not raised for
 * the rest: a prompt is advice to the agent during the call, and the record keeps what the agent
 * was shown. Blocking: runs on a thread of its own; stops between frames when {@code stopping}
 * says so, leaving the call marked for the next start (every write is safe to run again).
 */
public final class CallFinisher implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(CallFinisher.class);
    static final String STREAM_PREFIX = "after-stop-";
    private static final int FRAME_MS = 20;

    private final CallStore store;
    private final Recordings recordings;
    private final Recordings untranscribed;
    private final SpeechModel speech;
    private final RedactionPolicy redaction;
    private final BooleanSupplier stopping;

    /**
     * {@code recordings}: the calls' recordings; {@code untranscribed}: where a stop kept the audio
     * it did not decode of a call the site kept no recording of (deleted once transcribed).
     */
    public CallFinisher(CallStore store, Recordings recordings, Recordings untranscribed, SpeechModel speech,
            RedactionPolicy redaction, BooleanSupplier stopping) {
        this.store = store;
        this.recordings = recordings;
        this.untranscribed = untranscribed;
        this.speech = speech;
        this.redaction = redaction;
        this.stopping = stopping;
    }

    /** Finishes every marked call, oldest first; a call that fails is logged and left marked. */
    @Override
    public void run() {
        Map<String, Double> marked;
        try {
            marked = store.transcribedInPart();
        } catch (RuntimeException e) {
            LOG.error("calls a stop left half-transcribed could not be listed: {}", e.getMessage());
            return;
        }
        if (!marked.isEmpty()) {
            LOG.info("{} call(s) a stop left transcribed in part: transcribing the rest from their recordings",
                    marked.size());
        }
        for (Map.Entry<String, Double> call : marked.entrySet()) {
            if (stopping.getAsBoolean()) {
                return;
            }
            try {
                finish(call.getKey(), call.getValue());
            } catch (IOException | RuntimeException e) {
                LOG.error("call {}: the rest of its words (after {}s) could not be transcribed: {}", call.getKey(),
                        call.getValue(), e.getMessage());
            }
        }
    }

    /** Returns whether the call is whole now. */
    boolean finish(String callId, double upTo) throws IOException {
        Optional<CallRecord> found = store.find(callId);
        if (found.isEmpty()) {
            untranscribed.delete(callId); // deleted meanwhile (retention): its audio goes too
            return false;
        }
        Map<Speaker, Path> files = new java.util.EnumMap<>(Speaker.class);
        for (Speaker speaker : Speaker.values()) {
            audioOf(callId, speaker).ifPresent(file -> files.put(speaker, file));
        }
        if (files.isEmpty()) {
            LOG.warn("call {}: transcribed up to {}s, and no audio of it left to transcribe the rest from: it stays so",
                    callId, upTo);
            return false;
        }
        Map<Speaker, PcmAudio> audios = new java.util.EnumMap<>(Speaker.class);
        Map<Speaker, Leg> legs = new java.util.EnumMap<>(Speaker.class);
        for (Map.Entry<Speaker, Path> file : files.entrySet()) {
            PcmAudio audio = WavFile.read(file.getValue());
            Leg leg = transcribe(audio, file.getKey());
            if (leg == null) {
                return false; // Parley is stopping, nothing written yet: the next start does it again
            }
            audios.put(file.getKey(), audio);
            legs.put(file.getKey(), leg);
        }
        List<Remainder.Added> rests = new ArrayList<>();
        List<Redaction> kept = new ArrayList<>();
        // Payment data said in the rest is silenced in every party's recording, as live: the other
        // line carries it too (the echo, or the agent reading it back).
        List<RedactedSpan> silence = new ArrayList<>();
        for (Leg leg : legs.values()) {
            List<Utterance> stored = found.get().utterances().stream().filter(u -> u.speaker() == leg.speaker).toList();
            double storedUntil = stored.stream().mapToDouble(Utterance::end).max().orElse(Double.NEGATIVE_INFINITY);
            rests.addAll(Remainder.after(stored, leg.utterances));
            for (int i = 0; i < leg.redactions.size(); i++) {
                if (leg.redactions.get(i).end() > storedUntil) {
                    kept.add(leg.redactions.get(i));
                    silence.add(leg.spans.get(i));
                }
            }
        }
        // Silenced before the words are stored: a stop in between leaves the call marked, and the
        // next start finds the same rest (silencing again is harmless).
        for (Map.Entry<Speaker, Path> file : files.entrySet()) {
            silenceIn(file.getValue(), audios.get(file.getKey()), silence);
        }
        for (Remainder.Added rest : rests) {
            store.saveUtterance(callId, STREAM_PREFIX + rest.utterance().speaker().id(), rest.seq(), rest.utterance(),
                    true);
        }
        kept.forEach(redaction -> store.saveRedaction(callId, redaction));
        int added = rests.size();
        store.transcribedWhole(callId);
        untranscribed.delete(callId);
        LOG.info("call {}: transcribed whole from its recordings ({} utterance(s) after {}s added)", callId, added, upTo);
        return true;
    }

    /**
     * The party's recording, or what a stop kept of its audio when there was none: silence up to
     * where its decoding was cut, then the rest, at call time like a recording.
     */
    private Optional<Path> audioOf(String callId, Speaker speaker) {
        return recordings.find(callId, speaker).or(() -> untranscribed.find(callId, speaker));
    }

    /** Writes the recording again with {@code spans} silenced (through a file beside it, then moved over it). */
    private static void silenceIn(Path file, PcmAudio audio, List<RedactedSpan> spans) throws IOException {
        if (spans.isEmpty()) {
            return;
        }
        Path silenced = file.resolveSibling(file.getFileName() + ".silenced");
        WavFile.write(silenced, audio.silenced(spans.stream().map(span -> new double[] {span.start(), span.end()})
                .toList(), RedactedSpan.SILENCE_PADDING_S));
        Files.move(silenced, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** One party's recording through the pipeline a live stream goes through (null: Parley is stopping). */
    private Leg transcribe(PcmAudio audio, Speaker speaker) throws IOException {
        Leg leg = new Leg(speaker);
        // Alone in its crosstalk: digits the other party read out are judged in that party's own leg.
        Crosstalk.Party party = new Crosstalk().join();
        try (StreamTranscriber transcriber = speech.open(0)) {
            PartyPipeline pipeline = new PartyPipeline(0, Runnable::run, () -> transcriber, redaction, party, leg);
            int frame = Math.max(1, audio.sampleRate() * FRAME_MS / 1000);
            short[] samples = audio.samples();
            for (int from = 0; from < samples.length; from += frame) {
                if (stopping.getAsBoolean()) {
                    return null;
                }
                pipeline.push(audio.sampleRate(), Arrays.copyOfRange(samples, from, Math.min(samples.length, from + frame)));
            }
            pipeline.end();
        } finally {
            party.leave();
        }
        return leg;
    }

    /** What a party's recording gave: its final utterances and what was redacted from them. */
    private static final class Leg implements PartyPipeline.Output {
        final Speaker speaker;
        final List<Utterance> utterances = new ArrayList<>();
        final List<Redaction> redactions = new ArrayList<>();
        final List<RedactedSpan> spans = new ArrayList<>();

        Leg(Speaker speaker) {
            this.speaker = speaker;
        }

        @Override
        public void sound(AcousticFrame frame) {
            // The loudness was measured and stored live, from all the audio.
        }

        @Override
        public void decoded(TranscriptUpdate update, double reached) {
            collect(update);
        }

        @Override
        public void ended(TranscriptUpdate last, double reached) {
            collect(last);
        }

        @Override
        public void redacted(RedactedSpan span) {
            redactions.add(new Redaction(span.category().id(), speaker, span.start(), span.end()));
            spans.add(span);
        }

        @Override
        public void failed(String what, RuntimeException error) {
            throw error;
        }

        private void collect(TranscriptUpdate update) {
            for (TranscriptUpdate.Segment segment : update.finals()) {
                if (!segment.isEmpty()) {
                    utterances.add(segment.said(speaker));
                }
            }
        }
    }
}
