package app.parley.redaction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The parties of one call hear each other: a line's echo, a speakerphone or a headset's sidetone
 * carries one party's voice faintly into the other's stream. When the caller reads a card
 * number, the agent's recogniser may make a few digits of the echo ("one one one one one one")
 * that, alone and without a cue, no rule can tell from an amount. So each party's
 * {@link Redactor} tells the others how far it has judged its own words and what it redacted in
 * them; it holds back its own digits until every other party has judged past them, and redacts
 * those said within {@link #REACH_S} of a stretch another party redacted, as the same category.
 *
 * <p>Words waiting come out with the first update of their own stream decoded past the point
 * where the others had judged them ({@link Party#othersJudgedAt}), which depends only on the
 * audio. Live, a stream that runs ahead lets them out when it learns that point, a little later.
 * {@link #inStep()} makes it exact for streams decoded on threads of their own, as
 * {@code analyze} does: a stream with words waiting blocks until the others catch up.
 *
 * <p>Nothing waits in a circle: how far a party has judged never depends on the others. Thread
 * safe: each party's redactor runs on its own decoder.
 */
public final class Crosstalk {
    /** How far outside another party's redacted stretch a party's digits still count as its echo. */
    static final double REACH_S = 0.5;

    private final boolean inStep;
    private final List<Party> parties = new ArrayList<>();
    private final List<Waiting> waiting = new ArrayList<>();

    private record Waiting(Party party, double through, Runnable then) {
    }

    /** A live call's parties: nothing blocks, words waiting come out as soon as their stream learns they may. */
    public Crosstalk() {
        this(false);
    }

    private Crosstalk(boolean inStep) {
        this.inStep = inStep;
    }

    /** Parties decoded side by side on threads of their own: what comes out, and when, never depends on which ran ahead. */
    public static Crosstalk inStep() {
        return new Crosstalk(true);
    }

    /** A party stream joins the call: until its redactor reports, the others' digits wait for it. */
    public synchronized Party join() {
        Party party = new Party();
        parties.add(party);
        return party;
    }

    /** A party with no one else on the line: nothing it says waits. */
    static Party alone() {
        return new Crosstalk().join();
    }

    /** One party stream's place in the call. */
    public final class Party {
        private double reached = Double.NEGATIVE_INFINITY;
        /** Each time how far the party had judged went up: its recogniser's progress then, and how far. */
        private double[] progress = new double[16];
        private double[] judged = new double[16];
        private int steps;
        private final List<RedactedSpan> redacted = new ArrayList<>();

        private Party() {
        }

        /**
         * This party's recogniser has decoded up to call time {@code reached}, and its words up to
         * {@code through} are judged; {@code spans} were redacted in them.
         */
        void judged(double reached, double through, List<RedactedSpan> spans) {
            List<Runnable> ready;
            synchronized (Crosstalk.this) {
                redacted.addAll(spans);
                this.reached = Math.max(this.reached, reached);
                if (steps == 0 || through > judged[steps - 1]) {
                    if (steps == judged.length) {
                        progress = Arrays.copyOf(progress, steps * 2);
                        judged = Arrays.copyOf(judged, steps * 2);
                    }
                    progress[steps] = this.reached;
                    judged[steps] = through;
                    steps++;
                }
                ready = ready();
                if (inStep) {
                    Crosstalk.this.notifyAll(); // a party waiting in awaitOthers
                }
            }
            ready.forEach(Runnable::run);
        }

        /** This party's stream is over, decoded up to {@code reached}: every word of it is judged. */
        void ended(double reached, List<RedactedSpan> spans) {
            judged(reached, Double.POSITIVE_INFINITY, spans);
        }

        /** This party's stream is gone, its words judged or lost: nothing waits for it any more. */
        public void leave() {
            double at;
            synchronized (Crosstalk.this) {
                at = reached;
            }
            ended(at, List.of());
        }

        /**
         * The progress of the others' recognisers (the latest of them) at which every other party
         * had judged its words through call time {@code through}; NaN while one has not yet.
         */
        double othersJudgedAt(double through) {
            synchronized (Crosstalk.this) {
                return judgedAt(this, through);
            }
        }

        /** The category another party redacted around call times {@code start} to {@code end}, if it did. */
        Optional<Category> heardFromOthers(double start, double end) {
            synchronized (Crosstalk.this) {
                for (Party other : parties) {
                    if (other == this) {
                        continue;
                    }
                    for (RedactedSpan span : other.redacted) {
                        if (start < span.end() + REACH_S && end > span.start() - REACH_S) {
                            return Optional.of(span.category());
                        }
                    }
                }
                return Optional.empty();
            }
        }

        /**
         * In step only: blocks until every other party has decoded up to {@code reached} or judged
         * through {@code through}, so that {@link #othersJudgedAt} answers for this stream's progress.
         */
        void awaitOthers(double reached, double through) {
            if (!inStep) {
                return;
            }
            synchronized (Crosstalk.this) {
                while (!caughtUp(this, reached, through)) {
                    try {
                        Crosstalk.this.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }

        /**
         * Runs {@code then} once every other party has judged through call time {@code through}: at
         * once if they have, else on the thread of the party that reports it.
         */
        void whenOthersJudged(double through, Runnable then) {
            synchronized (Crosstalk.this) {
                if (Double.isNaN(judgedAt(this, through))) {
                    waiting.add(new Waiting(this, through, then));
                    return;
                }
            }
            then.run();
        }

        /** The progress at which this party had judged through {@code through}; NaN while it has not. */
        private double judgedAtOwn(double through) {
            int low = 0;
            int high = steps;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (judged[mid] >= through) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            return low == steps ? Double.NaN : progress[low];
        }
    }

    private double judgedAt(Party party, double through) {
        double at = Double.NEGATIVE_INFINITY;
        for (Party other : parties) {
            if (other != party) {
                double when = other.judgedAtOwn(through);
                if (Double.isNaN(when)) {
                    return Double.NaN;
                }
                at = Math.max(at, when);
            }
        }
        return at;
    }

    private boolean caughtUp(Party party, double reached, double through) {
        for (Party other : parties) {
            if (other != party && other.reached < reached && Double.isNaN(other.judgedAtOwn(through))) {
                return false;
            }
        }
        return true;
    }

    /** The waiting runs whose time has come, taken off the list; the caller runs them outside the lock. */
    private List<Runnable> ready() {
        List<Runnable> ready = new ArrayList<>();
        waiting.removeIf(w -> {
            if (!Double.isNaN(judgedAt(w.party(), w.through()))) {
                ready.add(w.then());
                return true;
            }
            return false;
        });
        return ready;
    }
}
