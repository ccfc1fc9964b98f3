package app.parley.coaching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What has happened in a call that rules may require or forbid ({@code unless: - state:
 * options-framed}). Each state is read from what the session understood of the words; a state
 * that is read from a concept needs that concept in the rules file (validation says so).
 */
final class CallState {
    /** A state's name, its slots ({@code has: [...]}), the concepts it is read from, and what it means. */
    record Spec(String name, List<String> slots, List<String> concepts, String meaning) {
    }

    static final String OPTIONS_FRAMED = "options-framed";
    static final String OFFER_MADE = "offer-made";
    static final String AGREEMENT = "agreement";
    static final String DISPUTE_RAISED = "dispute-raised";
    static final String DISCLOSURE_GIVEN = "disclosure-given";
    static final String IDENTITY_VERIFIED = "identity-verified";
    static final String THIRD_PARTY = "third-party";
    static final String DAY_TAKEN_UP = "day-taken-up";
    static final String WORD_LEFT = "word-left";
    static final String PAYDAY_NAMED = "payday-named";
    /** The concept the state payday-named is read from: the agent asks when the client is paid. */
    static final String PAYDAY_ASKED_CONCEPT = "payday-asked";
    /** The concepts the state third-party is read from: someone else answered; the one called for came on. */
    static final String THIRD_PARTY_CONCEPT = "third-party";
    static final String RIGHT_PARTY_CONCEPT = "right-party";
    /** The concept the state word-left is read from: the agent leaves word for the one called for. */
    static final String CALL_BACK_REQUEST_CONCEPT = "call-back-request";

    /** The concept whose phrases also frame options (optional: a count of two or more options does too). */
    static final String OPTIONS_FRAMED_CONCEPT = "options-framed";

    static final Map<String, Spec> SPECS = specs(
            new Spec(OPTIONS_FRAMED, List.of(), List.of(),
                    "the agent laid out two or more options in a turn (or said a phrase of the concept "
                            + "'options-framed', when the file has it)"),
            new Spec(OFFER_MADE, List.of(), List.of("offer"), "the agent made an offer (concept 'offer')"),
            new Spec(AGREEMENT, List.of("date", "amount", "channel"), List.of("pay-channel"),
                    "what a payment agreement needs was said: a near date, an amount, a channel ('pay-channel')"),
            new Spec(DISPUTE_RAISED, List.of(), List.of("dispute"), "the client disputed the debt (concept 'dispute')"),
            new Spec(DISCLOSURE_GIVEN, List.of(), List.of("disclosure"),
                    "the agent gave the collection disclosure (concept 'disclosure')"),
            new Spec(IDENTITY_VERIFIED, List.of(), List.of("identity-check"),
                    "the agent checked who is on the line (concept 'identity-check') and the client confirmed"),
            new Spec(THIRD_PARTY, List.of(), List.of(THIRD_PARTY_CONCEPT, RIGHT_PARTY_CONCEPT, "identity-check"),
                    "the person on the line said they are not the one the call is for (concept 'third-party') and "
                            + "nobody has said since that they are ('right-party') or confirmed it when asked "
                            + "(state identity-verified)"),
            new Spec(WORD_LEFT, List.of(), List.of(CALL_BACK_REQUEST_CONCEPT, RIGHT_PARTY_CONCEPT, "identity-check"),
                    "the agent left word for the one the call is for (concept 'call-back-request': 'could you ask "
                            + "her to call me') and nobody has said since that they are ('right-party') or "
                            + "confirmed it when asked"),
            new Spec(DAY_TAKEN_UP, List.of(), List.of("cannot-pay"),
                    "the client took up a near day to pay ('I can do the two hundred on Friday', 'yes, Thursday "
                            + "works'), the client has not said since that they can't (concept "
                            + "'cannot-pay'), and the triggering words name a day of something else, told with a "
                            + "subject of its own ('I start a new job June first'; not 'how about next month')"),
            new Spec(PAYDAY_NAMED, List.of(), List.of(PAYDAY_ASKED_CONCEPT),
                    "the triggering day is the client's payday the agent just asked for (concept 'payday-asked': "
                            + "'when do you get paid?' - 'the thirtieth'; 'could the rest come out of your next "
                            + "paycheck?' - 'we get paid the twenty fourth'): the first day of the client's answer, "
                            + "said first in it or after a word of pay, not put after something ('till March') or "
                            + "hedged ('maybe in February')"));

    /** Words that confirm, first in a client's answer ("yes", "speaking", "that's me"). */
    static final Map<String, List<String>> CONFIRMATIONS = Map.of(
            "en", List.of("yes", "yeah", "yep", "speaking", "correct", "thats me", "this is", "it is", "right"),
            "es", List.of("si", "soy yo", "correcto", "asi es", "el habla", "ella habla", "con el", "con ella"));

    private CallState() {
    }

    private static Map<String, Spec> specs(Spec... specs) {
        Map<String, Spec> map = new LinkedHashMap<>();
        for (Spec spec : specs) {
            map.put(spec.name(), spec);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
