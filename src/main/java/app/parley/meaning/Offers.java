package app.parley.meaning;

import java.util.List;
import java.util.Set;

/**
 * Where a party puts an arrangement on the table in words no phrase list keeps up with: a plan
 * by its shape ("split it into three payments of seventy dollars", "spread that over six
 * months", "ninety a month"), a reduction ("reduce it to seven hundred", "bring the balance down
 * to", "take that number down", "knock a hundred off", "waive the late fees") or a settlement ("settle it for", "accept
 * six hundred"). Whether it is offered rather than mentioned ("the plan you had") is for the
 * rule to judge with the words around it ("we can", "if you pay").
 */
final class Offers {
    private Offers() {
    }

    private static final String IT = "(it|that|this|(the|that|this|your) (balance|amount|bill|debt|total|account|fees"
            + "|late fees|interest|number|figure|price|payoff))";

    private static final Grammar EN = Words.anyOf(
            "\\b(split|spread|break|divide) " + IT + "( up)? (into|over|across|in)\\b",
            // the object lost or misheard ("what we could do instead is split into three payments", "split that pass
            // through will now into three payments")
            "(?<!\\b(was|were|been) )\\b(split|spread|break|divide)( up)? (\\w+ ){0,5}(into|over|across) (\\w+ ){1,2}(payments|installments|instalments"
                    + "|parts|chunks|months|paychecks)\\b",
            "\\b(reduce|lower|drop|cut) " + IT + "( down)? (to|by)\\b",
            "\\b(bring|get|knock|take) " + IT + " down\\b",
            // a sum brought down to another: "I can bring the two forty down to one sixty", however the first was heard
            "\\b(bring|get|knock|take) (\\w+ ){1,4}down to (\\w+ ){0,3}(hundred|thousand|dollars|bucks|twenty|thirty|forty"
                    + "|fifty|sixty|seventy|eighty|ninety)\\b",
            // an amount taken off, not a person or a number taken off a list ("I'll take it off our list"), nor a
            // thing taken off a place ("we'll send a truck and take that car right off your driveway")
            "\\b(knock|take) (?!(it|that|this|him|her|them|you|me|us|your name|your number|the number|his number"
                    + "|her number) off)(\\w+ ){1,4}off\\b(?! (our|the|your|my|this|his|her|their) (list|lists|file|records"
                    + "|system|driveway|lot|street|road|property|yard|hands|premises|porch))",
            // "waive the sixty five in late fees": the sum between
            "\\b(waive|waiving|wipe|remove|drop) (\\w+ ){0,5}(fees|fee|charges|charge|interest|penalties|penalty)\\b",
            // the client's payment brought down: "we could drop you down to fifty dollars a month", "lower your monthly
            // payment to eighty" (not "it dropped you down to", told of)
            "\\b(drop|bring|get|put|lower|move|knock) (you|your (monthly )?payments?|your monthly|the (monthly )?payments?) (down )?to"
                    + " (just |only )?(\\w+ ){0,3}(hundred|dollars|bucks|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\b",
            // "I can waive the forty dollar late fee" as the recogniser often hears it: "the forty dollar lately"
            "\\b(waive|waiving) (\\w+ ){0,3}lately\\b",
            // the charge taken off by someone else's leave: "I can get that twenty five dollar fee waived for you", "the late
            // fees could be waived" (not "the fee was waived last time", told of)
            "\\b(get|getting) (\\w+ ){0,5}(fees|fee|charges|charge|interest|penalties|penalty) (waived|removed|dropped|wiped"
                    + "|reversed|taken off|knocked off)\\b",
            "\\b(fees|fee|charges|charge|interest|penalties|penalty) (can|could|will|would|may|might) (\\w+ )?be (waived"
                    + "|removed|dropped|wiped|reversed|taken off|knocked off)\\b",
            "\\b(settle|close) " + IT + " (for|at)\\b",
            // "we can settle at six hundred": the sum said right after
            "\\bsettle (for|at) (\\w+ ){0,3}(hundred|thousand|dollars|bucks|half|percent)\\b",
            // a charge brought down on a condition: "if you return it to any store, the charge drops to just the thirty
            // five dollar late fee" (not "it dropped to", told of)
            "\\b(charge|charges|balance|amount|bill|total|price|it|that|this) (\\w+ )?(drops|drop|goes down|go down"
                    + "|comes down|come down|is reduced|be reduced|gets cut|be cut) to (just |only )?(\\w+ ){0,4}(hundred"
                    + "|thousand|dollars|dollar|bucks|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|fee|fees)\\b",
            // a settlement for a sum, whatever the recogniser made of its object ("settle the it for five hundred", "settle
            // your Bayview Visa account for eleven hundred" heard "settle your bayview these new account for")
            "\\b(settle|close) (\\w+ ){1,5}(for|at) (\\w+ ){0,3}(hundred|thousand|dollars|bucks)\\b",
            // a number of payments held out: "we could do it in two payments, or three"
            "\\b(do|pay|make) (it |that |this )?(in|into) (\\w+ ){1,2}(payments|installments|instalments)\\b",
            // a plan held out without its terms: "we could set up a plan, something like fifty a month" (not "then we
            // set up a plan", a step after another)
            "\\b(we|i) (could|can) (just )?(set up|work out|put together|do) (a|an) (\\w+ )?plan\\b",
            // "we could do it for nine hundred": the whole for less
            "\\b(we|i) (could|can|would|will) (do|take|let (it|you) go for) (it |that |the whole thing )?(for )?"
                    + "(\\w+ )?(hundred|thousand)\\b",
            "\\b(accept|take) (\\w+ ){1,4}(dollars|pounds|bucks) (to settle|to close|as|in full)\\b",
            // "Riverbend will accept one thousand five hundred to close the account": the sum without "dollars"
            // (not "we would accept two hundred as a good faith payment", a payment, not a settlement)
            // "Redwood accepts two thousand four hundred as a full settlement", "full" heard "cell"
            "\\b(?<!\\b(no longer|used to|never|wont|doesnt|dont|cant|wouldnt) )(accept|accepts|take|takes) (\\w+ ){1,5}(hundred|thousand)( and \\w+)? (to settle|to close|as (a |the )?(\\w+ )?settlement"
                    + "|in full)\\b",
            "\\b(\\w+ )?payments of\\b",
            // a smaller sum in place of the balance: "the shop has agreed to take five hundred dollars instead of the full
            // six forty", "so you pay just the original ninety dollar ticket instead of one sixty five"
            "\\b(pay|paying|take|takes|accept|accepts) (just |only )?(\\w+ ){0,3}(hundred|thousand|dollars|dollar|bucks"
                    + "|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)( \\w+){0,2} instead of\\b",
            // "three payments of two forty" as the small model often hears it, "three payments or to forty"
            "\\b(?<!(?:made|missed|behind|were|been|are|skipped|last) )(two|three|four|five|six|eight|ten|twelve) payments or"
                    + " (to |two |too )?(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\b",
            // a smaller payment for a while: "we lower your payment for a few months"
            "\\b(we|i) (can |could )?(lower|reduce|drop|cut) (your|the) (monthly )?(payment|payments)\\b",
            // payments held off for a while: "a forbearance would pause the payments for a few months", "we can freeze
            // your payments" (not "your payments were paused", told of)
            "(?<!\\b(were|was|been|are|got|cant|cannot|wont|not|never) )\\b(pause|pauses|freeze|suspend|defer|hold off) (the |your |those |all )?(monthly )?"
                    + "(payments|payment|installments)\\b",
            // the missed payments moved on: "we add the missed payments to the end of the loan"
            "\\b(add|move|put|tack) (the |those |your )?((missed|past due|skipped|late|deferred|remaining) )?(payments?|them"
                    + "|those|it) (on )?to the end of (the|your) (loan|term|contract|lease)\\b",
            // instalments held out, not told of: "the first two installments went through but the last two were
            // declined", "the missed installments"
            "\\b(?<!(missed|made|skipped|previous|late|bounced|past|last) )(?<!(last|past|previous|first) (two|three|four|few) )"
                    + "(installments|instalments)\\b(?! (\\w+ )?(went|were|was|bounced|failed|cleared|came|got|have been|had been)\\b)"
                    + "(?! (you|she|he|they|we) (missed|skipped|made|paid))",
            // a plan by its rate: "a plan of eighty dollars a month", "the monthly plan at ninety"
            "\\b(a|the|monthly|weekly|payment) plan (of|at|for) (\\w+ ){1,4}(a|per|every) (month|week)\\b",
            // a rate taken: "we can take fifty a month", "I could do ninety a week"
            "\\b(we|i) (can|could) (take|do|accept) (\\w+ ){1,4}(a|per|every) (month|week)\\b",
            // "we could set you up on monthly payments", "let me get you set up with a plan"
            "\\b(set|get) (you|her|him|them) (set )?up (on|with) (a |an |the |some )?(\\w+ )?(plan|payments|arrangement"
                    + "|schedule|program)\\b",
            // "we could put you on a rehabilitation plan"
            "\\bput (you|her|him|them) on (a |an |the )?(\\w+ )?(plan|program|arrangement|schedule)\\b",
            // a rate held out to the client: "we do have a hardship rate, you could pay fifty dollars a month on it"
            "\\byou (could|can) (pay|do) (\\w+ ){1,4}(a|per|every) (month|week)\\b",
            "\\b(hardship|reduced|lower) (rate|plan|program)\\b",
            // a program held out by its name: "there's a forbearance option" (not "your forbearance ended in June")
            // (nor "I'm not eligible for forbearance", "I already had a forbearance", "can I get a forbearance")
            "(?<!\\b(your|her|his|my|the last|for|had a|had|get a|another) )\\b(forbearance|deferment)\\b(?! (ended|expired|was|ran out|is over|has ended"
                    + "|period ended|period was))",
            // a plan by its term and payment: "a four month plan of one sixty"
            "\\b(month|months|week|weeks|monthly|weekly) plan (of|at)\\b");

    private static final Grammar ES = Words.anyOf(
            "\\b(dividir|dividirlo|repartir|repartirlo|diferir|diferirlo) (\\w+ ){0,2}en\\b",
            "\\b(bajar|bajarle|reducir|reducirle|dejar|dejarle|dejarlo) (\\w+ ){0,3}(a|en)\\b",
            "\\b(quitar|quitarle|condonar|condonarle|perdonar|perdonarle) (\\w+ ){0,3}(intereses|recargos|comisiones)\\b",
            "\\b(\\w+ )?pagos de\\b");

    /** Where the words put an arrangement forward: token ranges [from, to). */
    static List<int[]> find(List<String> tokens, String language) {
        return Words.matches(tokens, "es".equals(language) ? ES : EN).stream()
                .filter(span -> !consequence(tokens, span[0]) && !onProof(tokens, span[0]) && !seenOnTheAccount(tokens, span))
                .toList();
    }

    /** Words that read payments off the account: "I do see your payments of two thousand one hundred on October ninth". */
    private static final Set<String> SEEN = Set.of("see", "seeing", "show", "shows", "showing", "received", "posted");

    /** Payments read off the account ("I see your payments of …") are told of, not held out. */
    private static boolean seenOnTheAccount(List<String> tokens, int[] span) {
        if (!tokens.get(span[1] - 1).equals("of") || !tokens.get(span[1] - 2).startsWith("payment")) {
            return false;
        }
        for (int k = span[1] - 3; k >= 0 && k >= span[1] - 5; k--) {
            if (SEEN.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** What shows a charge is wrong: "if you have a return receipt". Not proof of income or of a hardship. */
    private static final Set<String> PROOF = Set.of("receipt", "receipts", "confirmation", "recibo", "comprobante");
    /** "If", "once" (English), "si" (Spanish): what the charge taken off waits on. */
    private static final Set<String> IF = Set.of("if", "once", "si");
    /** Taking a charge off, as against lowering or spreading the debt. */
    private static final Set<String> REMOVING = Set.of("take", "knock", "waive", "waiving", "wipe", "remove", "drop",
            "quitar", "quitarle");
    /** How far before the charge taken off its proof may be named. */
    private static final int PROOF_REACH = 16;

    /**
     * A charge taken off when the client shows it is wrong ("if you have a return receipt, send it
     * over and we'll take that part off") corrects the bill, it is no offer to pay it.
     */
    private static boolean onProof(List<String> tokens, int from) {
        if (!REMOVING.contains(tokens.get(from))) {
            return false;
        }
        for (int k = from - 1; k >= 0 && k >= from - PROOF_REACH; k--) {
            if (PROOF.contains(tokens.get(k))) {
                for (int j = k - 1; j >= 0 && j >= k - 6; j--) {
                    if (IF.contains(tokens.get(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** What an offer already made would do ("it would bring the balance down to 510") puts nothing new forward. */
    private static final Set<String> RESULT_SUBJECTS = Set.of("it", "that", "which", "this", "itll", "thatll", "itd",
            "thatd", "eso", "esto", "lo");
    private static final Set<String> RESULT_VERBS = Set.of("would", "will", "should", "could", "va", "puede");

    private static boolean consequence(List<String> tokens, int from) {
        String one = from >= 1 ? tokens.get(from - 1) : "";
        String two = from >= 2 ? tokens.get(from - 2) : "";
        return RESULT_SUBJECTS.contains(one) || RESULT_VERBS.contains(one) && RESULT_SUBJECTS.contains(two);
    }
}
