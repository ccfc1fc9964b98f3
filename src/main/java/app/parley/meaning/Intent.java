package app.parley.meaning;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What a party means, read from their words by a grammar rather than a phrase list (a concept
 * names one with {@code understands:}, docs/coaching.md): the ways to say "I can't pay" or to
 * threaten someone's family are too many to list.
 */
public enum Intent {
    /** The party cannot pay (all of it, or at all): {@link Inability}. */
    CANNOT_PAY("cannot-pay", false, Inability::find, Inability::undecided),
    /** The party threatens to contact the other's people or seize their property: {@link Threats}. */
    THREAT("threat", true, Threats::find, Threats::undecided),
    /** The agent passes as a lawyer or the county ("I'm actually the staff attorney"): {@link Posing}. */
    POSING("posing", true, Posing::find, (tokens, end) -> false),
    /** The party must ask someone first ("I'd want to run it past my wife"): {@link Consulting}. */
    CONSULTING("consulting", true, Consulting::find, (tokens, end) -> false),
    /** The party blames or belittles the other ("that's on you", "are you even listening"): {@link Contempt}. */
    CONTEMPT("contempt", true, Contempt::find, Contempt::undecided),
    /** The client objects to how the agent treats them, or echoes a threat back: {@link Reproach}. */
    REPROACH("reproach", false, Reproach::find, (tokens, end) -> false),
    /** The client objects to how the agent treats them, a threat echoed back aside: {@link Reproach}. */
    OBJECTION("objection", false, Reproach::findObjection, (tokens, end) -> false),
    /** The client repeats a threat back in disbelief ("you're gonna take my truck?"): {@link Reproach}. */
    THREAT_ECHO("threat-echo", false, Reproach::findEcho, (tokens, end) -> false),
    /** The party puts a plan, a reduction or a settlement forward: {@link Offers}. */
    OFFER("offer", true, Offers::find, (tokens, end) -> false),
    /** The client says the debt was paid ("I sent the whole thing back in August"): {@link Paid}. */
    PAID("paid", true, Paid::find, Paid::undecided),
    /** The party tells of an illness or injury of their own, not what a medical bill is for: {@link Illness}. */
    ILLNESS("illness", true, Illness::find, (tokens, end) -> false),
    /** The party tells of a death ("my mom passed three weeks ago"): {@link Bereavement}. */
    BEREAVEMENT("bereavement", true, Bereavement::find, (tokens, end) -> false),
    /** The party tells of work or pay lost ("my hours at the warehouse got cut"): {@link IncomeLost}. */
    INCOME_LOST("income-lost", true, IncomeLost::find, (tokens, end) -> false),
    /** The party tells of a costly breakdown ("the transmission went out", "the shop took my whole check"): {@link Breakdown}. */
    BREAKDOWN("breakdown", true, Breakdown::find, (tokens, end) -> false),
    /** The party asks after the other's wellbeing ("how is the hip now?"): {@link Concern}. */
    CONCERN("concern", false, Concern::find, (tokens, end) -> false),
    /** The client complains of being called too often ("you've called me four times this week"): {@link Pestered}. */
    PESTERED("pestered", false, Pestered::find, (tokens, end) -> false),
    /** The party talks about the debt: its balance, a payment, an amount owed: {@link DebtTalk}. */
    DEBT("debt", false, DebtTalk::find, DebtTalk::undecided),
    /** The client is ending the call ("I have to go", not "I need to go over this"): {@link Leaving}. */
    LEAVING("leaving", false, Leaving::find, Leaving::undecided),
    /** The collector says a debt collector is calling: {@link Disclosure}. */
    DISCLOSURE("disclosure", false, Disclosure::find, (tokens, end) -> false),
    /** The agent takes up what the client just put forward, first in the answer ("all right, that works"): {@link TakingUp}. */
    TAKING_UP("taking-up", false, TakingUp::find, (tokens, end) -> false),
    /** The person on the line is not the one the call is for: {@link ThirdParty}. */
    NOT_THE_DEBTOR("not-the-debtor", false, ThirdParty::find, (tokens, end) -> false),
    /** The person on the line says they are the one the call is for ("hello, this is Eric"): {@link ThirdParty}. */
    RIGHT_PARTY("right-party", false, ThirdParty::findTheOneCalledFor, (tokens, end) -> false),
    /** The agent leaves word for the one the call is for ("could you ask her to call me"): {@link ThirdParty}. */
    CALL_BACK_REQUEST("call-back-request", false, ThirdParty::findCallBackRequest, (tokens, end) -> false);

    /**
     * Where an intent was read: tokens [from, to). Not {@code settled} when the next words may
     * still undo it ("take your car" at the end of a partial result, before "… details").
     */
    public record Span(int from, int to, boolean settled) {
    }

    private final String id;
    private final boolean negatable;
    private final BiFunction<List<String>, String, List<int[]>> reader;
    private final java.util.function.BiPredicate<List<String>, Integer> undecided;

    Intent(String id, boolean negatable, BiFunction<List<String>, String, List<int[]>> reader,
            java.util.function.BiPredicate<List<String>, Integer> undecided) {
        this.id = id;
        this.negatable = negatable;
        this.reader = reader;
        this.undecided = undecided;
    }

    /** The name a rules file uses. */
    public String id() {
        return id;
    }

    /**
     * Whether a negation before the words undoes it ("we will never call your employer"); an
     * inability has its negation inside ("I don't have it").
     */
    public boolean negatable() {
        return negatable;
    }

    /** Where the words (normalised tokens) say it, in order, none overlapping. */
    public List<Span> find(List<String> tokens, String language) {
        return reader.apply(tokens, language).stream()
                .map(r -> new Span(r[0], r[1], !undecided.test(tokens, r[1]))).toList();
    }

    public static Optional<Intent> byId(String id) {
        return Arrays.stream(values()).filter(i -> i.id.equals(id)).findFirst();
    }

    /** The names, for an error message. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Intent::id).toList();
    }
}
