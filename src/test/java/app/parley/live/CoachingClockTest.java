package app.parley.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.audio.AcousticFrame;
import app.parley.call.Prompt;
import app.parley.call.Speaker;
import app.parley.call.Word;
import app.parley.coaching.CoachingSession;
import app.parley.coaching.RuleBook;
import app.parley.speech.TranscriptUpdate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The coaching clock against the order {@code analyze} always used (every input at the time it
 * became known, sorted, the caller first and an update before a window at a tie): whatever
 * order the parties' windows, recogniser updates and progress arrive in, a session sees that
 * sequence.
 */
class CoachingClockTest {
    private static final Speaker CALLER = Speaker.CALLER;
    private static final Speaker AGENT = Speaker.AGENT;

    // ---- what arrives from a party stream, as its pipeline gives it ----

    /** One thing a party stream gives its lane. */
    private sealed interface Event permits Sound, Decoded, End {
    }

    private record Sound(AcousticFrame frame) implements Event {
    }

    private record Decoded(TranscriptUpdate update, double reached) implements Event {
    }

    /** The end of the stream, with the recogniser's last words. */
    private record End(TranscriptUpdate last, double at) implements Event {
    }

    /** A party stream: when it joins, and what it gives, in the order its pipeline gives it. */
    private record Party(Speaker speaker, double from, List<Event> events) {
        double until() {
            return ((End) events.get(events.size() - 1)).at();
        }
    }

    /**
     * A party's stream from {@code from} for {@code seconds}, as a live pipeline gives it: a
     * window every 0.05 s as the audio comes, a chunk decoded every 0.1 s, the decoder lagging
     * behind the audio by up to {@code maxLag} chunks (so updates come after windows of later
     * audio), words now and then, the last words at the end.
     */
    private static Party stream(Speaker speaker, double from, double seconds, int maxLag, Random random) {
        List<Event> events = new ArrayList<>();
        int windows = (int) Math.round(seconds / 0.05);
        int chunks = (int) Math.round(seconds / 0.1);
        int decoded = 0;
        for (int w = 1; w <= windows; w++) {
            double end = round(from + w * 0.05);
            events.add(new Sound(new AcousticFrame(round(end - 0.05), end, -30 - random.nextInt(30), random.nextBoolean())));
            int audioChunks = w / 2;
            int lag = random.nextInt(maxLag + 1);
            while (decoded < audioChunks - lag) {
                decoded++;
                events.add(decode(speaker, round(from + decoded * 0.1), random));
            }
        }
        while (decoded < chunks) {
            decoded++;
            events.add(decode(speaker, round(from + decoded * 0.1), random));
        }
        double end = round(from + chunks * 0.1);
        events.add(new End(finalWords(speaker, end), end));
        return new Party(speaker, from, events);
    }

    private static Decoded decode(Speaker speaker, double reached, Random random) {
        int dice = random.nextInt(10);
        TranscriptUpdate update = dice < 6 ? TranscriptUpdate.NONE
                : dice < 9 ? new TranscriptUpdate(List.of(), segment(speaker.id() + "-partial-" + reached, reached))
                : finalWords(speaker, reached);
        return new Decoded(update, reached);
    }

    private static TranscriptUpdate finalWords(Speaker speaker, double at) {
        return new TranscriptUpdate(List.of(segment(speaker.id() + "-final-" + at, at)), null);
    }

    private static TranscriptUpdate.Segment segment(String word, double at) {
        return new TranscriptUpdate.Segment(word, List.of(new Word(word, round(at - 0.3), round(at - 0.2), 1.0)));
    }

    /** Both parties' events in one arrival order: each party's in its own order, the two mixed at random. */
    private static List<Object[]> interleave(List<Party> parties, Random random, double bias) {
        List<Object[]> arrivals = new ArrayList<>();
        int[] next = new int[parties.size()];
        while (true) {
            List<Integer> left = new ArrayList<>();
            for (int p = 0; p < parties.size(); p++) {
                if (next[p] < parties.get(p).events().size()) {
                    left.add(p);
                }
            }
            if (left.isEmpty()) {
                return arrivals;
            }
            // With a bias, the first party left runs ahead of the others most of the time.
            int p = left.size() > 1 && random.nextDouble() >= bias ? left.get(1 + random.nextInt(left.size() - 1))
                    : left.get(0);
            arrivals.add(new Object[] {p, parties.get(p).events().get(next[p]++)});
        }
    }

    // ---- the two ways in ----

    /**
     * analyze's order, written out: every input sorted by time; at one time a stream's last
     * words after all else, the caller first, an update before a window, then as given.
     */
    private static List<String> sortedOrder(List<Party> parties, double duration) {
        record Input(double at, boolean last, Speaker speaker, int kind, int seq, Object what) {
        }
        List<Input> inputs = new ArrayList<>();
        for (Party party : parties) {
            int seq = 0;
            for (Event event : party.events()) {
                if (event instanceof Sound sound) {
                    inputs.add(new Input(sound.frame().end(), false, party.speaker(), 1, seq++, sound.frame()));
                } else if (event instanceof Decoded decoded && decoded.update() != TranscriptUpdate.NONE) {
                    inputs.add(new Input(decoded.reached(), false, party.speaker(), 0, seq++, decoded.update()));
                } else if (event instanceof End end && end.last() != TranscriptUpdate.NONE) {
                    inputs.add(new Input(end.at(), true, party.speaker(), 0, seq++, end.last()));
                }
            }
        }
        inputs.sort(Comparator.comparingDouble(Input::at).thenComparing(Input::last)
                .thenComparing(i -> i.speaker() == CALLER ? 0 : 1).thenComparingInt(Input::kind)
                .thenComparingInt(Input::seq));
        Recorder session = new Recorder();
        for (Input input : inputs) {
            // Each input at its own time: what fell due before it is judged first, then the input.
            session.advanceTo(input.at());
            if (input.what() instanceof AcousticFrame frame) {
                session.acoustics(input.speaker(), frame);
            } else {
                TranscriptFeed.into(session, input.speaker(), (TranscriptUpdate) input.what());
            }
            session.advanceTo(input.at());
        }
        session.advanceTo(duration);
        return session.log;
    }

    /** The parties' events into a clock in {@code arrivals} order, each lane opened when its first event comes. */
    private static Recorder throughClock(List<Party> parties, List<Object[]> arrivals, double duration) {
        CoachingClock clock = new CoachingClock();
        Recorder session = new Recorder();
        clock.start(session);
        CoachingClock.Lane[] lanes = new CoachingClock.Lane[parties.size()];
        for (Object[] arrival : arrivals) {
            int p = (Integer) arrival[0];
            if (lanes[p] == null) {
                lanes[p] = clock.open(parties.get(p).speaker(), parties.get(p).from());
            }
            give(lanes[p], (Event) arrival[1], session);
        }
        session.raised.addAll(clock.finish(duration));
        return session;
    }

    private static void give(CoachingClock.Lane lane, Event event, Recorder session) {
        if (event instanceof Sound sound) {
            session.raised.addAll(lane.sound(sound.frame()));
        } else if (event instanceof Decoded decoded) {
            session.raised.addAll(lane.decoded(decoded.update(), decoded.reached()));
        } else {
            End end = (End) event;
            session.raised.addAll(lane.end(end.last(), end.at()));
        }
    }

    private static double duration(List<Party> parties) {
        return parties.stream().mapToDouble(Party::until).max().orElse(0);
    }

    // ---- the tests ----

    @ParameterizedTest(name = "bias {0}")
    @ValueSource(doubles = {0.0, 0.5, 0.9, 1.0})
    void anyArrivalOrderGivesTheSessionTheSortedOrder(double bias) {
        for (int seed = 0; seed < 100; seed++) {
            Random random = new Random(seed);
            List<Party> parties = List.of(stream(CALLER, 0, 3 + random.nextInt(3), random.nextInt(6), random),
                    stream(AGENT, 0, 3 + random.nextInt(3), random.nextInt(6), random));
            // Both streams are open from the start, as a call's two taps are.
            CoachingClock clock = new CoachingClock();
            Recorder session = new Recorder();
            clock.start(session);
            CoachingClock.Lane[] lanes = {clock.open(CALLER, 0), clock.open(AGENT, 0)};
            for (Object[] arrival : interleave(parties, random, bias)) {
                give(lanes[(Integer) arrival[0]], (Event) arrival[1], session);
            }
            session.raised.addAll(clock.finish(duration(parties)));
            List<String> expected = sortedOrder(parties, duration(parties));
            assertEquals(expected, session.log, "seed " + seed);
            assertEquals(session.prompted, session.raised, "every prompt raised is returned once, in order (seed " + seed + ")");
        }
    }

    @Test
    void onePartyFarAheadWaitsForTheOther() {
        Random random = new Random(7);
        List<Party> parties = List.of(stream(CALLER, 0, 6, 0, random), stream(AGENT, 0, 6, 3, random));
        for (int ahead = 0; ahead < 2; ahead++) {
            CoachingClock clock = new CoachingClock();
            Recorder session = new Recorder();
            clock.start(session);
            CoachingClock.Lane[] lanes = {clock.open(CALLER, 0), clock.open(AGENT, 0)};
            Party first = parties.get(ahead);
            // The party ahead gives everything up to its very end (but not its end) ...
            for (Event event : first.events().subList(0, first.events().size() - 1)) {
                give(lanes[ahead], event, session);
            }
            assertEquals(List.of(), session.log, "nothing goes out while the other party's recogniser is at 0");
            // ... then the other party all of its stream, then the first ends.
            for (Event event : parties.get(1 - ahead).events()) {
                give(lanes[1 - ahead], event, session);
            }
            give(lanes[ahead], first.events().get(first.events().size() - 1), session);
            session.raised.addAll(clock.finish(6));
            assertEquals(sortedOrder(parties, 6), session.log);
        }
    }

    @Test
    void updatesArrivingAfterWindowsOfLaterAudioTakeTheirPlace() {
        Random random = new Random(11);
        // A decoder ten chunks (a second) behind the audio: every update comes after the windows of the next second.
        List<Party> parties = List.of(stream(CALLER, 0, 5, 10, random), stream(AGENT, 0, 5, 10, random));
        List<Object[]> arrivals = interleave(parties, random, 0.5);
        assertEquals(sortedOrder(parties, 5), throughClock(parties, arrivals, 5).log);
    }

    @Test
    void windowsAndUpdatesAtOneTimeGoCallerFirstAndUpdateFirst() {
        CoachingClock clock = new CoachingClock();
        Recorder session = new Recorder();
        clock.start(session);
        CoachingClock.Lane agent = clock.open(AGENT, 0);
        CoachingClock.Lane caller = clock.open(CALLER, 0);
        AcousticFrame window = new AcousticFrame(0.05, 0.1, -20, true);
        agent.sound(window);
        agent.decoded(finalWords(AGENT, 0.1), 0.1);
        caller.sound(window);
        caller.decoded(finalWords(CALLER, 0.1), 0.1);
        assertEquals(List.of("advance 0.1", "words caller final caller-final-0.1", "advance 0.1",
                "advance 0.1", "sound caller 0.1", "advance 0.1",
                "advance 0.1", "words agent final agent-final-0.1", "advance 0.1",
                "advance 0.1", "sound agent 0.1", "advance 0.1"), session.log);
    }

    @Test
    void theLastWordsOfAStreamComeAfterEverythingElseAtTheirTime() {
        CoachingClock clock = new CoachingClock();
        Recorder session = new Recorder();
        clock.start(session);
        CoachingClock.Lane agent = clock.open(AGENT, 0);
        CoachingClock.Lane caller = clock.open(CALLER, 0);
        AcousticFrame window = new AcousticFrame(0.05, 0.1, -20, true);
        // Both recognisers at 0.1 s; the agent's stream ends there, then the caller's window of 0.1 s comes.
        agent.decoded(TranscriptUpdate.NONE, 0.1);
        caller.decoded(TranscriptUpdate.NONE, 0.1);
        agent.end(finalWords(AGENT, 0.1), 0.1);
        assertEquals(List.of(), session.log, "the caller could still end at 0.1 s, its last words before the agent's");
        caller.sound(window);
        caller.end(finalWords(CALLER, 0.1), 0.1);
        assertEquals(List.of("advance 0.1", "sound caller 0.1", "advance 0.1",
                "advance 0.1", "words caller final caller-final-0.1", "advance 0.1",
                "advance 0.1", "words agent final agent-final-0.1", "advance 0.1"), session.log);
    }

    @Test
    void aPartyWithNoOpenStreamHoldsNothingBackAndOneJoiningLateTakesItsPlace() {
        Random random = new Random(3);
        Party caller = stream(CALLER, 0, 8, 2, random);
        Party agent = stream(AGENT, 4.0, 4, 2, random);
        List<Party> parties = List.of(caller, agent);
        CoachingClock clock = new CoachingClock();
        Recorder session = new Recorder();
        clock.start(session);
        CoachingClock.Lane callerLane = clock.open(CALLER, 0);
        // The caller alone until its recogniser has reached 3.5 s: its input goes out as it comes.
        int given = 0;
        for (Event event : caller.events()) {
            if (event instanceof Decoded decoded && decoded.reached() > 3.5) {
                break;
            }
            give(callerLane, event, session);
            given++;
        }
        assertTrue(session.log.contains("advance 3.5"), "the caller was not held back by the absent agent: "
                + session.log.subList(Math.max(0, session.log.size() - 4), session.log.size()));
        // The agent joins at 4 s; from then on both arrive mixed.
        CoachingClock.Lane agentLane = clock.open(AGENT, agent.from());
        List<Party> rest = List.of(new Party(CALLER, 0, caller.events().subList(given, caller.events().size())), agent);
        for (Object[] arrival : interleave(rest, random, 0.8)) {
            give((Integer) arrival[0] == 0 ? callerLane : agentLane, (Event) arrival[1], session);
        }
        session.raised.addAll(clock.finish(8));
        assertEquals(sortedOrder(parties, 8), session.log);
    }

    @Test
    void aPartyWhoseStreamEndedNoLongerHoldsTheOtherBack() {
        Random random = new Random(5);
        Party caller = stream(CALLER, 0, 3, 1, random);
        Party agent = stream(AGENT, 0, 8, 1, random);
        CoachingClock clock = new CoachingClock();
        Recorder session = new Recorder();
        clock.start(session);
        CoachingClock.Lane callerLane = clock.open(CALLER, 0);
        CoachingClock.Lane agentLane = clock.open(AGENT, 0);
        for (Event event : caller.events()) {
            give(callerLane, event, session);
        }
        for (Event event : agent.events()) {
            give(agentLane, event, session);
            if (event instanceof Decoded decoded && decoded.reached() == 6.0) {
                assertEquals("advance 6.0", session.log.get(session.log.size() - 1),
                        "the agent's input goes out as its recogniser gets there, the caller gone");
            }
        }
        session.raised.addAll(clock.finish(8));
        assertEquals(sortedOrder(List.of(caller, agent), 8), session.log);
    }

    @Test
    void inputBeforeTheSessionOpensWaitsInOrder() {
        Random random = new Random(9);
        List<Party> parties = List.of(stream(CALLER, 0, 4, 3, random), stream(AGENT, 0, 4, 3, random));
        List<Object[]> arrivals = interleave(parties, random, 0.5);
        CoachingClock clock = new CoachingClock();
        CoachingClock.Lane[] lanes = {clock.open(CALLER, 0), clock.open(AGENT, 0)};
        Recorder session = new Recorder();
        int half = arrivals.size() / 2;
        for (Object[] arrival : arrivals.subList(0, half)) {
            give(lanes[(Integer) arrival[0]], (Event) arrival[1], session);
        }
        assertEquals(List.of(), session.log);
        // The facts are known: coaching opens and takes what was due, then the rest as it comes.
        session.raised.addAll(clock.start(session));
        for (Object[] arrival : arrivals.subList(half, arrivals.size())) {
            give(lanes[(Integer) arrival[0]], (Event) arrival[1], session);
        }
        session.raised.addAll(clock.finish(4));
        assertEquals(sortedOrder(parties, 4), session.log);
        assertEquals(session.prompted, session.raised);
    }

    @Test
    void theEndOfTheCallGivesWhatAStillOpenStreamHeldBackAndAdvancesToTheEnd() {
        CoachingClock clock = new CoachingClock();
        Recorder session = new Recorder();
        clock.start(session);
        CoachingClock.Lane caller = clock.open(CALLER, 0);
        CoachingClock.Lane agent = clock.open(AGENT, 0);
        caller.decoded(finalWords(CALLER, 1.0), 1.0);
        agent.sound(new AcousticFrame(0.0, 0.05, -40, false));
        assertEquals(List.of(), session.log, "the agent's recogniser has reached nothing yet");
        List<Prompt> raised = clock.finish(2.5);
        assertEquals(List.of("advance 0.05", "sound agent 0.05", "advance 0.05",
                "advance 1.0", "words caller final caller-final-1.0", "advance 1.0", "advance 2.5"), session.log);
        assertEquals(session.prompted, raised);
        assertEquals(List.of(), caller.decoded(finalWords(CALLER, 2.0), 2.0), "nothing is taken after the end");
        assertEquals(7, session.log.size());
    }

    // ---- a session that writes down what it is given ----

    /** Writes down every call; raises a prompt at each advance that follows final words. */
    private static final class Recorder implements CoachingSession {
        final List<String> log = new ArrayList<>();
        final List<Prompt> prompted = new ArrayList<>();
        final List<Prompt> raised = new ArrayList<>();
        private boolean finalSince;

        @Override
        public void words(Speaker speaker, List<Word> words, boolean isFinal) {
            log.add("words " + speaker.id() + (isFinal ? " final " : " partial ")
                    + String.join(" ", words.stream().map(Word::word).toList()));
            finalSince |= isFinal;
        }

        @Override
        public void acoustics(Speaker speaker, AcousticFrame frame) {
            log.add("sound " + speaker.id() + " " + frame.end());
        }

        @Override
        public List<Prompt> advanceTo(double seconds) {
            log.add("advance " + seconds);
            if (!finalSince) {
                return List.of();
            }
            finalSince = false;
            Prompt prompt = new Prompt("urgency", "test", seconds, "m", "e", CALLER, Prompt.Severity.WARN);
            prompted.add(prompt);
            return List.of(prompt);
        }

        @Override
        public List<Prompt> prompts() {
            return prompted;
        }

        @Override
        public RuleBook rules() {
            return null;
        }

        @Override
        public double overlapSeconds() {
            return 0;
        }
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
