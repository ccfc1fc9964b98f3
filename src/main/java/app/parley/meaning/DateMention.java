package app.parley.meaning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A date or a time said in a call, understood against the call's own date. Tokens
 * {@code [from, to)} of the words read. The day meant lies from {@code earliest} to
 * {@code latest}: one day for "Friday" or "the fifteenth", a span for "next week" ("by the end
 * of next week" ends it, "after the fifteenth" leaves it open: {@code latest} null).
 * {@link Kind#VAGUE} is a time put off without a date ("later", "down the road", "once things
 * settle down"); {@link Kind#PAST} a day gone by ("last Tuesday", "two weeks ago"). {@code about}:
 * what its clause is about ({@link About}), as {@link PayingTalk} reads it.
 */
public record DateMention(int from, int to, String text, Kind kind, LocalDate earliest, LocalDate latest,
        About about) {

    /** What the clause a day is said in is about. */
    public enum About {
        /** The speaker pays then, or takes the day: "I can do the two hundred on Friday", "Thursday works". */
        PAYING,
        /** Something else happens then, told with a subject of its own: "I start a new position on June first". */
        OTHER,
        /** As {@link #OTHER}, someone else's doing: "everyone's coming over tomorrow", "she starts on the first". */
        OTHERS,
        /** Neither: a day said bare or put forward ("how about the thirtieth"), or a day of income. */
        UNSAID;

        /** Whether something other than paying happens then, whoever does it. */
        public boolean somethingElse() {
            return this == OTHER || this == OTHERS;
        }
    }

    public enum Kind {
        /** A day or span of days from the call's date on. */
        DATE,
        /** A future time with no date in it. */
        VAGUE,
        /** A day before the call. */
        PAST
    }

    /** How a mention is judged: near (a concrete day soon enough), later (far, open or vague), or past. */
    public enum Reach {
        NEAR, LATER, PAST
    }

    /** Near: a concrete day no later than {@code nearDays} after the call's date. */
    public Reach reach(LocalDate callDate, int nearDays) {
        if (kind == Kind.PAST) {
            return Reach.PAST;
        }
        if (kind == Kind.VAGUE || latest == null) {
            return Reach.LATER;
        }
        return ChronoUnit.DAYS.between(callDate, latest) <= nearDays ? Reach.NEAR : Reach.LATER;
    }
}
