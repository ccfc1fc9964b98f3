package app.parley.meaning;

import java.util.List;

/**
 * Where a collector says the call is from a debt collector, in the words of the rule ("this is
 * an attempt to collect a debt and any information obtained will be used for that purpose") or
 * in others ("I'm a debt collector", "we're a collection agency", "this call is from a debt
 * collection company", "I'm calling to collect a debt"), and as the recogniser mishears them
 * ("an attempt to collect a dead", "that collector"). A company name alone ("Northwind
 * Collections") says nothing of a debt and is no disclosure.
 */
final class Disclosure {
    private Disclosure() {
    }

    /** How the recogniser hears "debt" before "collector" or after "collect a". */
    private static final String DEBT = "(debt|debts|dead|death|det|that|dent|data)";

    private static final Grammar EN = Words.anyOf(
            "\\battempt(s|ing)? to collect( (a|an|the|this|on|your) " + DEBT + ")?\\b",
            "\\b(try|trying|tries|calling|here|call|seeking|reaching out|out) to collect (a|an|the|this|on|your|her|his|"
                    // "one" as the recogniser may hear it: "I'm calling to collect want from you"
                    + "one|want|won|it|debts|money) ?" + DEBT + "?\\b",
            "\\bcollect(ing)? (on )?(a|an|the|this) " + DEBT + "\\b",
            // "collector" as the small model may hear it: "a dead selector", "a debt elector"
            "\\b" + DEBT + " (collector|collectors|collection|collections|collecting|selector|selectors|elector|electors)\\b",
            // "a debt collector calling" as the recogniser may hear it: "a dead collects are calling" (not "a
            // balance that collects interest")
            "\\b(debt|dead|death|det|dent) collects\\b",
            // "a debt collection agency" as the recogniser may hear it: "a deadly election agency"
            "\\b(a|an|the) (\\w+ )?(collection|collections|election|elections) (agency|agent|company|firm)\\b",
            // "my job is collecting debts", heard "my job is collecting that"
            "\\bmy job is (to )?(collect|collecting)\\b",
            "\\binformation (obtained|we obtain|you give|you provide)( \\w+){0,3} (used|use) for that purpose\\b",
            "\\b(used|use) for that purpose\\b",
            // "… any information obtained will be used for that purpose" with the verb misheard ("anything you've
            // held me will do you for that purpose"); not "I will transfer you for that purpose"
            "\\b(collect|information|anything|obtained)( \\w+){0,6} (will|would|may) (\\w+ ){0,3}for that purpose\\b",
            // "anything you tell me will be used for that", in any words
            "\\b(anything|whatever|everything|information) (you|we) (tell|give|say|share|provide|obtain)( \\w+){0,2} "
                    + "(will|would|may|can|could) be used\\b",
            // "anything you tell me will be used for that" with the verb lost: "… you tell me as you for the that",
            // "… you tell me today get fuel for the that"
            "\\b(you|youve) (tell|told|say|give|share) (me|us)( \\w+){0,4} for (the )?(that|debt|dead)( purpose)?\\b");

    private static final Grammar ES = Words.anyOf(
            "\\b(despacho|agencia|empresa|gestor|gestora|agente) (de )?(cobranza|cobro|cobros)\\b",
            "\\b(cobrar|cobranza de|recuperar) (un|una|el|la|su) (adeudo|deuda|saldo)\\b",
            "\\ben nombre de\\b");

    /** Where the words disclose that a debt collector is calling: token ranges [from, to). */
    static List<int[]> find(List<String> tokens, String language) {
        return Words.matches(tokens, "es".equals(language) ? ES : EN);
    }
}
