package app.parley.meaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where the party tells of a costly breakdown, or of a repair or bill that took their pay: "the
 * transmission went out", "my car broke down on the way to work", "the furnace died in January",
 * "the shop took basically my whole check", "se me descompuso el carro". Not a worry ("if the car
 * breaks down"), a breakdown denied ("the car didn't break down"), nor the power or a phone ("the
 * power went out", "my phone died"): what breaks must cost the teller money to mend. Nor what the
 * debt is for ("the tow after my car died on the highway").
 */
final class Breakdown {
    private Breakdown() {
    }

    /** What costs money to mend when it breaks. */
    private static final String THING = "(car|truck|van|suv|jeep|transmission|engine|motor|alternator|brakes|clutch"
            + "|radiator|furnace|heater|water heater|boiler|ac|air conditioner|air conditioning|fridge|refrigerator"
            + "|washer|dryer|roof|pipes|septic|well pump|sump pump)";
    private static final String BROKE = "(went out|broke down|broke|died|blew|blew up|gave out|gave up|quit on me|quit"
            + "|crapped out|conked out|burst|caved in|went kaput|went down)";
    /** Whose it is; not "your" (the agent's, or what the debt is for: "your car broke down on the way here?"). */
    private static final String WHOSE = "(my|our|the|his|her)";

    /** "The transmission went out", "our furnace just died" (not "if the car breaks down", "before the roof caves in"). */
    private static final Grammar EN_BROKE = Words.anyOf(
            "\\b(?<!(?:if|when|in case|unless|before|once) )" + WHOSE + " (old |whole |hot )?" + THING
                    + " (just |finally |completely |totally |also )?" + BROKE + "\\b");

    private static final Grammar EN_PAY_TAKEN = Words.anyOf(
            // "the shop took basically my whole check", "the repair ate my entire paycheck", "that wiped out my savings"
            // (not "take your whole check": the agent asking)
            "\\b(took|ate|eat up|ate up|wiped out|cleaned out|swallowed|cost me) (basically |like |pretty much |about "
                    + "|almost |nearly |most of |half of |all of )?(my|our) (whole |entire |last )?(paycheck|check"
                    + "|savings|rent money|tax refund|refund)\\b");

    private static final Grammar ES_BROKE = Words.anyOf(
            "\\bse (me |nos |le )?(descompuso|descompusieron|murio|quemo|rompio|averio) (el|la|mi|nuestro|nuestra) "
                    + "(carro|coche|auto|camioneta|camion|motor|transmision|refrigerador|boiler|calentador|lavadora)\\b");

    /** Words of a bill for the breakdown itself, just before it: "the tow after my car died" tells what the debt is for. */
    private static final Set<String> THE_BILL_FOR_IT = Set.of("tow", "towing", "towed", "repair", "repairs", "mechanic",
            "grua", "reparacion");
    private static final int BILL_REACH = 4;

    /** Where the words tell of a costly breakdown: token ranges [from, to). */
    static List<int[]> find(List<String> tokens, String language) {
        List<int[]> found = new ArrayList<>();
        boolean spanish = "es".equals(language);
        for (int[] span : Words.matches(tokens, spanish ? ES_BROKE : EN_BROKE)) {
            boolean billFor = tokens.subList(Math.max(0, span[0] - BILL_REACH), span[0]).stream()
                    .anyMatch(THE_BILL_FOR_IT::contains);
            if (!billFor) {
                found.add(span);
            }
        }
        if (!spanish) {
            found.addAll(Words.matches(tokens, EN_PAY_TAKEN));
        }
        return Words.apart(found);
    }
}
