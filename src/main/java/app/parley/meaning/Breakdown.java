package app.parley.meaning;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the party tells of a costly breakdown, or of a repair or bill that took their pay: "the
 * transmission went out", "my car broke down on the way to work", "the furnace died in January",
 * "the shop took basically my whole check", "se me descompuso el carro". Not a worry ("if the car
 * breaks down"), a breakdown denied ("the car didn't break down"), nor the power or a phone ("the
 * power went out", "my phone died"): what breaks must cost the teller money to mend.
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
    /** Whose it is; not "if", "when", "in case" (a worry), nor "your" (the agent's car, or the debt's). */
    private static final String WHOSE = "(my|our|the|his|her)";

    private static final Pattern EN = Words.anyOf(
            // "the transmission went out", "our furnace just died" (not "if the car breaks down", "before the roof caves in")
            "\\b(?<!(?:if|when|in case|unless|before|once) )" + WHOSE + " (old |whole |hot )?" + THING
                    + " (just |finally |completely |totally |also )?" + BROKE + "\\b",
            // "the shop took basically my whole check", "the repair ate my entire paycheck", "that wiped out my savings"
            // (not "take your whole check": the agent asking)
            "\\b(took|ate|eat up|ate up|wiped out|cleaned out|swallowed|cost me) (basically |like |pretty much |about "
                    + "|almost |nearly |most of |half of |all of )?(my|our) (whole |entire |last )?(paycheck|check"
                    + "|savings|rent money|tax refund|refund)\\b");

    private static final Pattern ES = Words.anyOf(
            "\\bse (me |nos |le )?(descompuso|descompusieron|murio|quemo|rompio|averio) (el|la|mi|nuestro|nuestra) "
                    + "(carro|coche|auto|camioneta|camion|motor|transmision|refrigerador|boiler|calentador|lavadora)\\b");

    /** Where the words tell of a costly breakdown: token ranges [from, to). */
    static List<int[]> find(List<String> tokens, String language) {
        return Words.apart(Words.matches(tokens, "es".equals(language) ? ES : EN));
    }
}
