package app.parley.live;

import app.parley.audio.AcousticFrame;
import app.parley.audio.LoudnessTrackBuilder;
import app.parley.audio.WavRecorder;
import app.parley.call.LoudnessTrack;
import app.parley.store.Recordings;
import java.io.IOException;
import app.parley.audio.AudioStream;
import app.parley.call.Prompt;
import app.parley.coaching.CoachingEngine;
import app.parley.coaching.FactsView;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import app.parley.call.CallInfo;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.config.ParleyConfig;
import app.parley.redaction.RedactedSpan;
import app.parley.redaction.RedactionPolicy;
import app.parley.speech.SpeechModel;
import app.parley.speech.TranscriptUpdate;
import app.parley.store.CallStore;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live path of every call: party streams in, words out, stored as they come and published
 * to the screens. All state lives on one Vert.x context; recognition runs on the speech pool
 * (one {@link SerialExecutor} per stream keeps each stream's audio in order) and every store
 * write goes through one ordered writer, so nothing here blocks an event loop.
 *
 * <p>Time is the audio's: a call's clock starts with its first stream, a later stream's words
 * are shifted by the moment it joined, and from then on a stream's time is its sample count.
 */
public final class LiveCalls implements AudioStream.Opener {
    /** Event-bus address of the live feed (JSON events: call-started, utterance, call-ended). */
    public static final String EVENTS = "parley.live";

    private static final Logger LOG = LoggerFactory.getLogger(LiveCalls.class);

    private final Vertx vertx;
    private final Context context;
    /** The context's event-loop thread: requests arrive on duplicates of the context, on the same thread. */
    private final Thread eventLoop;
    private final SpeechModel speech;
    private final CallStore store;
    private final Executor speechPool;
    private final Executor storeWriter;
    private final TapDirectory taps;
    private final ParleyConfig.Calls settings;
    private final CoachingEngine coaching;
    private final FactsLookup factsLookup;
    /** Where parties' audio is kept; null when the site keeps no recordings. */
    private final Recordings recordings;
    private final RedactionPolicy redaction;
    private final Map<String, LiveCall> calls = new LinkedHashMap<>();
    /** Set once Parley is stopping: completed when the last call has ended (see {@link #stop}). */
    private io.vertx.core.Promise<Void> stopped;
    /** Silence a stream may go without frames before it is filled in (see PartyStream.fillSilence). */
    private static final double FIRST_FRAME_SLACK_S = 0.25;
    private static final double MAX_JITTER_S = 1.0;
    private StreamListener streamListener = StreamListener.NONE;
    private LiveMeters meters = LiveMeters.NONE;

    /** Told when a party stream opens and ends: how telephony notices a tap that dropped. */
    public interface StreamListener {
        StreamListener NONE = new StreamListener() {
            @Override
            public void opened(Tap tap, UUID streamId) {
            }

            @Override
            public void ended(Tap tap, UUID streamId, String reason, double audioSeconds) {
            }
        };

        void opened(Tap tap, UUID streamId);

        /** {@code audioSeconds}: how much audio the stream carried (0 when the tap ended at once). */
        void ended(Tap tap, UUID streamId, String reason, double audioSeconds);
    }

    public LiveCalls(Vertx vertx, SpeechModel speech, CallStore store, Executor speechPool, Executor storeWriter,
            TapDirectory taps, ParleyConfig.Calls settings, CoachingEngine coaching, FactsLookup factsLookup,
            Recordings recordings, RedactionPolicy redaction) {
        this.recordings = recordings;
        this.redaction = redaction;
        this.coaching = java.util.Objects.requireNonNull(coaching, "coaching");
        this.factsLookup = factsLookup;
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        if (!context.isEventLoopContext() || !Context.isOnEventLoopThread()) {
            throw new IllegalStateException("LiveCalls must be created on an event loop (in a verticle's start)");
        }
        this.eventLoop = Thread.currentThread();
        this.speech = speech;
        this.store = store;
        this.speechPool = speechPool;
        this.storeWriter = storeWriter;
        this.taps = taps;
        this.settings = settings;
        // A quiet tap sends no frames: fill its silence on time, or the call's coaching clock
        // would wait for it (see PartyStream.fillSilence).
        vertx.setPeriodic(QUIET_CHECK_MS, timer -> {
            for (LiveCall call : calls.values()) {
                for (PartyStream stream : List.copyOf(call.open)) {
                    stream.fillIfQuiet();
                }
            }
        });
    }

    /** How often open streams are checked for a quiet tap. */
    private static final long QUIET_CHECK_MS = 500;

    public void setStreamListener(StreamListener listener) {
        this.streamListener = listener;
    }

    /** Where the live path's figures go (calls and streams live, decode lag, delays to the screen). */
    public void measureWith(LiveMeters meters) {
        requireContext();
        this.meters = meters;
        counted();
    }

    private void counted() {
        meters.live(calls.size(), openStreams());
    }

    private int openStreams() {
        return calls.values().stream().mapToInt(call -> call.open.size()).sum();
    }

    @Override
    public AudioStream open(UUID streamId, String remoteAddress) {
        requireContext();
        // The stream joins when it arrives, not after the work of starting its call.
        long arrived = System.nanoTime();
        if (stopped != null) {
            LOG.warn("AudioSocket stream {} from {} refused: Parley is stopping", streamId, remoteAddress);
            return null;
        }
        Tap tap = taps.resolve(streamId);
        if (tap == null) {
            LOG.warn("AudioSocket stream {} from {} refused: Parley did not ask the PBX for it", streamId, remoteAddress);
            return null;
        }
        LiveCall call = calls.get(tap.callId());
        if (call == null) {
            call = start(tap.callId(), tap.callerNumber(), tap.agent(), false, arrived);
        }
        PartyStream stream = new PartyStream(streamId, tap, call, arrived);
        LOG.info("call {}: {} stream {} joined from {} at {}s", call.id, tap.speaker().id(), streamId,
                remoteAddress, stream.offset);
        streamListener.opened(tap, streamId);
        return stream;
    }

    /**
     * The PBX answered a coached call: it shows on its agent's screen now, before any audio, and
     * its clock starts. It ends with {@link #callHungUp}, not when its streams pause.
     */
    public void callAnswered(String callId, String callerNumber, String agent) {
        requireContext();
        LiveCall call = calls.get(callId);
        if (call == null) {
            start(callId, callerNumber, agent, true, System.nanoTime());
        } else {
            call.managed = true;
        }
    }

    /** The PBX says the call is over: it ends as soon as its streams have delivered their last words. */
    public void callHungUp(String callId) {
        requireContext();
        LiveCall call = calls.get(callId);
        if (call == null || call.hungUpNanos >= 0) {
            return;
        }
        call.hungUpNanos = System.nanoTime();
        if (call.endTimer >= 0) {
            vertx.cancelTimer(call.endTimer);
            call.endTimer = -1;
        }
        endIfIdle(call);
    }

    /**
     * Parley is stopping: no stream is taken from now on, every open stream ends now, its
     * recogniser gives the last words of what has arrived, and each call ends as soon as they are
     * in, its writes queued for the store. Completes when no call is left.
     */
    public io.vertx.core.Future<Void> stop() {
        requireContext();
        if (stopped == null) {
            stopped = io.vertx.core.Promise.promise();
            for (LiveCall call : List.copyOf(calls.values())) {
                for (PartyStream stream : List.copyOf(call.open)) {
                    stream.end("shutdown");
                }
                // As if the PBX said it was over: it ends once its streams' last words are in.
                callHungUp(call.id);
            }
            completeStopWhenIdle();
        }
        return stopped.future();
    }

    private void completeStopWhenIdle() {
        if (stopped != null && calls.isEmpty()) {
            stopped.tryComplete();
        }
    }

    /** Whether the call is live and a stream of this party is open. */
    public boolean hasOpenStream(String callId, Speaker speaker) {
        requireContext();
        LiveCall call = calls.get(callId);
        return call != null && call.open.stream().anyMatch(stream -> stream.tap.speaker() == speaker);
    }

    /** A call whose clock starts at {@code startedNanos}: its first stream's arrival, or the PBX's answer. */
    private LiveCall start(String callId, String callerNumber, String agent, boolean managed, long startedNanos) {
        LiveCall call = new LiveCall(callId, callerNumber, agent, Instant.now(), startedNanos);
        call.managed = managed;
        calls.put(call.id, call);
        counted();
        CallInfo info = new CallInfo(call.id, call.startedAt, call.callerNumber, call.agent, null);
        write(() -> store.startCall(info));
        publish(call, new JsonObject().put("type", "call-started").put("call", call.summary()));
        LOG.info("call {} started (agent {}, caller {})", call.id, call.agent, call.callerNumber);
        lookUpFacts(call);
        return call;
    }

    /** The caller's account, looked up off the event loop; coaching opens with it once it is known. */
    private void lookUpFacts(LiveCall call) {
        if (call.callerNumber == null || factsLookup == FactsLookup.NONE) {
            call.factsKnown(null);
            return;
        }
        io.vertx.core.Future.fromCompletionStage(factsLookup.lookup(call.callerNumber, call.id), context)
                .onComplete(result -> {
                    if (result.failed()) {
                        LOG.error("call {}: account lookup for {} failed: {}", call.id, call.callerNumber,
                                result.cause().getMessage());
                    }
                    call.factsKnown(result.succeeded() ? result.result() : null);
                });
    }

    /**
     * The live calls of the agents {@code visible} accepts (a call's agent may be null: none known),
     * with what was said so far, for a screen that just opened.
     */
    public JsonArray snapshot(java.util.function.Predicate<String> visible) {
        requireContext();
        JsonArray result = new JsonArray();
        for (LiveCall call : calls.values()) {
            if (visible.test(call.agent)) {
                JsonArray utterances = new JsonArray();
                call.transcript().forEach(entry -> utterances.add(entry));
                JsonObject entry = new JsonObject().put("call", call.summary()).put("utterances", utterances)
                        .put("prompts", new JsonArray(call.prompts.stream().map(LiveCalls::json).toList()));
                if (call.facts != null) {
                    entry.put("facts", call.facts.isNull() ? null : new JsonObject(call.facts.toString()));
                }
                result.add(entry);
            }
        }
        return result;
    }

    /** Streams in progress and calls open, for the health endpoint. */
    public JsonObject status() {
        requireContext();
        return new JsonObject().put("live_calls", calls.size()).put("live_streams", openStreams());
    }

    private void requireContext() {
        if (Thread.currentThread() != eventLoop) {
            throw new IllegalStateException("LiveCalls used off its Vert.x context");
        }
    }

    private void write(Runnable action) {
        storeWriter.execute(() -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.error("store write failed: {}", e.getMessage());
            }
        });
    }

    private void publish(LiveCall call, JsonObject event) {
        vertx.eventBus().publish(EVENTS, event.put("agent", call.agent).put("call_id", call.id));
    }

    private void endIfIdle(LiveCall call) {
        if (!call.open.isEmpty() || call.ended) {
            return;
        }
        call.ended = true;
        calls.remove(call.id);
        counted();
        double duration = call.duration();
        call.coached(call.clock.finish(duration));
        Instant endedAt = Instant.now();
        write(() -> store.updateDuration(call.id, duration, endedAt));
        for (LoudnessTrackBuilder builder : call.loudness.values()) {
            if (!builder.isEmpty()) {
                LoudnessTrack track = builder.build();
                write(() -> store.saveLoudness(call.id, track));
            }
        }
        for (PartyRecording recording : call.recordings.values()) {
            write(recording::close);
        }
        call.streamIds.forEach(id -> taps.forget(UUID.fromString(id)));
        call.streamIds.clear();
        publish(call, new JsonObject().put("type", "call-ended").put("duration_s", duration));
        LOG.info("call {} ended after {}s", call.id, duration);
        completeStopWhenIdle();
    }

    private final class LiveCall {
        final String id;
        final Instant startedAt;
        final long startedNanos;
        final String callerNumber;
        final String agent;
        /** Started by the PBX: ends when the PBX says so, not when its streams pause. */
        boolean managed;
        long hungUpNanos = -1;
        final Set<PartyStream> open = new HashSet<>();
        final List<PartyStream> all = new ArrayList<>();
        final Set<String> streamIds = new HashSet<>();
        /** Final utterances as published, for screens that open mid-call. */
        final List<JsonObject> finals = new ArrayList<>();
        boolean ended;
        long endTimer = -1;
        /** The account facts once looked up (NullNode: unknown caller); null while looking. */
        JsonNode facts;
        /** Orders both parties' coaching input; what comes before the facts waits in it for the session. */
        final CoachingClock clock = new CoachingClock();
        final List<Prompt> prompts = new ArrayList<>();
        final Map<Speaker, LoudnessTrackBuilder> loudness = new java.util.EnumMap<>(Speaker.class);
        /** Each party's recording, shared by the party's streams (a tap that reconnects goes on in it). */
        final Map<Speaker, PartyRecording> recordings = new java.util.EnumMap<>(Speaker.class);
        /** Stretches silenced in every party's recording, for a recording that starts later. */
        final List<RedactedSpan> silenced = new ArrayList<>();

        /**
         * A party said payment or identity data: it is kept as a fact of the call, and silenced
         * in every party's recording (the other line may carry the voice too).
         */
        void redacted(Speaker speaker, RedactedSpan span) {
            app.parley.call.Redaction redaction = new app.parley.call.Redaction(span.category().id(), speaker,
                    span.start(), span.end());
            write(() -> store.saveRedaction(id, redaction));
            silenced.add(span);
            for (PartyRecording recording : recordings.values()) {
                write(() -> recording.silence(span));
            }
            LOG.info("call {}: {} {} redacted at {}s", id, speaker.id(), span.category().noun(), span.start());
        }

        void factsKnown(FactsLookup.CallFacts found) {
            if (ended) {
                return;
            }
            // An unknown caller may still come with facts for coaching (when the call connected, from where).
            JsonNode shown = found == null || found.json() == null || found.json().isNull() ? null : found.json();
            facts = shown == null ? NullNode.getInstance() : shown;
            write(() -> store.saveFacts(id, shown));
            publish(this, new JsonObject().put("type", "facts")
                    .put("facts", shown == null ? null : new JsonObject(shown.toString())));
            coached(clock.start(coaching.open(found == null ? FactsView.NONE : found.coaching(),
                    java.time.LocalDate.ofInstant(startedAt, java.time.ZoneId.systemDefault()))));
        }

        /** Prompts coaching raised: to the screen and the store. */
        void coached(List<Prompt> raised) {
            for (Prompt prompt : raised) {
                int index = prompts.size();
                prompts.add(prompt);
                write(() -> store.savePrompt(id, index, prompt));
                publish(this, new JsonObject().put("type", "prompt").put("index", index).put("prompt", json(prompt)));
                if (!ended) {
                    measureDelay(prompt); // a prompt of a call that has ended comes too late to count
                }
                LOG.info("call {}: {} prompt at {}s: {}", id, prompt.kind(), prompt.at(), prompt.message());
            }
        }

        /** From when the audio of the prompt's moment was received, on the stream of its party (any, if none). */
        private void measureDelay(Prompt prompt) {
            for (int i = all.size() - 1; i >= 0; i--) {
                PartyStream stream = all.get(i);
                if (prompt.speaker() == null || stream.speaker == prompt.speaker()) {
                    java.util.OptionalLong received = stream.arrivals.arrivalOf(prompt.at());
                    if (received.isPresent()) {
                        meters.promptLatency(System.nanoTime() - received.getAsLong());
                        return;
                    }
                }
            }
        }

        LiveCall(String id, String callerNumber, String agent, Instant startedAt, long startedNanos) {
            this.id = id;
            this.callerNumber = callerNumber;
            this.agent = agent;
            this.startedAt = startedAt;
            this.startedNanos = startedNanos;
        }

        /** The audio heard, or for a call the PBX ended, from answer to hangup if that is longer. */
        double duration() {
            double audio = all.stream().mapToDouble(PartyStream::audioEnd).max().orElse(0);
            double answered = hungUpNanos < 0 ? 0 : (hungUpNanos - startedNanos) / 1e9;
            return Math.round(Math.max(audio, answered) * 1000) / 1000.0;
        }

        JsonObject summary() {
            return new JsonObject().put("id", id).put("started_at", startedAt.toString())
                    .put("caller_number", callerNumber).put("agent", agent);
        }

        List<JsonObject> transcript() {
            List<JsonObject> entries = new ArrayList<>();
            entries.addAll(finals);
            for (PartyStream stream : open) {
                if (stream.partial != null) {
                    entries.add(stream.event(stream.partial, false, stream.seq));
                }
            }
            entries.sort(Comparator.comparingDouble(entry -> entry.getDouble("start")));
            return entries;
        }
    }

    private static JsonObject json(Prompt prompt) {
        return new JsonObject(app.parley.call.Json.MAPPER.convertValue(prompt, java.util.Map.class));
    }

    private static JsonObject utteranceJson(Utterance utterance, boolean isFinal) {
        return new JsonObject().put("speaker", utterance.speaker().id()).put("start", utterance.start())
                .put("end", utterance.end()).put("text", utterance.text()).put("final", isFinal);
    }

    /**
     * One party's stream. Fields are touched on the context; its {@link PartyPipeline} decodes on
     * the speech pool and its output comes back here (the recording is written there).
     */
    private final class PartyStream implements AudioStream, PartyPipeline.Output {
        final UUID uuid;
        final String id;
        final Tap tap;
        final Speaker speaker;
        final LiveCall call;
        final double offset;
        private final PartyPipeline pipeline;
        /** This stream's input to the call's coaching, in call time. */
        private final CoachingClock.Lane lane;
        private final long openedNanos = System.nanoTime();
        /** When each stretch of this stream's audio came in, for the delays to the screen. */
        final AudioArrivals arrivals = new AudioArrivals();
        private boolean heardAudio;
        /** The rate of the stream's last frame (AudioSocket's signed linear 8 kHz until one came). */
        private int lastRate = 8000;
        private int seq;
        private Utterance partial;
        private boolean partialStored;
        private long partialStoredAt;
        private boolean ended;
        private String endReason;
        private final PartyRecording recording;
        /** The party's loudness track in this call, shared with the party's other streams. */
        private final LoudnessTrackBuilder loudness;

        PartyStream(UUID uuid, Tap tap, LiveCall call, long arrivedNanos) {
            this.uuid = uuid;
            this.id = uuid.toString();
            this.tap = tap;
            this.speaker = tap.speaker();
            this.call = call;
            this.offset = Math.round((arrivedNanos - call.startedNanos) / 1e6) / 1000.0;
            boolean resumed = call.all.stream().anyMatch(other -> other.speaker == speaker);
            call.open.add(this);
            call.all.add(this);
            counted();
            call.streamIds.add(id);
            if (resumed) {
                publish(call, new JsonObject().put("type", "tap-restored").put("speaker", speaker.id())
                        .put("at", offset));
            }
            if (call.endTimer >= 0) {
                vertx.cancelTimer(call.endTimer);
                call.endTimer = -1;
            }
            write(() -> store.joinParty(call.id, id, speaker, offset));
            recording = recordings == null ? null
                    : call.recordings.computeIfAbsent(speaker, party -> new PartyRecording(call.id, party, call.silenced));
            loudness = call.loudness.computeIfAbsent(speaker, LoudnessTrackBuilder::new);
            lane = call.clock.open(speaker, offset);
            pipeline = new PartyPipeline(offset, new SerialExecutor(speechPool), () -> speech.open(offset), redaction,
                    this);
        }

        double audioEnd() {
            return offset + pipeline.seconds();
        }

        @Override
        public void audio(int sampleRate, short[] pcm) {
            if (ended) {
                return;
            }
            short[] silence = fillSilence(sampleRate);
            heardAudio = true;
            lastRate = sampleRate;
            if (silence != null) {
                pipeline.push(sampleRate, silence);
            }
            pipeline.push(sampleRate, pcm);
            arrivals.arrived(audioEnd(), System.nanoTime());
        }

        /** Between frames: a stream that has sent nothing for too long is filled with silence now. */
        void fillIfQuiet() {
            if (ended) {
                return;
            }
            short[] silence = fillSilence(lastRate);
            if (silence != null) {
                pipeline.push(lastRate, silence);
                arrivals.arrived(audioEnd(), System.nanoTime());
            }
        }

        /**
         * ChanSpy sends nothing while the spied channel carries no audio (before the first sound,
         * or on a line with silence suppression), so the sample count alone would lose that time.
         * When the wall clock is ahead of the audio, the missing time is fed as silence. Before the
         * first frame any gap counts; later only a whole second, so network jitter adds nothing.
         * Checked with each frame and, for a tap that has gone quiet, every {@link #QUIET_CHECK_MS}.
         */
        private short[] fillSilence(int sampleRate) {
            double wall = (System.nanoTime() - openedNanos) / 1e9;
            double behind = wall - pipeline.seconds();
            boolean late = behind > (heardAudio ? MAX_JITTER_S : FIRST_FRAME_SLACK_S);
            return late ? new short[(int) Math.min(behind * sampleRate, sampleRate * 60L)] : null;
        }

        @Override
        public void dtmf(char digit) {
            // Never the digit: callers key in card numbers too.
            LOG.debug("call {}: DTMF on stream {}", call.id, id);
        }

        @Override
        public void end(String reason) {
            if (ended) {
                return;
            }
            ended = true;
            endReason = reason;
            pipeline.end();
        }

        @Override
        public void sound(AcousticFrame frame) {
            loudness.add(frame);
            call.coached(lane.sound(frame));
        }

        @Override
        public void chunk(double at, short[] pcm) {
            if (recording != null) {
                recording.write(at, pcm);
            }
        }

        @Override
        public void decoded(TranscriptUpdate update, double reached) {
            context.runOnContext(v -> {
                meters.decodeLag(audioEnd() - reached);
                call.coached(lane.decoded(update, reached));
                show(update);
            });
        }

        @Override
        public void ended(TranscriptUpdate last, double reached) {
            context.runOnContext(v -> {
                call.coached(lane.end(last, reached));
                show(last);
                finished(endReason);
            });
        }

        @Override
        public void redacted(RedactedSpan span) {
            context.runOnContext(v -> call.redacted(speaker, span));
        }

        @Override
        public void failed(String what, RuntimeException error) {
            LOG.error("call {}: {} on stream {}: {}", call.id, what, id, error.getMessage());
        }

        private void show(TranscriptUpdate update) {
            for (TranscriptUpdate.Segment segment : update.finals()) {
                int number = seq;
                if (segment.isEmpty()) {
                    if (partialStored) {
                        write(() -> store.deleteUtterance(call.id, id, number));
                    }
                } else {
                    Utterance utterance = segment.said(speaker);
                    seq++;
                    JsonObject event = event(utterance, true, number);
                    call.finals.add(event);
                    write(() -> store.saveUtterance(call.id, id, number, utterance, true));
                    publish(call, event.copy());
                    measureDelay(utterance, true);
                }
                if (partial != null && segment.isEmpty()) {
                    publish(call, event(new Utterance(speaker, partial.start(), partial.start(), "", List.of()), false, number));
                }
                partial = null;
                partialStored = false;
            }
            if (update.partial() != null && !update.partial().isEmpty()) {
                partial = update.partial().said(speaker);
                publish(call, event(partial, false, seq));
                measureDelay(partial, false);
                long now = System.nanoTime();
                if (!partialStored || now - partialStoredAt >= settings.partialFlush().toNanos()) {
                    Utterance snapshot = partial;
                    int number = seq;
                    double duration = call.duration();
                    write(() -> {
                        store.saveUtterance(call.id, id, number, snapshot, false);
                        store.updateDuration(call.id, duration, null);
                    });
                    partialStored = true;
                    partialStoredAt = now;
                }
            }
        }

        /** From when the audio of the utterance's last word was received. */
        private void measureDelay(Utterance utterance, boolean isFinal) {
            arrivals.arrivalOf(utterance.end()).ifPresent(received ->
                    meters.wordToScreen(isFinal, System.nanoTime() - received));
        }

        private JsonObject event(Utterance utterance, boolean isFinal, int number) {
            return utteranceJson(utterance, isFinal).put("type", "utterance").put("stream", id).put("seq", number);
        }

        private void finished(String reason) {
            double leftAt = audioEnd();
            write(() -> store.leaveParty(call.id, id, leftAt, reason));
            call.open.remove(this);
            counted();
            LOG.info("call {}: {} stream {} ended at {}s ({})", call.id, speaker.id(), id, leftAt, reason);
            streamListener.ended(tap, uuid, reason, pipeline.seconds());
            if (call.managed && call.hungUpNanos < 0) {
                // The PBX says the call goes on: this party's audio is lost until its tap is back.
                publish(call, new JsonObject().put("type", "tap-lost").put("speaker", speaker.id()).put("at", leftAt)
                        .put("reason", reason));
            } else if (call.hungUpNanos >= 0) {
                endIfIdle(call);
            } else if (call.open.isEmpty()) {
                call.endTimer = vertx.setTimer(Math.max(1, settings.endAfter().toMillis()), t -> {
                    call.endTimer = -1;
                    endIfIdle(call);
                });
            }
        }
    }

    /**
     * One party's recording of a call. Opened on the first audio, written by the party's stream
     * decoders (one at a time, but a reconnected stream's decoder may follow on another thread),
     * silenced and closed by the store writer. A failure is logged once and the recording given
     * up: losing it must not cost the transcript. A recording that cannot be silenced where
     * payment data was said is deleted: better none than one that keeps the card number.
     */
    private final class PartyRecording {
        private final String callId;
        private final Speaker speaker;
        /** Stretches to silence, including those silenced before the file was opened. */
        private final List<RedactedSpan> silenced;
        private WavRecorder recorder;
        private boolean failed;

        PartyRecording(String callId, Speaker speaker, List<RedactedSpan> silencedSoFar) {
            this.callId = callId;
            this.speaker = speaker;
            this.silenced = new ArrayList<>(silencedSoFar);
        }

        synchronized void silence(RedactedSpan span) {
            silenced.add(span);
            if (recorder == null) {
                return; // silenced when it opens
            }
            try {
                silenceIn(recorder, span);
            } catch (IOException e) {
                unsilenced(e);
            }
        }

        private static void silenceIn(WavRecorder recorder, RedactedSpan span) throws IOException {
            recorder.silence(span.start() - RedactedSpan.SILENCE_PADDING_S, span.end() + RedactedSpan.SILENCE_PADDING_S);
        }

        private void unsilenced(IOException e) {
            failed = true;
            LOG.error("call {}: {} recording could not be silenced where payment data was said, so it is deleted: {}",
                    callId, speaker.id(), e.getMessage());
            try (WavRecorder broken = recorder) {
                recorder = null;
            } catch (IOException alsoBroken) {
                // Deleted all the same.
            }
            try {
                java.nio.file.Files.deleteIfExists(recordings.file(callId, speaker));
            } catch (IOException lost) {
                LOG.error("call {}: {} recording not deleted: {}", callId, speaker.id(), lost.getMessage());
            }
        }

        synchronized void write(double atSeconds, short[] pcm16k) {
            if (failed) {
                return;
            }
            try {
                if (recorder == null) {
                    recorder = new WavRecorder(recordings.file(callId, speaker), SpeechModel.SAMPLE_RATE);
                    for (RedactedSpan span : silenced) {
                        silenceIn(recorder, span);
                    }
                }
                recorder.write(atSeconds, pcm16k);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // The call came back after it had ended: keep what was recorded the first time.
                failed = true;
                LOG.warn("call {}: {} is recorded already; the rest is not recorded", callId, speaker.id());
            } catch (IOException e) {
                failed = true;
                LOG.error("call {}: {} recording stopped: {}", callId, speaker.id(), e.getMessage());
            }
        }

        synchronized void close() {
            if (recorder == null) {
                return;
            }
            try {
                recorder.close();
            } catch (IOException e) {
                LOG.error("call {}: {} recording not finished: {}", callId, speaker.id(), e.getMessage());
            }
            recorder = null;
            failed = true;
        }
    }
}
