package app.parley.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.Speaker;
import app.parley.call.Word;
import app.parley.coaching.CoachingEngine;
import app.parley.speech.TranscriptUpdate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A live call replayed without sockets, recognisers or Vert.x: a hand-moved ticker, a fixed
 * clock, decoders that count what they are fed and timers kept in a list. What the streams bring
 * goes in; the typed events the sinks would get come out.
 */
class LiveCallTest {
    private static final Instant NOW = Instant.parse("2025-03-04T10:15:30Z");
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong ticker = new AtomicLong(5 * SECOND);
    private final List<CallEvent> events = new ArrayList<>();
    private final List<Timer> timers = new ArrayList<>();
    private final List<String> measured = new ArrayList<>();
    private LiveCall.Shared shared;

    /** A timer the test fires by hand. */
    private static final class Timer {
        final Duration delay;
        final Runnable action;
        boolean cancelled;

        Timer(Duration delay, Runnable action) {
            this.delay = delay;
            this.action = action;
        }
    }

    /** Counts the audio it is fed; its stream's last words are given by the test. */
    private static final class CountingDecoder implements LiveCall.Decoder {
        /** Samples at 8 kHz, the only rate these calls use. */
        long samples;
        final List<Double> pushes = new ArrayList<>();
        boolean ended;

        @Override
        public void push(int sampleRate, short[] pcm) {
            assertEquals(8000, sampleRate);
            pushes.add(pcm.length / 8000.0);
            samples += pcm.length;
        }

        @Override
        public double seconds() {
            return samples / 8000.0;
        }

        @Override
        public void end() {
            ended = true;
        }
    }

    @BeforeEach
    void floor() {
        LiveMeters meters = new LiveMeters() {
            @Override
            public void live(int calls, int streams) {
            }

            @Override
            public void decodeLag(double seconds) {
                measured.add("lag " + round(seconds));
            }

            @Override
            public void wordToScreen(boolean isFinal, long nanos) {
                measured.add((isFinal ? "final " : "partial ") + round(nanos / 1e9));
            }

            @Override
            public void promptLatency(long nanos) {
                measured.add("prompt " + round(nanos / 1e9));
            }

            @Override
            public void coachingDelayed() {
                measured.add("delayed");
            }

            @Override
            public void transcribedAfterCall() {
                measured.add("after call");
            }
        };
        shared = new LiveCall.Shared(ticker::get, Clock.fixed(NOW, ZoneOffset.UTC), (delay, action) -> {
            Timer timer = new Timer(delay, action);
            timers.add(timer);
            return () -> timer.cancelled = true;
        }, CoachingEngine.builtIn("en"), meters, Duration.ofSeconds(3), Duration.ofSeconds(3));
    }

    @Test
    void aCallIsCoachedWithTheRulesChosenForItsAgentWhenItStartsAndSaysWhichVersion() {
        app.parley.coaching.RuleBook book = app.parley.coaching.RuleBook.builtIn("en");
        List<String> asked = new ArrayList<>();
        shared = new LiveCall.Shared(shared.ticker(), shared.clock(), shared.timers(),
                new CoachingEngine(agentId -> {
                    asked.add(agentId);
                    return new app.parley.coaching.RuleBookFor.Choice(book,
                            "agent-n".equals(agentId) ? new app.parley.call.CoachedBy(4, "north") : null);
                }), shared.meters(), shared.endAfter(), shared.maxLag());
        new LiveCall(shared, "north-1", null, "agent-n", false, false, ticker.get(), events::add).factsKnown(null);
        new LiveCall(shared, "nobody-1", null, null, false, false, ticker.get(), events::add).factsKnown(null);
        assertEquals(java.util.Arrays.asList("agent-n", null), asked, "asked once per call, at its start");
        List<CallEvent.CallStarted> started = events.stream().filter(CallEvent.CallStarted.class::isInstance)
                .map(CallEvent.CallStarted.class::cast).toList();
        assertEquals(new app.parley.call.CoachedBy(4, "north"), started.get(0).rules());
        assertEquals(null, started.get(1).rules());
    }

    @Test
    void aCallReplaysIntoTypedEvents() {
        LiveCall call = new LiveCall(shared, "call-1", "5550100", "agent-1", false, false, ticker.get(), events::add);
        call.factsKnown(null);
        CountingDecoder callerAudio = new CountingDecoder();
        LiveCall.Party caller = join(call, Speaker.CALLER, callerAudio);
        advance(0.5);
        CountingDecoder agentAudio = new CountingDecoder();
        LiveCall.Party agent = join(call, Speaker.AGENT, agentAudio);
        assertEquals(0.5, agent.offset);

        // Two seconds of the caller's audio, 20 ms frames at 8 kHz, as it arrives.
        for (int i = 0; i < 100; i++) {
            call.audio(caller, 8000, new short[160]);
            call.audio(agent, 8000, new short[160]);
            advance(0.02);
        }
        call.decoded(caller, partial(word("hello", 0.3, 0.7)), 0.8);
        call.decoded(caller, finals(word("hello", 0.3, 0.7), word("there", 0.8, 1.2)), 1.5);
        call.decoded(agent, partial(word("hi", 0.9, 1.1)), 1.3);
        call.decoded(agent, new TranscriptUpdate(List.of(new TranscriptUpdate.Segment("", List.of())), null), 2.0);

        call.streamEnded(caller, "hangup");
        call.streamEnded(agent, "hangup");
        assertTrue(callerAudio.ended && agentAudio.ended, "each decoder is told to finish");
        call.lastWords(caller, TranscriptUpdate.NONE, 2.0, false);
        call.lastWords(agent, TranscriptUpdate.NONE, 2.5, false);
        assertFalse(call.ended(), "a call the PBX did not start waits end_after for a stream to come back");
        assertEquals(1, timers.size());
        assertEquals(Duration.ofSeconds(3), timers.get(0).delay);
        timers.get(0).action.run();
        assertTrue(call.ended());

        assertEquals(List.of(
                "CallStarted call-1 agent-1 5550100 " + NOW,
                "FactsKnown null",
                "PartyJoined caller 0.0",
                "PartyJoined agent 0.5",
                "partial caller 0 'hello' 0.3-0.7",
                "final caller 0 'hello there' 0.3-1.2",
                "partial agent 0 'hi' 0.9-1.1",
                "UtteranceWithdrawn agent 0 at 0.9",
                "PartyLeft caller at 2.5 (hangup)",
                "PartyLeft agent at 2.5 (hangup)",
                "CallEnded after 2.5 at " + NOW), events.stream().map(LiveCallTest::describe).toList());
        // The caller's first frame came 0.5 s after the stream opened: that time was filled with
        // silence, so the caller's audio reached 2.5 s when the results were told, 2 s after the
        // first frame; "hello" ended in the frame that brought call time 0.7, received at 0.18 s.
        assertEquals(List.of("lag 1.7", "partial 1.82", "lag 1.0", "final 1.32", "lag 1.2", "partial 1.42", "lag 0.5"),
                measured);
    }

    @Test
    void aTapLostWhileThePbxSaysTheCallGoesOnIsShownAndItsReturnToo() {
        LiveCall call = new LiveCall(shared, "call-2", null, "agent-2", true, false, ticker.get(), events::add);
        advance(1.0);
        CountingDecoder first = new CountingDecoder();
        LiveCall.Party caller = join(call, Speaker.CALLER, first);
        call.audio(caller, 8000, new short[8000]);
        call.streamEnded(caller, "closed");
        call.lastWords(caller, TranscriptUpdate.NONE, 2.0, false);
        assertFalse(call.ended());
        assertTrue(timers.isEmpty(), "a PBX call ends on its hangup, not on a timer");
        assertFalse(call.hasOpenStream(Speaker.CALLER));

        advance(3.0);
        join(call, Speaker.CALLER, new CountingDecoder());
        assertTrue(call.hasOpenStream(Speaker.CALLER));
        advance(1.0);
        call.hungUp();
        assertFalse(call.ended(), "the open stream still gives its last words");

        assertEquals(List.of(
                "CallStarted call-2 agent-2 null " + NOW,
                "PartyJoined caller 1.0",
                "PartyLeft caller at 2.0 (closed)",
                "TapLost caller at 2.0 (closed)",
                "TapRestored caller at 4.0",
                "PartyJoined caller 4.0"), events.stream().map(LiveCallTest::describe).toList());
    }

    @Test
    void aCallGoingOnFromALostNodeKeepsItsStartAndClockAndItsDurationIsTheWholeCalls() {
        java.time.Instant started = NOW.minusSeconds(10);
        LiveCall call = new LiveCall(shared, "call-on", null, "agent-7", true, false, ticker.get(),
                new Continuation(started, 3), events::add);
        LiveCall.Party caller = join(call, Speaker.CALLER, new CountingDecoder());
        call.audio(caller, 8000, new short[8000]);
        advance(1.0);
        call.hungUp();
        call.streamEnded(caller, "hangup");
        call.lastWords(caller, finals(word("bye", 0.2, 0.5)), 1.0, false);
        assertEquals(List.of(
                "CallStarted call-on agent-7 null " + started,
                "PartyJoined caller 10.0",
                "final caller 0 'bye' 0.2-0.5",
                "PartyLeft caller at 11.0 (hangup)",
                "CallEnded after 11.0 at " + NOW), events.stream().map(LiveCallTest::describe).toList());
    }

    @Test
    void aHangupEndsTheCallOnceTheLastWordsAreInAndItLastsFromAnswerToHangup() {
        LiveCall call = new LiveCall(shared, "call-3", null, "agent-3", true, false, ticker.get(), events::add);
        CountingDecoder audio = new CountingDecoder();
        LiveCall.Party caller = join(call, Speaker.CALLER, audio);
        call.audio(caller, 8000, new short[8000]);
        advance(4.0);
        call.hungUp();
        call.streamEnded(caller, "hangup");
        call.lastWords(caller, finals(word("bye", 0.2, 0.5)), 1.0, false);
        assertTrue(call.ended());
        List<String> told = events.stream().map(LiveCallTest::describe).toList();
        assertEquals("final caller 0 'bye' 0.2-0.5", told.get(2));
        assertEquals("CallEnded after 4.0 at " + NOW, told.get(told.size() - 1));
    }

    @Test
    void aStopThatCutsDecodingShortKeepsTheWordsDecodedAndEndsTheCallTranscribedUpToTheEarliestCut() {
        LiveCall call = new LiveCall(shared, "call-cut", null, "agent-5", false, false, ticker.get(), events::add);
        call.factsKnown(null);
        LiveCall.Party caller = join(call, Speaker.CALLER, new CountingDecoder());
        LiveCall.Party agent = join(call, Speaker.AGENT, new CountingDecoder());
        call.audio(caller, 8000, new short[8000 * 20]);
        call.audio(agent, 8000, new short[8000 * 20]);
        call.decoded(caller, finals(word("hello", 0.3, 0.7)), 1.0);
        call.decoded(caller, partial(word("i", 1.5, 1.6), word("can", 1.7, 1.9)), 2.0);
        call.stop();
        // Decoding stopped: the caller's recogniser had got to 2.3 s of 20, the agent's to 6.25.
        call.lastWords(caller, finals(word("i", 1.5, 1.6), word("can", 1.7, 1.9), word("pay", 2.0, 2.2)), 2.3, true);
        assertFalse(call.ended(), "the agent's stream has not given its last words yet");
        call.lastWords(agent, finals(word("thanks", 6.0, 6.2)), 6.25, true);
        assertTrue(call.ended());
        List<String> told = events.stream().map(LiveCallTest::describe).toList();
        assertTrue(told.contains("final caller 0 'hello' 0.3-0.7"), told.toString());
        assertTrue(told.contains("final caller 1 'i can pay' 1.5-2.2"), "the words in progress, as final: " + told);
        assertTrue(told.contains("final agent 0 'thanks' 6.0-6.2"), told.toString());
        CallEvent.CallEnded ended = (CallEvent.CallEnded) events.get(events.size() - 1);
        assertEquals(2.3, ended.transcribedUpTo(), "whole up to the earliest cut");
        assertEquals(20.0, ended.duration(), "the call lasted as long as its audio, decoded or not");
    }

    @Test
    void aCallWhoseStreamsWereAllDecodedIsWholeAfterAStop() {
        LiveCall call = new LiveCall(shared, "call-whole", null, "agent-6", false, false, ticker.get(), events::add);
        LiveCall.Party caller = join(call, Speaker.CALLER, new CountingDecoder());
        call.audio(caller, 8000, new short[8000]);
        call.stop();
        call.lastWords(caller, finals(word("bye", 0.2, 0.5)), 1.0, false);
        CallEvent.CallEnded ended = (CallEvent.CallEnded) events.get(events.size() - 1);
        assertEquals(null, ended.transcribedUpTo());
    }

    @Test
    void aTapThatSendsNothingIsFilledWithSilenceOnTime() {
        LiveCall call = new LiveCall(shared, "call-4", null, null, false, false, ticker.get(), events::add);
        CountingDecoder audio = new CountingDecoder();
        LiveCall.Party agent = join(call, Speaker.AGENT, audio);
        advance(0.2);
        call.fillQuietStreams();
        assertTrue(audio.pushes.isEmpty(), "0.2 s without a first frame is not late yet");
        advance(0.3);
        call.fillQuietStreams();
        assertEquals(List.of(0.5), audio.pushes, "before the first frame any gap is filled");
        call.audio(agent, 8000, new short[160]);
        advance(0.9);
        call.fillQuietStreams();
        assertEquals(List.of(0.5, 0.02), audio.pushes, "after a frame, jitter under a second is not filled");
        advance(0.5);
        call.fillQuietStreams();
        assertEquals(3, audio.pushes.size(), "a second and more is: " + audio.pushes);
        assertEquals(1.38, audio.pushes.get(2), 0.001);
    }

    @Test
    void decodingMoreThanMaxLagBehindDelaysCoachingUntilEveryStreamIsBackUnderHalfOfIt() {
        LiveCall call = new LiveCall(shared, "call-5", null, "agent-5", false, false, ticker.get(), events::add);
        CountingDecoder callerAudio = new CountingDecoder();
        LiveCall.Party caller = join(call, Speaker.CALLER, callerAudio);
        CountingDecoder agentAudio = new CountingDecoder();
        LiveCall.Party agent = join(call, Speaker.AGENT, agentAudio);
        // Ten seconds of each party arrive at once (a burst, or a machine that stalled).
        call.audio(caller, 8000, new short[80_000]);
        call.audio(agent, 8000, new short[80_000]);
        call.decoded(caller, TranscriptUpdate.NONE, 6.9);
        call.decoded(caller, TranscriptUpdate.NONE, 7.1);
        call.decoded(agent, TranscriptUpdate.NONE, 2.0);
        call.decoded(caller, TranscriptUpdate.NONE, 9.0);
        call.decoded(agent, TranscriptUpdate.NONE, 8.4);
        call.decoded(agent, TranscriptUpdate.NONE, 8.6);

        assertEquals(List.of("CallStarted call-5 agent-5 null " + NOW, "PartyJoined caller 0.0", "PartyJoined agent 0.0",
                "CoachingDelayed caller 3.1", "CoachingCaughtUp"), events.stream().map(LiveCallTest::describe).toList(),
                "shown once while either stream is behind, cleared when both are within 1.5 s");
        assertEquals(1, measured.stream().filter(m -> m.equals("delayed")).count());
    }

    @Test
    void aCallTranscribedAfterItEndsSaysSoAndMeasuresNoDelay() {
        LiveCall call = new LiveCall(shared, "call-6", null, "agent-6", false, true, ticker.get(), events::add);
        CountingDecoder audio = new CountingDecoder();
        LiveCall.Party caller = join(call, Speaker.CALLER, audio);
        call.audio(caller, 8000, new short[80_000]);
        call.streamEnded(caller, "hangup");
        advance(30);
        call.decoded(caller, partial(word("hello", 0.3, 0.7)), 1.0);
        call.lastWords(caller, finals(word("hello", 0.3, 0.7)), 10.0, false);
        assertTrue(call.afterCall());
        assertEquals("CallStarted call-6 agent-6 null " + NOW + " after the call", describe(events.get(0)));
        assertEquals(List.of("after call"), measured, "words decoded after the call are no measure of live delays");
    }

    /** A stream of {@code speaker} joins now, its audio counted by {@code decoder}. */
    private LiveCall.Party join(LiveCall call, Speaker speaker, CountingDecoder decoder) {
        return call.join(UUID.randomUUID(), speaker, ticker.get(), party -> decoder);
    }

    private void advance(double seconds) {
        ticker.addAndGet(Math.round(seconds * SECOND));
    }

    private static Word word(String text, double start, double end) {
        return new Word(text, start, end, 1.0);
    }

    private static TranscriptUpdate partial(Word... words) {
        return new TranscriptUpdate(List.of(), new TranscriptUpdate.Segment("", List.of(words)));
    }

    private static TranscriptUpdate finals(Word... words) {
        return new TranscriptUpdate(List.of(new TranscriptUpdate.Segment("", List.of(words))), null);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String describe(CallEvent event) {
        if (event instanceof CallEvent.CallStarted e) {
            return "CallStarted " + e.callId() + " " + e.agent() + " " + e.callerNumber() + " " + e.startedAt()
                    + (e.afterCall() ? " after the call" : "");
        } else if (event instanceof CallEvent.FactsKnown e) {
            return "FactsKnown " + e.facts();
        } else if (event instanceof CallEvent.PartyJoined e) {
            return "PartyJoined " + e.speaker().id() + " " + e.at();
        } else if (event instanceof CallEvent.UtteranceHeard e) {
            return (e.isFinal() ? "final " : "partial ") + e.utterance().speaker().id() + " " + e.seq() + " '"
                    + e.utterance().text() + "' " + e.utterance().start() + "-" + e.utterance().end();
        } else if (event instanceof CallEvent.UtteranceWithdrawn e) {
            return "UtteranceWithdrawn " + e.speaker().id() + " " + e.seq() + " at " + e.at();
        } else if (event instanceof CallEvent.PartyLeft e) {
            return "PartyLeft " + e.speaker().id() + " at " + e.at() + " (" + e.reason() + ")";
        } else if (event instanceof CallEvent.TapLost e) {
            return "TapLost " + e.speaker().id() + " at " + e.at() + " (" + e.reason() + ")";
        } else if (event instanceof CallEvent.TapRestored e) {
            return "TapRestored " + e.speaker().id() + " at " + e.at();
        } else if (event instanceof CallEvent.CoachingDelayed e) {
            return "CoachingDelayed " + e.speaker().id() + " " + e.lag();
        } else if (event instanceof CallEvent.CoachingCaughtUp) {
            return "CoachingCaughtUp";
        } else if (event instanceof CallEvent.CallEnded e) {
            return "CallEnded after " + e.duration() + " at " + e.endedAt();
        }
        return event.toString();
    }
}
