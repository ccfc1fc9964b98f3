package app.parley.live;

import app.parley.audio.AcousticFrame;
import app.parley.audio.LoudnessTrackBuilder;
import app.parley.call.LoudnessTrack;
import app.parley.call.Prompt;
import app.parley.call.Redaction;
import app.parley.call.Speaker;
import app.parley.redaction.Crosstalk;
import app.parley.call.Utterance;
import app.parley.coaching.CoachingEngine;
import app.parley.coaching.FactsView;
import app.parley.coaching.RuleBookFor;
import app.parley.redaction.RedactedSpan;
import app.parley.speech.TranscriptUpdate;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One live call, from its start to its end: what its party streams bring (audio, the
 * recogniser's words, loudness windows, redactions), the caller's facts and the PBX's answer and
 * hangup go in; {@link CallEvent}s come out, in order, to whoever subscribed (the store, the
 * recordings, the screens). It orders coaching input ({@link CoachingClock}), numbers each
 * stream's utterances, fills a quiet tap's silence, notices a tap lost, and decides when the
 * call is over.
 *
 * <p>No Vert.x, no store, no file: wall time comes from the {@link Ticker} and {@link Clock} it
 * is handed, each stream's audio goes to the {@link Decoder} its owner opens for it, and the wait
 * before a call whose streams have all left ends runs on the owner's {@link Timers}. A call
 * replays in a unit test with a hand-moved ticker. Not thread-safe: one thread feeds it (live,
 * the live path's context).
 *
 * <p>Time is the audio's: the call's clock starts at {@code startedNanos}, a later stream's words
 * are shifted by the moment it joined, and from then on a stream's time is its sample count.
 */
final class LiveCall {
    private static final Logger LOG = LoggerFactory.getLogger(LiveCall.class);
    /** Silence a stream may go without frames before it is filled in (see {@link Party#fillSilence}). */
    private static final double FIRST_FRAME_SLACK_S = 0.25;
    private static final double MAX_JITTER_S = 1.0;

    /** Where a party stream's audio goes to be measured and recognised (live: a {@link PartyPipeline}). */
    interface Decoder {
        void push(int sampleRate, short[] pcm);

        /** Seconds of audio pushed so far. */
        double seconds();

        /** No more audio: the last words follow through {@link LiveCall#lastWords}. */
        void end();
    }

    /** Runs {@code action} after {@code delay} on the call's thread; returns what cancels it. */
    interface Timers {
        Runnable after(Duration delay, Runnable action);
    }

    /**
     * What the calls of one floor share: the time sources, the timers, the coaching engine, where
     * delays are measured, and how long a call whose streams all left waits for one to come back.
     */
    record Shared(Ticker ticker, Clock clock, Timers timers, CoachingEngine coaching, LiveMeters meters,
            Duration endAfter, Duration maxLag) {
    }

    private final Shared shared;
    private final Consumer<CallEvent> events;
    final String id;
    final String callerNumber;
    final String agent;
    private final Instant startedAt;
    private final long startedNanos;
    /** The rules the call is coached with, chosen for its agent when it starts. */
    private final RuleBookFor.Choice rules;
    /** Recognised after the call (Parley was at its live limit): no delay is measured or shown. */
    private final boolean afterCall;
    /** Streams whose decoding is more than max_lag behind their audio. */
    private int behind;
    /** Started by the PBX: ends when the PBX says so, not when its streams pause. */
    private boolean managed;
    private long hungUpNanos = -1;
    private final Set<Party> open = new LinkedHashSet<>();
    private final List<Party> all = new ArrayList<>();
    private boolean ended;
    private Runnable cancelEnd;
    /** Whether the facts were told (a call opens its coaching session with them). */
    private boolean factsKnown;
    /** Call time up to which the call's words are whole, when a stop cut a stream's decoding short (null: whole). */
    private Double wholeUpTo;
    /** Orders both parties' coaching input; what comes before the facts waits in it for the session. */
    private final CoachingClock clock = new CoachingClock();
    private int prompts;
    private final Map<Speaker, LoudnessTrackBuilder> loudness = new EnumMap<>(Speaker.class);
    /** Where its streams' redactors meet: each party may be heard in the other's stream. */
    final Crosstalk crosstalk = new Crosstalk();

    /**
     * A call whose clock starts at {@code startedNanos} (its first stream's arrival, or the PBX's
     * answer; {@code managed}: the PBX's). Tells {@link CallEvent.CallStarted} at once.
     * {@code afterCall}: its streams' decoders decode once the stream has ended.
     */
    LiveCall(Shared shared, String id, String callerNumber, String agent, boolean managed, boolean afterCall,
            long startedNanos, Consumer<CallEvent> events) {
        this(shared, id, callerNumber, agent, managed, afterCall, startedNanos, null, events);
    }

    /**
     * As above; {@code continued} (null: none): the call was live on a node that was lost, and
     * goes on here from {@code startedNanos} on its own clock: it started at the continuation's
     * {@code startedAt}, so its streams join at the call time that has passed since (the time
     * between the last words stored and now is a gap of the record), and its prompts are numbered
     * after those raised before.
     */
    LiveCall(Shared shared, String id, String callerNumber, String agent, boolean managed, boolean afterCall,
            long startedNanos, Continuation continued, Consumer<CallEvent> events) {
        this.shared = shared;
        this.events = events;
        this.id = id;
        this.callerNumber = callerNumber;
        this.agent = agent;
        this.managed = managed;
        this.afterCall = afterCall;
        Instant now = shared.clock().instant();
        if (continued == null) {
            this.startedNanos = startedNanos;
            this.startedAt = now;
        } else {
            long passed = Math.max(0, Duration.between(continued.startedAt(), now).toNanos());
            this.startedNanos = startedNanos - passed;
            this.startedAt = continued.startedAt();
            this.prompts = continued.promptsSoFar();
        }
        this.rules = shared.coaching().choose(agent);
        events.accept(new CallEvent.CallStarted(id, startedAt, callerNumber, agent, afterCall, rules.coachedBy()));
        if (continued != null) {
            LOG.warn("call {} goes on here at {}s of its clock: the node that carried it was lost", id,
                    Math.round((startedNanos - this.startedNanos) / 1e6) / 1000.0);
        } else if (afterCall) {
            shared.meters().transcribedAfterCall();
            LOG.warn("call {} started (agent {}, caller {}); at the live limit, it is transcribed after it ends", id,
                    agent, callerNumber);
        } else {
            LOG.info("call {} started (agent {}, caller {}, rules {})", id, agent, callerNumber,
                    rules.coachedBy() == null ? "in force" : rules.coachedBy());
        }
    }

    /** The PBX answered the call: from now on only its hangup ends it. */
    void answered() {
        managed = true;
    }

    /**
     * A party stream arrived at {@code arrivedNanos}; its audio goes to the decoder {@code decoder}
     * opens for it.
     */
    Party join(UUID streamId, Speaker speaker, long arrivedNanos, Function<Party, Decoder> decoder) {
        Party party = new Party(streamId, speaker, Math.round((arrivedNanos - startedNanos) / 1e6) / 1000.0);
        boolean resumed = all.stream().anyMatch(other -> other.speaker == speaker);
        open.add(party);
        all.add(party);
        if (resumed) {
            events.accept(new CallEvent.TapRestored(id, speaker, party.offset));
        }
        cancelEnd();
        events.accept(new CallEvent.PartyJoined(id, party.id, speaker, party.offset));
        party.loudness = loudness.computeIfAbsent(speaker, LoudnessTrackBuilder::new);
        party.lane = clock.open(speaker, party.offset);
        party.decoder = decoder.apply(party);
        return party;
    }

    /** Whether a stream of this party is open. */
    boolean hasOpenStream(Speaker speaker) {
        return open.stream().anyMatch(party -> party.speaker == speaker);
    }

    int openStreams() {
        return open.size();
    }

    /** Every stream the call has had, open or not. */
    List<UUID> streamIds() {
        return all.stream().map(party -> party.streamId).toList();
    }

    boolean ended() {
        return ended;
    }

    /** Whether the call's words are recognised once it has ended. */
    boolean afterCall() {
        return afterCall;
    }

    /** The caller's account (null: none found); coaching opens with it. */
    void factsKnown(FactsLookup.CallFacts found) {
        if (ended || factsKnown) {
            return;
        }
        factsKnown = true;
        // An unknown caller may still come with facts for coaching (when the call connected, from where).
        JsonNode shown = found == null || found.json() == null || found.json().isNull() ? null : found.json();
        events.accept(new CallEvent.FactsKnown(id, shown));
        coached(clock.start(shared.coaching().open(rules, found == null ? FactsView.NONE : found.coaching(),
                LocalDate.ofInstant(startedAt, shared.clock().getZone()))));
    }

    /** A frame of a party's audio. */
    void audio(Party party, int sampleRate, short[] pcm) {
        if (party.ended) {
            return;
        }
        short[] silence = party.fillSilence(sampleRate);
        party.heardAudio = true;
        party.lastRate = sampleRate;
        if (silence != null) {
            party.decoder.push(sampleRate, silence);
        }
        party.decoder.push(sampleRate, pcm);
        party.arrivals.arrived(party.audioEnd(), shared.ticker().read());
    }

    /** Between frames: an open stream that has sent nothing for too long is filled with silence now. */
    void fillQuietStreams() {
        for (Party party : List.copyOf(open)) {
            if (!party.ended) {
                short[] silence = party.fillSilence(party.lastRate);
                if (silence != null) {
                    party.decoder.push(party.lastRate, silence);
                    party.arrivals.arrived(party.audioEnd(), shared.ticker().read());
                }
            }
        }
    }

    /** A loudness window of a party's audio. */
    void sound(Party party, AcousticFrame frame) {
        party.loudness.add(frame);
        coached(party.lane.sound(frame));
    }

    /** A party's recogniser decoded up to call time {@code reached} and gave {@code update}. */
    void decoded(Party party, TranscriptUpdate update, double reached) {
        if (!afterCall) {
            double lag = party.audioEnd() - reached;
            shared.meters().decodeLag(lag);
            party.lagged(lag);
        }
        coached(party.lane.decoded(update, reached));
        party.show(update);
    }

    /** A party's stream is over ({@code reason}: hangup, closed, shutdown, …): its last words follow. */
    void streamEnded(Party party, String reason) {
        if (party.ended) {
            return;
        }
        party.ended = true;
        party.endReason = reason;
        party.decoder.end();
    }

    /**
     * A party's recogniser's last words, given after decoding up to {@code reached}: the stream has
     * left. {@code cut}: Parley is stopping and its decoding was cut short there; the rest of its
     * audio is in its recording only, and the call is whole up to the earliest such point.
     */
    void lastWords(Party party, TranscriptUpdate last, double reached, boolean cut) {
        if (cut) {
            double at = Math.round(reached * 1000) / 1000.0;
            wholeUpTo = wholeUpTo == null ? at : Math.min(wholeUpTo, at);
            LOG.warn("call {}: {} stream {} stopped with its words decoded up to {}s of {}s; the rest of its audio "
                    + "is kept to be transcribed at the next start", id, party.speaker.id(), party.id, at, party.audioEnd());
        }
        coached(party.lane.end(last, reached));
        party.show(last);
        party.left();
    }

    /** A party said payment or identity data from {@code span.start()} to {@code span.end()}. */
    void redacted(Party party, RedactedSpan span) {
        events.accept(new CallEvent.Redacted(id,
                new Redaction(span.category().id(), party.speaker, span.start(), span.end()), span));
        LOG.info("call {}: {} {} redacted at {}s", id, party.speaker.id(), span.category().noun(), span.start());
    }

    /** The PBX says the call is over: it ends as soon as its streams have delivered their last words. */
    void hungUp() {
        if (hungUpNanos >= 0) {
            return;
        }
        hungUpNanos = shared.ticker().read();
        cancelEnd();
        endIfIdle();
    }

    /** Parley is stopping: every open stream ends now and the call ends once their last words are in. */
    void stop() {
        for (Party party : List.copyOf(open)) {
            streamEnded(party, app.parley.store.CallStore.NODE_STOPPED);
        }
        hungUp();
    }

    private void cancelEnd() {
        if (cancelEnd != null) {
            cancelEnd.run();
            cancelEnd = null;
        }
    }

    private void endIfIdle() {
        if (!open.isEmpty() || ended) {
            return;
        }
        ended = true;
        double duration = duration();
        coached(clock.finish(duration));
        List<LoudnessTrack> tracks = loudness.values().stream().filter(builder -> !builder.isEmpty())
                .map(LoudnessTrackBuilder::build).toList();
        events.accept(new CallEvent.CallEnded(id, duration, shared.clock().instant(), tracks, wholeUpTo));
        LOG.info("call {} ended after {}s", id, duration);
    }

    /** Prompts coaching raised: to the sinks, and measured while the call is live. */
    private void coached(List<Prompt> raised) {
        for (Prompt prompt : raised) {
            events.accept(new CallEvent.PromptRaised(id, prompts++, prompt));
            if (!ended && !afterCall) {
                measureDelay(prompt); // a prompt of a call that has ended comes too late to count
            }
            LOG.info("call {}: {} prompt at {}s: {}", id, prompt.kind(), prompt.at(), prompt.message());
        }
    }

    /** From when the audio of the prompt's moment was received, on the stream of its party (any, if none). */
    private void measureDelay(Prompt prompt) {
        for (int i = all.size() - 1; i >= 0; i--) {
            Party party = all.get(i);
            if (prompt.speaker() == null || party.speaker == prompt.speaker()) {
                OptionalLong received = party.arrivals.arrivalOf(prompt.at());
                if (received.isPresent()) {
                    shared.meters().promptLatency(shared.ticker().read() - received.getAsLong());
                    return;
                }
            }
        }
    }

    /** The audio heard, or for a call the PBX ended, from answer to hangup if that is longer. */
    double duration() {
        double audio = all.stream().mapToDouble(Party::audioEnd).max().orElse(0);
        double answered = hungUpNanos < 0 ? 0 : (hungUpNanos - startedNanos) / 1e9;
        return Math.round(Math.max(audio, answered) * 1000) / 1000.0;
    }

    /** One party stream of the call. */
    final class Party {
        final UUID streamId;
        final String id;
        final Speaker speaker;
        /** Call time at which the stream joined. */
        final double offset;
        private final long openedNanos = shared.ticker().read();
        /** When each stretch of this stream's audio came in, for the delays to the screen. */
        private final AudioArrivals arrivals = new AudioArrivals();
        private Decoder decoder;
        /** This stream's input to the call's coaching, in call time. */
        private CoachingClock.Lane lane;
        /** The party's loudness track in this call, shared with the party's other streams. */
        private LoudnessTrackBuilder loudness;
        private boolean heardAudio;
        /** The rate of the stream's last frame (AudioSocket's signed linear 8 kHz until one came). */
        private int lastRate = 8000;
        private int seq;
        private Utterance partial;
        private boolean ended;
        private String endReason;
        /** Decoding is more than max_lag behind this stream's audio. */
        private boolean delayed;

        private Party(UUID streamId, Speaker speaker, double offset) {
            this.streamId = streamId;
            this.id = streamId.toString();
            this.speaker = speaker;
            this.offset = offset;
        }

        /** Call time up to which the stream's audio has arrived. */
        double audioEnd() {
            return offset + decoder.seconds();
        }

        /** Seconds of audio the stream carried. */
        double audioSeconds() {
            return decoder.seconds();
        }

        /**
         * ChanSpy sends nothing while the spied channel carries no audio (before the first sound,
         * or on a line with silence suppression), so the sample count alone would lose that time.
         * When the wall clock is ahead of the audio, the missing time is fed as silence. Before the
         * first frame any gap counts; later only a whole second, so network jitter adds nothing.
         * Checked with each frame and, for a tap that has gone quiet, by {@link #fillQuietStreams}.
         */
        private short[] fillSilence(int sampleRate) {
            double wall = (shared.ticker().read() - openedNanos) / 1e9;
            double behind = wall - decoder.seconds();
            boolean late = behind > (heardAudio ? MAX_JITTER_S : FIRST_FRAME_SLACK_S);
            return late ? new short[(int) Math.min(behind * sampleRate, sampleRate * 60L)] : null;
        }

        private void show(TranscriptUpdate update) {
            for (TranscriptUpdate.Segment segment : update.finals()) {
                int number = seq;
                if (!segment.isEmpty()) {
                    Utterance utterance = segment.said(speaker);
                    seq++;
                    events.accept(new CallEvent.UtteranceHeard(LiveCall.this.id, id, number, utterance, true,
                            shared.ticker().read(), duration()));
                    measureDelay(utterance, true);
                } else if (partial != null) {
                    events.accept(new CallEvent.UtteranceWithdrawn(LiveCall.this.id, id, number, speaker, partial.start()));
                }
                partial = null;
            }
            if (update.partial() != null && !update.partial().isEmpty()) {
                partial = update.partial().said(speaker);
                events.accept(new CallEvent.UtteranceHeard(LiveCall.this.id, id, seq, partial, false,
                        shared.ticker().read(), duration()));
                measureDelay(partial, false);
            }
        }

        /**
         * Decoding is {@code lag} seconds behind this stream's audio: past max_lag the call's
         * coaching is delayed, until every stream is back under half of it.
         */
        private void lagged(double lag) {
            double max = shared.maxLag().toNanos() / 1e9;
            if (!delayed && lag > max) {
                delayed = true;
                if (behind++ == 0) {
                    shared.meters().coachingDelayed();
                    LOG.warn("call {}: coaching delayed: decoding the {} is {}s behind", LiveCall.this.id, speaker.id(),
                            Math.round(lag * 10) / 10.0);
                    events.accept(new CallEvent.CoachingDelayed(LiveCall.this.id, speaker, Math.round(lag * 10) / 10.0));
                }
            } else if (delayed && lag <= max / 2) {
                caughtUp();
            }
        }

        private void caughtUp() {
            delayed = false;
            if (--behind == 0) {
                LOG.info("call {}: coaching caught up", LiveCall.this.id);
                events.accept(new CallEvent.CoachingCaughtUp(LiveCall.this.id));
            }
        }

        /** From when the audio of the utterance's last word was received. */
        private void measureDelay(Utterance utterance, boolean isFinal) {
            if (afterCall) {
                return;
            }
            arrivals.arrivalOf(utterance.end()).ifPresent(received ->
                    shared.meters().wordToScreen(isFinal, shared.ticker().read() - received));
        }

        private void left() {
            double leftAt = audioEnd();
            open.remove(this);
            if (delayed) {
                caughtUp(); // all its audio is decoded now
            }
            LOG.info("call {}: {} stream {} ended at {}s ({})", LiveCall.this.id, speaker.id(), id, leftAt, endReason);
            events.accept(new CallEvent.PartyLeft(LiveCall.this.id, id, speaker, leftAt, endReason, audioSeconds()));
            if (managed && hungUpNanos < 0) {
                // The PBX says the call goes on: this party's audio is lost until its tap is back.
                events.accept(new CallEvent.TapLost(LiveCall.this.id, speaker, leftAt, endReason));
            } else if (hungUpNanos >= 0) {
                endIfIdle();
            } else if (open.isEmpty()) {
                cancelEnd = shared.timers().after(shared.endAfter(), () -> {
                    cancelEnd = null;
                    endIfIdle();
                });
            }
        }
    }
}
