package app.parley.meaning;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a party talks about the debt: its balance, what is owed or past due, a payment, a
 * settlement, an amount of money, the account with the creditor ("your account with Mercy
 * Hospital"). What a collector may say before the disclosure, or to someone who is not the
 * debtor, is what this leaves out: a name, a company ("Northwind Collections"), a call-back
 * number, "a personal business matter", the disclosure itself ("an attempt to collect a debt",
 * read by {@link Disclosure}).
 */
final class DebtTalk {
    private DebtTalk() {
    }

    private static final String OWNER = "(the|your|her|his|their|this|that|an|a|my|our)";

    private static final Grammar EN = Words.anyOf(
            "\\b(balance|balances|owe|owes|owed|owing|overdue|delinquent|arrears|unpaid)\\b",
            "\\bpast due\\b",
            // "it's in collection now", "she went to collections", "it's and collection" as heard (not "I work in collections",
            // nor "a collections agency")
            "\\b(its|it is|it was|it went|it got|its been|it has been|shes|she is|hes|he is|youre|you are|account is"
                    + "|account was|sent|turned over|placed|gone|went) (now |already |been )?(in|into|to|and) (collection"
                    + "|collections)\\b(?! (agency|agencies|company|firm|department|agent|agents)\\b)",
            "\\boutstanding (amount|balance|bill|debt|account)\\b",
            "\\b(amount|payment|balance|bill) (is )?due\\b", "\\bdue (amount|balance)\\b",
            // "an invoice from Harbor Dental Group from last October that still shows open"
            "\\b(an|the|your|her|his|this|that) (\\w+ )?invoice\\b",
            // not "our office is still open until eight"
            "\\bstill (shows|showing) (open|outstanding|unpaid)\\b", "\\bstill (is )?(outstanding|unpaid)\\b",
            // not a name: "the county debt enforcement office", "a debt recovery firm"
            "\\b" + OWNER + " (\\w+ )?(debt|debts)\\b(?! (collector|collectors|collection|collections|recovery"
                    + "|enforcement|agency|services|solutions|buyer|buyers)\\b)",
            // "about her debt" as the recogniser often hears it
            "\\babout (your|her|his|their|are|a|the|this) (dead|death|debts|det)\\b",
            "\\b(make|making|set up|setting up|arrange|arranging|get|getting|send|sending|put|putting) (a |the |some )?(\\w+ )?(payment|payments)\\b",
            "\\b(payment|payments) (plan|plans|arrangement|arrangements|options|option)\\b",
            // a payment the one called for is reminded of: "could you remind him his Tandem Finance payment is overdue"
            // ("overdue" heard "older duties"), "remind her about her car payment"
            "\\bremind (him|her|them) (about |of )?(that )?(his|her|their) (\\w+ ){0,3}(payment|payments|bill|bills|loan"
                    + "|balance|account)\\b",
            // payments missed named by their months: "he's missed October and November"
            // (not "sorry I missed, may I ask who's speaking")
            "\\b(missed|skipped) (the )?(january|february|march|april|may|june|july|august|september|october|november"
                    + "|december)( and (january|february|march|april|may|june|july|august|september|october|november"
                    + "|december)( payments?)?| payments?)\\b",
            // "to get your payments set up on the furniture purchase", "it was due back in August"
            "\\b(your|her|his|their|the) (\\w+ )?(payment|payments) (set up|arranged|scheduled|sorted)\\b",
            "\\b(it|that|this) (was|is|were|came) due\\b",
            // "the payment you set up didn't go through", "your last payment bounced"
            "\\b(the|your|her|his|their|last|that) (\\w+ )?(payment|installment|instalment) (you|she|he|they|we|that|for|"
                    + "didnt|did|was|is|has|bounced|failed|went|came|due|promised)\\b",
            // "the arrangement she made with us", "the payment plan you agreed to"
            "\\b(the|your|her|his|their) (\\w+ )?(arrangement|arrangements|agreement|plan) (you|she|he|they) "
                    + "(made|set up|agreed|signed up)\\b",
            // "the personal loan he's behind on", "three months behind on his truck payments"
            // (not "we're behind on calls this morning", "the system is behind on updating")
            "\\b(hes|shes|theyre|youre|youve|he is|she is|they are|you are|he has|she has|you have|fallen|fell|falling|got"
                    + "|gotten|getting) (\\w+ )?behind (on|with)\\b", "\\b(he|she|they) (has|have) fallen behind\\b",
            "\\b(months|weeks|payments) behind\\b",
            // "we didn't receive your payment from last month", "about his monthly payment" (not "your payment
            // from unemployment": their income)
            "\\b(your|her|his|their) (last |monthly |next |missed |latest |regular |scheduled )?(payment|payments)\\b"
                    + "(?! from (unemployment|social security|disability|the state|your employer|work|the government))",
            "\\b(pay|paying) (it|this|that|the balance|the bill|the amount|off|in full|today|now)\\b",
            "\\b(settlement|settle (it|this|that|the|your|her|his))\\b",
            // a message left with someone else: "we need a payment from her this week", "it needs to be paid"
            "\\b(a|the|some|your|her|his|their) (\\w+ )?payment (from|by|on|of) (you|her|him|them)\\b",
            "\\b(needs|need|has|have) to be paid\\b",
            "\\bthe money (\\w+ )?(on|for|from) (your|her|his|their)\\b",
            "\\babout (your|her|his|their) (\\w+ ){0,3}(student loan|loan|credit card|card|bill|account)\\b",
            "\\b(your|her|his|their) (account|loan|bill|card) (with|at|from|is|has|was)\\b",
            // the account by where it was opened: "the last four digits of the account you opened with Fairway Auto Loans"
            "\\b(the|your|her|his|their) (account|loan|card|credit card|line of credit) (you|she|he|they) (opened|took out"
                    + "|took|had|have|got) (with|at|from|through)\\b",
            // "your Synchrony account that was transferred to us"
            "\\b(your|her|his|their) (\\w+ ){1,2}(account|loan|card|bill) (that|which|was|is|has|we)\\b",
            // "account" as the small model often writes it: "a town", "down", "a found", "count"
            "\\b(about|regarding|concerning|on) (your|her|his|their|the) (account|loan|bill|medical bill|card|"
                    + "a town|town|down|a found|a count|count)\\b");

    private static final Grammar ES = Words.anyOf(
            "\\b(saldo|adeudo|adeuda|adeudos|debe|deben|debia|atraso|atrasado|atrasada|vencido|vencida|vencidos)\\b",
            "\\b(su|la|esta|esa|una) deuda\\b",
            "\\b(liquidar|liquidarlo|liquidacion|finiquito|convenio de pago|plan de pagos|pagar (el|la|su|lo|hoy))\\b",
            "\\b(su|la) (cuenta|tarjeta|credito|prestamo) (con|de|en|esta|tiene)\\b");

    /**
     * "I'm a debt [collector]" with the last word lost ("in the debt like to run", "in the debt to
     * run", "i'm a debt selector"): the disclosure starting, whatever the recogniser made of its
     * end. Nobody says "I'm a debt" of anything else.
     */
    private static final Grammar COLLECTOR_OPENING = Words.anyOf("(?<!\\b(still|you|youre|hes|shes|is|are|be|been|were|was|get|got|"
            + "getting|deeper|deep|further) )\\b(im|i am|in) (a|the) debt\\b(?! (of|is|was|you|your|for|on|to(?! run\\b)|management|relief"
            + "|consolidation|settlement|program|plan|help|counseling|counselling)\\b)");
    private static final Grammar NONE = Words.anyOf("(?!)");

    private static final java.util.Set<String> DEBT_WORDS = java.util.Set.of("debt", "debts", "dead", "death", "det",
            "deuda");

    /**
     * Whether the next words may make it the disclosure: "… the debt" at the end of a partial
     * result is often "the debt collection agency" a moment later, and the word after it, the
     * one the recogniser revises most, may not be "collection" yet ("the debt call").
     */
    static boolean undecided(List<String> tokens, int end) {
        return end >= tokens.size() - 1 && DEBT_WORDS.contains(tokens.get(end - 1));
    }

    /** Where the words talk about the debt: token ranges [from, to). */
    static List<int[]> find(List<String> tokens, String language) {
        List<int[]> spans = new ArrayList<>(Words.matches(tokens, "es".equals(language) ? ES : EN));
        // an offer is about the debt: "I'm authorized to take forty percent off to close out what's left"
        spans.addAll(Offers.find(tokens, language));
        for (Amounts.Amount amount : Amounts.find(tokens, language)) {
            if (amount.kind() != Amounts.Kind.PERCENT) {
                spans.add(new int[] {amount.from(), amount.to()});
            }
        }
        List<int[]> disclosed = new ArrayList<>(Disclosure.find(tokens, language));
        disclosed.addAll(Words.matches(tokens, "es".equals(language) ? NONE : COLLECTOR_OPENING));
        spans.removeIf(s -> disclosed.stream().anyMatch(d -> d[0] < s[1] && s[0] < d[1]));
        return Words.apart(spans);
    }
}
