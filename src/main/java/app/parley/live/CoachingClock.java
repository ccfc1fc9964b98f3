package app.parley.live;

import app.parley.audio.AcousticFrame;
import app.parley.call.Prompt;
import app.parley.call.Speaker;
import app.parley.coaching.CoachingSession;
import app.parley.speech.TranscriptUpdate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The one place that orders a call's coaching input, live and in {@code analyze} alike, so the
 * same audio gives the same prompts however its parts happen to arrive.
 *
 * <p>Each party stream is a {@link Lane}. What it hears is stamped with the call time at which
 * it became known: a recogniser update at the audio time the recogniser had decoded when it gave
 * it, a loudness window at its end. The clock gives it to the session in one order: by that
 * time; at one time, the stream's last words (which only its end brings) after everything else,
 * then the caller before the agent, an update before a window, and as it arrived.
 *
 * <p>It gives input only once no open lane can still give anything before it: a lane whose
 * recogniser has reached time t ({@link Lane#decoded}) has given all it will at or before t but
 * its last words, so a party's windows, measured as its audio arrives, wait for the other
 * party's words of the same moment, which its recogniser gives later. A party with no open
 * lane (not joined yet, its tap lost, its stream ended) holds nothing back. After each input
 * the session's clock moves to the input's time; {@link #finish} moves it to the call's end.
 *
 * <p>Input arriving before the session opens (live, it waits for the caller's facts) waits, in
 * the same order. Pure and not thread-safe: no wall clock, no Vert.x; feed it from one thread.
 */
public final class CoachingClock {
    private static final int WORDS = 0;
    private static final int SOUND = 1;

    /**
     * By time; at one time the last words after the rest, the caller before the agent, words
     * before a window, then as they arrived. Written out rather than chained: a backtest compares
     * inputs millions of times, and the chain boxed {@code last} at every comparison.
     */
    private static final Comparator<Pending> ORDER = (a, b) -> {
        int c = Double.compare(a.at, b.at);
        if (c != 0) {
            return c;
        }
        c = Boolean.compare(a.last, b.last);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.speaker == Speaker.CALLER ? 0 : 1, b.speaker == Speaker.CALLER ? 0 : 1);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.kind, b.kind);
        return c != 0 ? c : Long.compare(a.arrival, b.arrival);
    };

    private final PriorityQueue<Pending> pending = new PriorityQueue<>(ORDER);
    private final List<Lane> open = new ArrayList<>();
    private CoachingSession session;
    private long arrivals;
    private boolean finished;

    /** What a party stream contributes to coaching, with the call time at which it became known. */
    public sealed interface Heard permits Words, Sound {
        double at();
    }

    /** A recogniser update (never {@link TranscriptUpdate#NONE}), given when it had decoded up to {@code at}. */
    public record Words(TranscriptUpdate update, double at) implements Heard {
    }

    /** A loudness window, known at its end. */
    public record Sound(AcousticFrame frame) implements Heard {
        @Override
        public double at() {
            return frame.end();
        }
    }

    /** An input waiting for its turn; {@code input} is null in a lane's {@link Lane#floor}. */
    private record Pending(double at, boolean last, Speaker speaker, int kind, long arrival, Heard input) {
    }

    /**
     * What one party gave over a whole call, as recorded: what it heard, in the order given, and
     * its stream's last words ({@code lastAt}: when its recogniser gave them).
     */
    public record Recorded(Speaker speaker, List<Heard> heard, TranscriptUpdate last, double lastAt) {
        public Recorded {
            heard = List.copyOf(heard);
        }
    }

    /**
     * A whole call replayed into {@code session} in the order a live call gives it, both parties
     * on the call from time 0, then the session's clock moved to {@code duration}: what
     * {@code analyze} does with a recording, and a backtest with a stored call. Returns every
     * prompt raised.
     */
    public static List<Prompt> replay(CoachingSession session, double duration, List<Recorded> parties) {
        CoachingClock clock = new CoachingClock();
        clock.start(session);
        // Each party holds the other back until it has given all.
        List<Lane> lanes = parties.stream().map(party -> clock.open(party.speaker(), 0)).toList();
        for (int i = 0; i < parties.size(); i++) {
            parties.get(i).heard().forEach(lanes.get(i)::give);
            lanes.get(i).end(parties.get(i).last(), parties.get(i).lastAt());
        }
        clock.finish(duration);
        return session.prompts();
    }

    /**
     * A party stream that opens at call time {@code from}: until it ends it holds back input
     * later than what its recogniser has reached.
     */
    Lane open(Speaker speaker, double from) {
        Lane lane = new Lane(speaker, from);
        open.add(lane);
        return lane;
    }

    /** Coaching opens: the input due so far goes to {@code coaching} in order; returns the prompts raised. */
    List<Prompt> start(CoachingSession coaching) {
        if (session != null) {
            throw new IllegalStateException("the coaching session has started already");
        }
        session = coaching;
        return release();
    }

    /**
     * The call is over: every input not given yet goes to the session, in order, whatever the
     * lanes still open have reached, and the session's clock moves to {@code duration}. Returns
     * the prompts raised; nothing is taken afterwards. Without a session, nothing happens.
     */
    List<Prompt> finish(double duration) {
        if (session == null || finished) {
            return List.of();
        }
        open.clear();
        List<Prompt> raised = release();
        finished = true;
        return append(raised, session.advanceTo(duration));
    }

    private List<Prompt> release() {
        if (session == null || finished) {
            return List.of();
        }
        Pending floor = null;
        for (Lane lane : open) {
            floor = floor == null || ORDER.compare(lane.floor, floor) < 0 ? lane.floor : floor;
        }
        List<Prompt> raised = List.of();
        while (!pending.isEmpty() && (floor == null || ORDER.compare(pending.peek(), floor) < 0)) {
            Pending next = pending.poll();
            // The input becomes known at its time: what fell due before then is judged on what was
            // known before it, and what it triggers is timed from then, not from the last input of
            // whichever party came before (live, the other party's stream runs a few ms apart).
            raised = append(raised, session.advanceTo(next.at()));
            if (next.input() instanceof Words words) {
                TranscriptFeed.into(session, next.speaker(), words.update());
            } else {
                session.acoustics(next.speaker(), ((Sound) next.input()).frame());
            }
            raised = append(raised, session.advanceTo(next.at()));
        }
        return raised;
    }

    private static List<Prompt> append(List<Prompt> raised, List<Prompt> more) {
        if (more.isEmpty()) {
            return raised;
        }
        List<Prompt> all = raised.isEmpty() ? new ArrayList<>() : raised;
        all.addAll(more);
        return all;
    }

    /** One party stream's input; each method returns the prompts raised by the input it let through. */
    final class Lane {
        private final Speaker speaker;
        /** Call time up to which the stream's recogniser has decoded. */
        private double decodedUntil;
        /** The first place in the order this stream can still give something at: its last words, now. */
        private Pending floor;
        private boolean ended;

        private Lane(Speaker speaker, double from) {
            this.speaker = speaker;
            decodedTo(from);
        }

        private void decodedTo(double at) {
            decodedUntil = at;
            floor = new Pending(at, true, speaker, WORDS, Long.MIN_VALUE, null);
        }

        /** What the stream heard; it goes to the session once no open lane can give anything before it. */
        List<Prompt> give(Heard heard) {
            if (ended || finished) {
                return List.of();
            }
            add(heard, false);
            return release();
        }

        /** A loudness window of the stream. */
        List<Prompt> sound(AcousticFrame frame) {
            return give(new Sound(frame));
        }

        /**
         * The recogniser decoded the stream up to call time {@code reached} and gave
         * {@code update} there ({@link TranscriptUpdate#NONE}: nothing new). From now on the
         * stream gives only input later than {@code reached}, and its last words.
         */
        List<Prompt> decoded(TranscriptUpdate update, double reached) {
            if (ended || finished) {
                return List.of();
            }
            boolean gave = update != TranscriptUpdate.NONE;
            if (gave) {
                add(new Words(update, reached), false);
            }
            boolean advanced = reached > decodedUntil;
            if (advanced) {
                decodedTo(reached);
            }
            return gave || advanced ? release() : List.of();
        }

        /**
         * The stream ended: its recogniser's last words ({@link TranscriptUpdate#NONE}: none),
         * given after decoding up to {@code at}. It holds nothing back any more.
         */
        List<Prompt> end(TranscriptUpdate last, double at) {
            if (ended) {
                return List.of();
            }
            ended = true;
            open.remove(this);
            if (finished) {
                return List.of();
            }
            if (last != TranscriptUpdate.NONE) {
                add(new Words(last, at), true);
            }
            return release();
        }

        private void add(Heard heard, boolean last) {
            pending.add(new Pending(heard.at(), last, speaker, heard instanceof Words ? WORDS : SOUND, arrivals++, heard));
        }
    }
}
