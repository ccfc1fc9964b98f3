package app.parley.meaning;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the client says the debt was paid: "I paid that in August", "I sent the whole thing",
 * "that MRI was paid, my insurance covered it", "ya lo pagué". The small model often drops the
 * ending of "paid" before "that" ("I pay that when I switched in October"): the present form
 * counts only with a past told right after it. A history of paying ("I paid that loan on time
 * for three years") disputes nothing.
 */
final class Paid {
    private Paid() {
    }

    private static final String MONTH_NAMES = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december)";
    /** Months, "may" only after a preposition ("I sent it May …" is as often "I sent it, it may have …"). */
    private static final String MONTHS = "((in |back in |on )?(january|february|march|april|june|july|august|september"
            + "|october|november|december)|(in|back in|on) may)";
    // "a whole thing": the recogniser's "the whole thing" ("me and my mom paid a whole thing")
    private static final String IT = "(that|it|this|them|(the|a|that) whole thing|the whole amount|the whole balance"
            + "|the balance|it all|all of it|(the|a) (whole |full )?final bill|the whole bill)";
    /** A past tense: "when I switched", "when I moved" (five letters or more, not "need"). */
    private static final String PAST = "(\\w{3,}ed|left|sold|quit|went|came|got|had)";

    /** A creditor named in up to three words, not the client's own things or a share: "my car", "half of it". */
    private static final String CREDITOR_NAMED = "((?!(my|our|the|both|other|everything|half|most|some|all|part|it|that"
            + "|this|them)\\b)\\w+ ){1,3}";

    /** "No, that's …" where the turn starts: the balance denied in answer ("no, that's paid", "no, that's done"). */
    private static final String DENIED_AT_START = "^((no|nope|um|uh|oh|well) )+(thats|its|that is|it is) ";

    /** A "no" that opens the answer: "no, no", "nope", "um, no". */
    private static final String DENIED = "^((um|uh|oh|well) )*((no|nope) )+";

    /** Not after words that make a cancelling still to come or only asked of: "if I cancel it", "I'll cancel it". */
    private static final String NOT_TO_COME = "(?<!(?:if|when|once|can|could|should|would|will|do|did|to|gonna|wanna) )";

    private static final Grammar EN = Words.anyOf(
            // not "I already paid that": the phrase "already paid" reads it, and an admin who moves the
            // phrase in a draft sees what it did
            // (not "if I paid it, does my score go up", a question)
            "\\b(?<!\\b(?:if|whether|suppose|supposing) )(i|we|((me|i) and )?my (wife|husband|son|daughter|mom|dad|mother"
                    + "|father|partner)( and (i|me))?) (paid|payed)( off)? " + IT + "\\b",
            // gone in or called to pay it: "I went down to their office and paid off the final bill" (as to cancel it, below)
            "\\b(i|we) (went|called|came|walked|drove|phoned) (\\w+ ){0,5}and (paid|payed)( off)? " + IT + "\\b",
            // "no, no, I pay that off": the balance denied, "paid" heard "pay" (not "no, I pay that off every month")
            "^((no|nope) )+(i|we) pay (that|it|this) off\\b(?! (every|each|monthly|when|if|next|on|by|in|after|this))",
            "\\b(i|we) (paid|payed|(already )?sent) (it |that )?" + MONTHS + "\\b",
            // the balance denied, then paid to the creditor on a month: "no, I paid that, I paid the ER in April" (not
            // "no, I paid the rent in April", another bill, nor "the first two", a part)
            DENIED + "((\\w+ ){0,4})?(i|we) (paid|payed) (the|them) ((?!(rent|mortgage|other|first|second|third|rest"
                    + "|last|car|phone|insurance|bills|bill|electric|gas|water)\\b)\\w+ ){0,2}(in|back in) " + MONTH_NAMES
                    + "\\b",
            // the sum denied, then a part of it told as paid: "no, that's not right, I paid ninety dollars of that in
            // person in December" (a part paid makes the balance wrong as surely as the whole)
            "^((no|nope|um|uh|oh|well) )*(thats|that is|its|it is) (not right|wrong|not correct|incorrect) "
                    + "((\\w+ ){0,3})?(i|we) (already )?(paid|payed|sent) (\\w+ ){1,3}of (that|it|this|the balance)\\b",
            // "that one I paid already, in August", "I paid it already" (as "already paid" says it the other way round)
            "\\b(i|we|ive|weve) (paid|payed) (it |that |this |them |that one )?already\\b(?! (for|on|toward|towards|part"
                    + "|half|some|most))",
            "\\b(i|we) (already )?sent (the whole thing|the whole amount|the full amount|the full balance"
                    + "|the balance|all of it|it all)\\b",
            // "pay" heard for "paid": only with a past told right after it
            "\\b(?<!(?:if|when|once|can|could|should|would|will|do|did|to) )(i|we) pay " + IT + "( off| in full)? (back in " + MONTH_NAMES + "|already|yesterday|(\\w+ ){0,3}ago|last (week|month|year|time)|when (i|we) " + PAST + ")\\b",
            // some of the bills paid: "two of those I paid, like, online, back in January" (not "which of those
            // have I paid?")
            "\\b(?<!\\b(which|what|how many) )of (those|them|these|the tickets|the bills|the charges) (i|we) (already )?"
                    + "(paid|payed)\\b",
            // "I pay already, January", as one says it whose English is not their first: no object (not "I pay
            // already too much", "I pay already every month")
            "\\b(?<!(?:if|when|once|can|could|should|would|will|do|did|to) )(i|we) pay already\\b(?! (too|so|more|enough"
                    + "|a lot|every|each|for|on|toward|towards|part|half|some|most))",
            // "I pay that at the front desk yesterday" (heard "the friend yesterday"), "I pay that on your website last
            // week": where, then when it was paid, a few words apart (not "I pay that every month and last week…", "I
            // pay that on time…", "I pay it over the phone like last time")
            "\\b(?<!(?:if|when|once|can|could|should|would|will|do|did|to) )(i|we) pay " + IT + " ((?!(when|if|once"
                    + "|until|till|after|before|then|and|but|so|next|this|every|each|time|like|as|same)\\b)\\w+ ){1,4}"
                    + "(yesterday|already|last (week|month)|(\\w+ ){0,2}ago)\\b",
            // "no, I pay that in August, I have the confirmation": the proof in hand tells it was paid ("I pay
            // that in May" alone may be "I'll pay that in May")
            "\\b(?<!(?:when|if|once|until|till|before|after|can|could|should|would|will|do|did|to) )(i|we) pay " + IT
                    + " ((?!(when|if|once|until|till|after|before|then)\\b)\\w+ ){0,3}(i|we) (have|got|still have|kept) (the|a|my) "
                    + "(confirmation|receipt|bank statement)\\b",
            // "I pay them at the front desk when I went back", "I pay that sixty dollars at the front desk
            // the day I cancelled": where and when it was handed over
            "\\b(?<!(?:can|could|should|would|will|do|did|to) )(i|we) pay " + IT + " (\\w+ ){1,6}(when|the day) (i|we) "
                    + PAST + "\\b",
            // "I paid the cleaning fee in cash when I handed in my keys" ("paid" heard "pay" as often): a charge named,
            // then when it was handed over (not "I pay the rent when I get paid", a habit; "got" and "had" tell one as
            // often)
            "\\b(?<!(?:if|can|could|should|would|will|do|did|to) )(i|we) (pay|paid|payed) (the|that|those) (\\w+ ){1,6}when (i|we) "
                    + "(\\w{3,}ed|left|sold|quit|went|came)\\b",
            // "I pay them off, I walked into the store in March": the payment told, "paid" heard "pay"
            "\\b(?<!(?:can|could|should|would|will|do|did|to) )(i|we) pay " + IT + " off (i|we|when i|when we) " + PAST
                    + "\\b",
            // "no, I paid Cash Tree off before Christmas": a creditor named, then off, answering the balance or
            // told with when (not "I just paid my car off", another debt, without either)
            "^((no|nope|but|well|um|uh|oh) )*(i|we) (already )?(paid|payed) " + CREDITOR_NAMED + "off\\b",
            "(?<!\\b(if|could|would|should|can|to) )\\b(i|we) (already )?(paid|payed) " + CREDITOR_NAMED + "off (before|last|already|(back )?in "
                    + MONTH_NAMES + "|(\\w+ ){1,2}ago)\\b",
            // "I paid Midwest Auto directly in April", "I paid Happy Hollow over the phone last Tuesday", "I paid them
            // in person at their branch", "I paid right at
            // the desk", "I paid up the front desk" (as heard "at the front desk"): where it was handed over (not "if I
            // paid at the front desk would that count")
            "\\b(?<!(?:if|would|could|should|whether) )(i|we) (paid|payed) (\\w+ ){0,3}(directly|in person|over the phone"
                    + "|(at|up|up at) (the|their) (branch|store|counter"
                    + "|office|front desk|desk|register|window|cashier|reception))\\b",
            // cancelled before it was billed, with when: "I cancelled that gym in, like, January", "we canceled it
            // two months ago", "I cancel that membership back in March" as heard (not "if I cancel it in January",
            // "I'll cancel it next month", nor a card cancelled, which may still be owed)
            "\\b" + NOT_TO_COME + "(i|we|he|she|my (?:wife|husband|partner"
                    + "|mom|dad|mother|father|son|daughter)) (already )?(cancelled"
                    + "|canceled|cancel) (it|that|this|them|my|the|our) ((?!(card|cards|check|checks|payment|payments"
                    + "|appointment|order|autopay|plan)\\b)\\w+ ){0,2}(way )?(back )?((in|and) (like )?" + MONTH_NAMES
                    + "|last (week|month|year|spring|summer|fall|winter)|(\\w+ ){1,2}ago)\\b"
                    // a reason for falling behind, not a dispute: "… two months ago to save money, that's why I'm behind"
                    + "(?! (to save|to cut|to afford|because|so i|thats why|and thats why))",
            // cancelled, where: "I cancelled it at the front desk", "cancelled it in person", "over the phone" (not "so I
            // cancel it at the front desk and then the fees stop", a cancellation to come)
            "\\b" + NOT_TO_COME + "(i|we) (already )?(cancelled|canceled)"
                    + " (it|that|this|them|my membership|the membership) (in person|at the (front )?(desk|counter|office|store"
                    + "|branch|gym)|over the phone|online)\\b",
            // gone in or called to cancel it: "I went in myself in April and cancelled it at the desk", "I called them
            // and canceled it" (not "you can go in and cancel it", "I called and cancelled my card")
            "\\b(i|we) (went|called|came|walked|drove|phoned) (\\w+ ){0,4}and (cancelled|canceled) (it|that|this|them"
                    + "|(my|the) (?!((debit|credit|bank|automatic|auto|monthly|old) )?(card|cards|check|checks|payment|payments"
                    + "|appointment|order|autopay|plan|account)\\b)\\w+)\\b",
            // settled before, with whom or when: "I settled that with the bank two years ago" (not "if I settle it
            // with you today", "I settled on the six month plan")
            "\\b(?<!(?:if|when|once|can|could|should|would|will|to|gonna|wanna) )(i|we) (already )?settled (that|it|this|them"
                    + "|(?!(on|for|in|down|into|up)\\b)\\w+) (with (the|them|my|their|\\w+)|back in|last (year|month)|(\\w+ ){1,2}ago)\\b",
            // the paper that says so: "I have a letter that says paid in full"
            // (and where it came from: "a statement from the hospital that says zero balance")
            "\\b(letter|statement|receipt|email|paper|papers)( (from|by) (the |my )?\\w+( \\w+)?)? (that )?(says|said|saying"
                    + "|stating) (its |it was |it is )?(paid|settled|zero balance)\\b",
            // "the dealer told me when they sold it, it covered everything"
            "\\b(it|that|the sale|the auction|the insurance payout) (already )?(covered|paid off|took care of) (everything"
                    + "|the balance|the loan|it all|the rest)\\b(?! (except|but))",
            // not a question ("does my insurance cover that?", "will medicare cover it")
            "\\b(?<!(?:does|do|will|would|can|could|should|might|doesnt|wont|didnt|dont|cant|let|have|make|get|if"
                    + "|thought|think|figured|assumed|hoped|guess) (?:my |the |your )?)(insurance"
                    + "|medicare|medicaid) (already )?(covered|cover|paid|took care of|take care of|picked up) (it|that|this|the \\w+|all"
                    + "|debt)\\b",
            // "I'm sure Medicare paid that already", "paid" heard "pay": the "already" tells it is done (round 46)
            "\\b(?<!(?:does|do|did|has|have|will|would|can|could|should|might|if|whether|wonder|let) (?:my |the |your )?)"
                    + "(insurance|medicare|medicaid) pay (it|that|this) already\\b",
            // someone else paid it: "the dealership paid off the loan", "my ex covered it"
            "\\b(?<!(?:does|do|will|would|can|could|should|might|doesnt|wont|didnt|dont|cant|let|have|make|get|if)"
                    + " (?:my |the |your )?)"
                    + "(dealership|dealer|lender|landlord|employer|estate|ex|parents|mom|dad|mother|father|brother|sister)"
                    + " (already )?(paid off|paid|took care of|settled) (it|that|this|the loan|the balance|the account"
                    + "|the bill)\\b",
            // "my deposit should have squared it": it was paid, by what the client counts on; not "the
            // insurance should have covered it but they denied the claim", which says it was not
            "\\b(deposit|refund|payment|credit|that) (should have|shouldve|should of) (squared|covered|paid off"
                    + "|paid|settled|cleared|taken care of) (it|that|this|the balance|everything|the rest)\\b",
            // "no, that's been paid", "it's been paid off" answering the balance: where the turn starts, or after "but",
            // "because", "actually"; not "I don't think that's been paid", "as long as that's been paid", "… yet"
            "^((no|nope|yeah|yes|oh|well|um|uh) )*(thats|its) (already )?been (already )?paid\\b(?! yet)",
            "\\b(but|because|cause|actually) (thats|its) (already )?been (already )?paid\\b(?! yet)",
            // paid on paper: "I got a letter saying it was covered", "the statement says it was paid" (not "a letter
            // saying it was past due")
            "\\b(letter|statement|email|notice|paper|papers|receipt|eob) (saying|said|says|that says|that said|stating)"
                    + " (it|that|this|the balance|the bill) (was|had been|has been|is) (already )?(covered|paid|paid off"
                    + "|paid in full|taken care of)\\b",
            // the subject said once for two deeds: "I closed that card in the summer and paid it off when I did" (not
            // "if I close it and pay it off", "I'll close it and pay it off", "he opened it and you paid it off")
            "\\b" + NOT_TO_COME + "(i|we) ((?!(you|he|she|they|if|when|once|would|will|could|should|gonna|going|to|ill"
                    + "|wanna|can|cant|but)\\b)\\w+ ){1,6}and (then )?(already )?(paid|payed) " + IT + " (off|in full)\\b",
            // "I paid that loan off in full in March of twenty twenty four", "I pay that off in the back in December":
            // a month gone by said after it, "paid" heard "pay" and the words between garbled
            // (the year whole: "twenty twenty four"; a year to come is not told apart here, and "I pay it in March of
            // twenty twenty seven" is as rare as it is odd)
            "\\b(i|we) (pay|paid|payed) " + IT + "( \\w+){0,4} (back )?in " + MONTH_NAMES
                    + " (of )?(twenty twenty( (one|two|three|four|five|six|seven|eight|nine))?|twenty (ten|eleven|twelve"
                    + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two thousand( and)? \\w+)\\b",
            "\\b(i|we) pay " + IT + " off( \\w+){0,3} back in " + MONTH_NAMES + "\\b",
            // "I've never had a Hollister's card in my life", "I've never had Stream Link in my life" (not "I never
            // had a job in my life", "never had a late payment in my life", "never had this much debt in my life")
            "\\bnever (even )?had ((?!(a job|jobs|job|money|debt|debts|trouble|problems?|issues?|late|a late|so|this|that"
                    + "|such|any money|a problem|an issue|a day|one day|a payment)\\b)\\w+ ){1,4}in my (whole )?life\\b",
            // "no, that's done, I gave them a money order for everything when I moved out": handed over, for all of it
            "\\b(i|we) (already )?(gave|handed|sent|mailed|brought) (them|him|her|the \\w+) (a |the )?(money order|check|cheque"
                    + "|cashiers check|certified check|payment|cash) for (everything|it all|all of it|the whole thing|the whole"
                    + " balance|the balance|the full amount|the rest)\\b",
            // settled with the account's end, told: "that was all settled when I closed it", "it was paid off when I
            // sold the car", "that got squared away when I moved out" (not "it'll be settled when you pay", "that was
            // settled when I was twelve")
            "\\b(that|it|everything) (was|got) (all |already )?(settled|taken care of|squared away|paid off|paid up|paid|handled)"
                    + " (back )?when (i|we) (closed|cancelled|canceled|moved|returned|left|sold|shut|ended|quit|turned)\\b",
            DENIED_AT_START + "(all )?(done|taken care of|handled|squared away|settled)\\b"
                    + "(?! (by|on|when|if|yet|with|through|after|before|in))",
            // "no, that's paid": the balance denied where the turn starts (not "that's paid monthly", "… by autopay")
            DENIED_AT_START + "(already |all )?paid( off| in full)?\\b"
                    + "(?! (monthly|every|each|on|by|through|automatically|weekly|out|for|when|if|yet))",
            // "I don't have a Northern Gas account, that isn't mine" (not "I don't have a bank account")
            // (a name before "account", not "money in my account", "a bank account")
            "\\b(i|we) (dont|do not|never) (have|had) (a|an) ((?!(money|cash|funds|anything|lot|in|my|bank|checking|savings"
                    + "|credit|debit)\\b)\\w+ ){1,3}(account|loan|membership|policy|contract) (with|from|at|that|there)\\b",
            // the service denied as never had: "I've never been in an ambulance in my life", "I've never even been to that
            // clinic" (not "I'd never been in the hospital before", a story of the illness)
            "\\bnever (even )?(been|gone|went|set foot|ridden|rode) (in|into|inside|to|at) ((a|an|the) ((?!(before|until"
                    + "|since|so|this|that)\\b)\\w+ ){1,3}in my (whole )?life|(that|this|their) (\\w+ )?(ambulance|hospital"
                    + "|clinic|er|office|practice|lab|dentist|doctor|center|facility|gym|store|shop|dealership|pharmacy))\\b",
            // the address denied: "I have never lived in Dayton", "I've never lived there" (not "never lived on my own")
            "\\b(i|ive|i have|we|weve|we have) (\\w+ )?never (even )?lived (in|at|there)\\b",
            // "I never had a card with them", "never had a contract with Solara" (not "never had a contract phone")
            "\\bnever (even )?had (a|an|any) (card|credit card|contract|account|loan|membership|policy) (with|from|at)\\b",
            // "that MRI was paid", not "the day I got paid"
            "\\b(that|this|the) ((?!(i|we|you|he|she|they|it)\\b)\\w+ ){0,2}(was|has been|had been) (already )?paid\\b");

    private static final Grammar ES = Words.anyOf(
            "\\bya (lo |la |eso )?(pague|pagamos)\\b",
            "\\b(eso|esa deuda|esa cuenta) ya (la |lo )?(pague|pagamos)\\b",
            "\\b(el|mi) seguro (ya )?(lo |la )?cubrio\\b",
            "\\bya (esta|fue) (pagado|pagada|liquidado|liquidada)\\b");

    /** Words after it that tell a history of paying, not a payment of this debt. */
    private static final Pattern HISTORY = Pattern.compile(
            "^(\\w+ ){0,3}(on time (every|each|for|all)|every month|each month|faithfully|for (\\w+ ){0,2}years"
                    + "|for (\\w+ ){0,2}months)\\b");

    /** How many words after it may still turn it into a history. */
    private static final int HISTORY_REACH = 6;

    /** Where the words say it was paid: token ranges [from, to). */
    static List<int[]> find(List<String> tokens, String language) {
        boolean es = "es".equals(language);
        return Words.apart(Words.matches(tokens, es ? ES : EN)).stream()
                .filter(span -> es || !HISTORY.matcher(String.join(" ",
                        tokens.subList(span[1], Math.min(tokens.size(), span[1] + HISTORY_REACH)))).find())
                .toList();
    }

    /** In a partial result, the next words may still make it a history ("… on time for years"). */
    static boolean undecided(List<String> tokens, int end) {
        return tokens.size() - end < HISTORY_REACH;
    }
}
