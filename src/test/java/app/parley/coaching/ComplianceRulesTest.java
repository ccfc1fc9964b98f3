package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.Prompt;
import app.parley.call.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in English compliance pack (Regulation F) on calls said turn by turn: disclosure
 * before the debt, the debt never told to someone who is not the debtor, no unlawful threats;
 * and the traps a careless check falls into (rights stated calmly, a message left with a third
 * party, a disclosure in other words).
 */
class ComplianceRulesTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;

    /** The compliance prompts (rule@turn index) the turns raise, said one after the other. */
    private static List<String> breaches(Object... turns) {
        return breaches(EN, turns);
    }

    private static List<String> breaches(RuleBook book, Object... turns) {
        return raised(book, turns).stream().filter(p -> p.kind().equals("compliance")).map(p -> p.rule()).toList();
    }

    private static List<Prompt> raised(Object... turns) {
        return raised(EN, turns);
    }

    private static List<Prompt> raised(RuleBook book, Object... turns) {
        return Said.turns(book, 2.0, turns);
    }

    @Test
    void theDebtBeforeTheDisclosureIsABreachAtThatMoment() {
        List<Prompt> raised = raised(
                A, "hi this is dana from northwind collections am i speaking with lisa green",
                C, "yes this is lisa",
                A, "lisa your balance with mercy hospital is four hundred and twelve dollars");
        Prompt breach = raised.stream().filter(p -> p.kind().equals("compliance")).findFirst().orElseThrow();
        assertEquals("debt-before-disclosure", breach.rule());
        assertEquals(Prompt.Severity.ALERT, breach.severity());
        // The turn (given whole, as one final result) ends at 12.4 s: no waiting for a pause.
        assertTrue(breach.at() >= 12.4 && breach.at() <= 12.9, "raised as the words are known: " + breach.at());
        assertTrue(breach.evidence().contains("balance"), breach.evidence());
    }

    @Test
    void theDisclosureInAnyWordsBeforeTheDebtIsCompliant() {
        for (String disclosure : List.of(
                "this is an attempt to collect a debt and any information obtained will be used for that purpose",
                "i am a debt collector and i am calling to collect a debt",
                "we are a collection agency and this call is about collecting a debt",
                "this is an attempt to collect a dead any information obtained will be used for that purpose",
                "my company buys accounts from other businesses and im reaching out to try to collect one from you whatever you tell "
                        + "me will be used for that")) {
            assertEquals(List.of(), breaches(
                    A, "hi this is dana from northwind am i speaking with lisa green",
                    C, "yes speaking",
                    A, disclosure,
                    A, "your balance is four hundred dollars"), disclosure);
        }
    }

    @Test
    void aPaymentThatFailedIsTheDebt() {
        assertEquals(List.of("debt-before-disclosure"), breaches(
                A, "hey kimberly its eddie over at lantern point services just a quick courtesy call",
                A, "we noticed the payment you set up for the first didnt go through"));
    }

    @Test
    void aCompanyNameIsNoDisclosure() {
        assertEquals(List.of("debt-before-disclosure"), breaches(
                A, "this is dana from northwind collections",
                A, "you owe four hundred dollars on your phone bill"));
    }

    @Test
    void theDisclosureComesFirstNotLaterInTheSameBreath() {
        assertEquals(List.of("debt-before-disclosure"), breaches(
                A, "im calling about your account with mercy hospital this is an attempt to collect a debt"));
    }

    @Test
    void theDebtToSomeoneWhoIsNotTheDebtorIsABreach() {
        assertEquals(List.of("debt-told-to-third-party"), breaches(
                A, "hello may i speak with lisa green",
                C, "shes out at the moment this is her husband",
                A, "well she owes four hundred dollars on her card"));
        assertEquals(List.of("debt-told-to-third-party"), breaches(
                A, "hello is this mark",
                C, "no im just the roommate",
                A, "could you tell him his account with city power is past due"));
    }

    @Test
    void sayingADebtCollectorCallsTellsAThirdPartyToo() {
        assertEquals(List.of("collector-told-to-third-party"), breaches(
                A, "hello may i speak with lisa green",
                C, "you have the wrong number",
                A, "oh this is a debt collector calling"));
    }

    @Test
    void aNoToWhoIsOnTheLineIsAThirdPartyANoToAGoodTimeIsNot() {
        assertEquals(List.of("debt-told-to-third-party"), breaches(
                A, "hi this is nadia from crossroads is evelyn marsh there",
                C, "no she lives next door",
                A, "could you let her know its about the money she owes on her auto loan"));
        assertEquals(List.of(), breaches(
                A, "hello am i speaking with evelyn marsh",
                C, "yes",
                A, "this is an attempt to collect a debt is this a good time",
                C, "no not really",
                A, "i understand your balance is four hundred dollars when can i call back"));
    }

    @Test
    void aMessageLeftWithAThirdPartyIsCompliant() {
        assertEquals(List.of(), breaches(
                A, "hello may i speak with lisa green",
                C, "shes at work this is her husband can i take a message",
                A, "yes please ask her to call dana at northwind collections on five five five one two three four",
                A, "when is a good time to reach her",
                C, "after six"));
    }

    @Test
    void theDebtorComingToThePhoneEndsTheThirdPartyCall() {
        assertEquals(List.of(), breaches(
                A, "hello may i speak with lisa green",
                C, "hold on this is her husband ill get her",
                A, "thank you",
                A, "hello is this lisa green",
                C, "yes this is lisa",
                A, "this is an attempt to collect a debt and any information obtained will be used for that purpose",
                A, "your balance is four hundred dollars"));
    }

    @Test
    void theDebtorSpeakingUpOrGivingTheirBirthDateEndsTheThirdPartyCall() {
        assertEquals(List.of(), breaches(
                A, "may i speak with eric",
                C, "hes not home yet this is his mother can i take a message",
                A, "when do you expect him back",
                C, "oh wait he just walked in",
                C, "hello this is eric",
                A, "hi eric this is an attempt to collect a debt can you confirm your date of birth",
                C, "march fourth nineteen ninety six",
                A, "thank you your loan is one payment behind three hundred and eighty eight dollars"));
        assertEquals(List.of(), breaches(
                A, "could i talk to jen please",
                C, "im her roommate i think shes in her room let me check",
                C, "by this is jen",
                A, "hi jen can you confirm your zip code for me",
                C, "nine four six one two",
                A, "thank you this is an attempt to collect a debt your balance is six hundred dollars"));
        assertEquals(List.of("debt-told-to-third-party"), breaches(
                A, "may i speak with eric",
                C, "hes not home yet this is his mother",
                A, "this is ridiculous he owes three hundred dollars"));
        // The debtor who asks who is calling before saying yes still confirms (the agent's answer is no
        // end to the client's).
        assertEquals(List.of(), breaches(
                A, "may i speak with lisa green",
                C, "no shes not here right now",
                A, "okay may i speak with lisa green",
                C, "whos calling",
                A, "this is dana from northwind",
                C, "oh yes this is lisa",
                A, "this is an attempt to collect a debt and any information obtained will be used for that purpose",
                A, "your balance is four hundred dollars"));
    }

    @Test
    void theDebtorComingToThePhoneIsReadFromTheCallAsAWhole() {
        String disclosure = "this is an attempt to collect a debt and any information obtained will be used for that purpose";
        // the name the agent asked for, said by the caller mid-turn, with no greeting the recogniser kept
        assertEquals(List.of(), breaches(
                A, "good afternoon may i speak with angela reyes",
                C, "shes not in right now this is her husband",
                A, "could you ask her to call us back",
                C, "oh wait that's her now hang on",
                C, "type this is angela sorry whats this about",
                A, disclosure,
                A, "it is the hospital bill of six hundred and forty dollars"));
        // a name the recogniser made into words, heard the same way both times
        assertEquals(List.of(), breaches(
                A, "could i speak with the oven please",
                C, "hes around somewhere im his roommate",
                C, "one sec hey some guy on the phone for you",
                C, "yeah this is the oven",
                A, disclosure,
                A, "your balance is two hundred and six dollars"));
        // the one who answered spoken of as the speaker's own: "this is her husband" … "my husband said"
        assertEquals(List.of(), breaches(
                A, "may i speak with marisol",
                C, "shes in the garden this is her husband",
                C, "hello sorry my husband said you were calling",
                A, disclosure,
                A, "your balance is four hundred dollars"));
        assertEquals(List.of(), breaches(RuleBook.builtIn("es"),
                A, "buenas tardes busco a la señora marta lópez",
                C, "no está habla su esposo",
                C, "ah ya llegó espere",
                C, "sí soy marta",
                A, "habla laura del despacho de cobranza en nombre de banco azteca",
                A, "su saldo es de tres mil pesos"));
    }

    @Test
    void theNameOrTheRelationSaidOfTheDebtorIsNoHandover() {
        // the name as someone else's: "angela's husband", "angela's phone"
        assertEquals(List.of("debt-told-to-third-party"), breaches(
                A, "may i speak with angela reyes",
                C, "this is angela's husband shes at work",
                A, "i'm calling from harbor point collections she owes six hundred dollars"));
        assertEquals(List.of("debt-told-to-third-party"), breaches(
                A, "may i speak with angela reyes",
                C, "shes out this is her husband",
                C, "is angela here no she isnt",
                A, "she owes six hundred dollars on her hospital bill"));
        // the debtor's name called out by the one who answered is not the debtor speaking
        assertEquals(List.of("debt-told-to-third-party"), breaches(
                A, "may i speak with devon carter",
                C, "im his roommate hold on devon phone",
                A, "tell him he owes two hundred dollars"));
        // who would say the same of the debtor: a roommate's "my roommate", a sister's "my sister"
        assertEquals(List.of("debt-told-to-third-party"), breaches(
                A, "may i speak with devon carter",
                C, "this is his roommate",
                C, "my roommate is never home",
                A, "tell him he owes two hundred dollars"));
        assertEquals(List.of("debt-told-to-third-party"), breaches(
                A, "may i speak with kayla",
                C, "this is her sister",
                C, "my sister is at work",
                A, "tell her she owes two hundred dollars"));
        // the husband speaking of his wife stays the husband
        assertEquals(List.of("debt-told-to-third-party"), breaches(
                A, "may i speak with angela",
                C, "this is her husband my wife is at work",
                A, "she owes six hundred dollars on her hospital bill"));
    }

    @Test
    void aDebtWordThatTheNextWordsMayMakeTheDisclosureWaitsForThem() {
        // Ending the partial result, or followed by the one word the recogniser revises most.
        assertEquals(List.of(), Said.revised(EN, A, "hi this is megan this call is from the debt",
                "hi this is megan this call is from the debt collection agency"));
        assertEquals(List.of(), Said.revised(EN, A, "before we start i have to let you know im a debt call",
                "before we start i have to let you know im a debt collector"));
    }

    @Test
    void unlawfulThreatsAreBreachesAndRightsStatedCalmlyAreNot() {
        for (String threat : List.of(
                "if you dont pay we will have you arrested",
                "we can garnish your paycheck next week",
                "ill have to let your employer know about this",
                "i am with the county legal department",
                "if i dont have a payment this week im calling your base and notifying your commanding officer",
                "we can report you to immigration",
                "im sending this file over and that will be worked out for your arrest by the end of the week",
                "yes maam in the attorney assigned to your file",
                "if you dont pay well have it picked up and sold to cover the balance",
                "we can have the county take your home and sell it",
                "well have you served at work right in front of your boss",
                "the police will be at your door",
                "if i dont have a payment by friday ill have to call your supervisor",
                "well send someone out to pick up that truck",
                "im the attorney handling your file",
                "if you cant pay itll come straight out of every paycheck")) {
            assertEquals(List.of("unlawful-threat"), breaches(
                    A, "this is an attempt to collect a debt",
                    A, threat), threat);
        }
        for (String calm : List.of(
                "you have the right to ask us to verify this debt",
                "nobody is going to arrest you",
                "we will not contact your employer",
                "no we cant garnish your wages theres no judgment",
                "no you wont be arrested over a civil debt and nobodys going to jail",
                "we want contact your employer",
                "we also want contact your employer",
                "nobody is suing you",
                "this is a civil matter no one is coming with a warrant and nobody is taking your house",
                "we can take the payment out of your checking account on friday")) {
            assertEquals(List.of(), breaches(
                    A, "this is an attempt to collect a debt",
                    A, calm), calm);
        }
    }

    @Test
    void theClientSpeakingOfThePoliceIsNoBreach() {
        assertEquals(List.of(), breaches(
                A, "this is an attempt to collect a debt any information obtained will be used for that purpose",
                C, "are you going to send the police after me or something",
                A, "no nobody is going to arrest you we just want to find a plan that works"));
    }

    @Test
    void aThreatTheClientEchoesIsARiskEvenWhenItsWordsWereMissed() {
        // The recogniser garbled "we'll have your truck picked up"; the client's answer says what was heard.
        List<Prompt> raised = raised(
                A, "this is an attempt to collect a debt",
                A, "next month doesnt work if we dont see a payment this week real have a trip and so",
                C, "wait you can take my truck i need it to get to work");
        List<Prompt> compliance = raised.stream().filter(p -> p.kind().equals("compliance")).toList();
        assertEquals(List.of("client-echoes-a-threat"), compliance.stream().map(Prompt::rule).toList());
        assertEquals(Prompt.Severity.WARN, compliance.get(0).severity());
        // The threat heard as well: one prompt for the one situation.
        assertEquals(List.of("unlawful-threat"), breaches(
                A, "this is an attempt to collect a debt",
                A, "if we dont see a payment this week well take your truck",
                C, "wait you can take my truck"));
        // The agent took it back; the client says it again as the call closes: no new risk.
        assertEquals(List.of("unlawful-threat"), breaches(
                A, "this is an attempt to collect a debt",
                A, "if we dont have it by wednesday well garnish your paycheck",
                C, "you cant call my job thats harassment",
                A, "okay let me back up i was out of line were not going to contact your employer",
                C, "bank and dont call my job"));
        // A relative of the same name after a "yes": the debt told to them is a breach.
        assertEquals(List.of("debt-told-to-third-party"), breaches(
                A, "hi is this chris miller", C, "yes", A, "this is an attempt to collect a debt",
                C, "oh you want my dad chris senior youve got the wrong guy",
                A, "okay the balance is five hundred and sixty dollars"));
        // The client worried without any threat said: a question of their own is no echo.
        for (String worry : List.of("are you going to send the police after me or something",
                "my hours got cut are you going to garnish my wages", "are you guys going to take my car")) {
            assertEquals(List.of(), raised(
                    A, "this is an attempt to collect a debt",
                    C, worry).stream().filter(p -> p.kind().equals("compliance") || p.kind().equals("emotional-control"))
                    .map(Prompt::rule).toList(), worry);
        }
    }

    @Test
    void aThreatIsAlsoAnEmotionalControlPrompt() {
        List<String> kinds = raised(
                A, "this is an attempt to collect a debt",
                A, "if you dont pay we will have you arrested").stream().map(Prompt::kind).toList();
        assertTrue(kinds.contains("compliance") && kinds.contains("emotional-control"), kinds.toString());
    }

    @Test
    void passingAsALawyerOrTheCountyCalmlyIsABreachButNoHostileWord() {
        for (String posing : List.of("i should mention im actually the staff attorney handling your file here",
                "mr graham this as attorney stephen cohen with legal department at granby recovery",
                "im with the legal department and this needs to be handled today",
                "angela im calling from the county debt enforcement office")) {
            List<String> kinds = raised(
                    A, "im a debt collector and this is an attempt to collect a debt",
                    A, posing).stream().map(Prompt::kind).toList();
            assertEquals(List.of("compliance"), kinds, posing);
        }
    }

    @Test
    void complianceAlertsAreNotHeldBackByThePromptsPerMinuteBudget() {
        // Three coaching prompts fill the minute's budget; the breach right after still comes.
        List<String> rules = raised(
                A, "this is an attempt to collect a debt",
                C, "i cant pay this",
                C, "ill call you back next month",
                C, "i lost my job and this is ridiculous",
                A, "we will have you arrested").stream().map(Prompt::rule).toList();
        assertTrue(rules.contains("unlawful-threat"), rules.toString());
    }

    @Test
    void theRightsAndCalmFactsAroundTheNewReadingsRaiseNothing() {
        for (String said : List.of(
                "if it does go to court you have the right to tell your side in front of a judge",
                "is that refund from the department of revenue",
                "oh so he will be in prison until next year okay ill make a note of that",
                "is it okay if i call the place you work at",
                "we can send the lien release for your vehicle once the last payment clears",
                "we still have your husbands number as the main number on the account")) {
            assertEquals(List.of(), breaches(
                    A, "im a debt collector and this is an attempt to collect a debt",
                    A, said), said);
        }
    }

    @Test
    void aThirdPartyNamedAfterTheRelationIsStillAThirdParty() {
        assertEquals(List.of("collector-told-to-third-party"), breaches(
                A, "hi is this linda carter",
                C, "thats my wife linda",
                A, "okay this is a debt collector calling about her overdue balance"));
    }

    @Test
    void aCollectorForACountyIsNoGovernmentImpostor() {
        assertEquals(List.of(), breaches(
                A, "my name is colin calling from fenwick and lowe on behalf of the county treasurer",
                A, "im a debt collector and this is an attempt to collect a debt"));
        assertEquals(List.of("unlawful-threat"), breaches(
                A, "im a debt collector and this is an attempt to collect a debt",
                A, "im calling on behalf of the federal government"));
        // a lawyer claimed in more words than the phrases hold; not one denied
        assertEquals(List.of("unlawful-threat"), breaches(
                A, "im a debt collector and this is an attempt to collect a debt",
                A, "i should mention im actually the staff attorney handling your file here"));
        assertEquals(List.of(), breaches(
                A, "im a debt collector and this is an attempt to collect a debt",
                A, "im not an attorney and nobody is suing you"));
        assertEquals(List.of(), breaches(
                A, "im a debt collector and this is an attempt to collect a debt",
                A, "if you want im happy to wait while you talk to an attorney"));
        assertEquals(List.of(), breaches(
                A, "im a debt collector and this is an attempt to collect a debt",
                A, "if this is an attorney letter you got we can look at it together and your attorney can call us"));
        // the county as the bill's source, or a county office that is the creditor
        assertEquals(List.of(), breaches(
                A, "im a debt collector and this is an attempt to collect a debt",
                A, "its from the county water department the bill for your house has one hundred dollars left on it"));
        assertEquals(List.of(), breaches(
                A, "im a debt collector and this is an attempt to collect a debt",
                A, "we collect for the county hospital and your account with the county is four hundred dollars"));
        // the agent speaking for the county
        assertEquals(List.of("unlawful-threat"), breaches(
                A, "im a debt collector and this is an attempt to collect a debt",
                A, "angela im calling from the county debt enforcement office"));
        assertEquals(List.of("unlawful-threat"), breaches(
                A, "im a debt collector and this is an attempt to collect a debt",
                A, "i also work with the county and accounts like this get sent to a judge"));
    }

    @Test
    void theMexicanPackAsksForTheFirmAndTheCreditorBeforeTheDebt() {
        RuleBook es = RuleBook.builtIn("es");
        assertEquals(List.of("debt-before-disclosure"), breaches(es,
                A, "buenas tardes habla laura del despacho de cobranza",
                A, "su saldo es de tres mil pesos"));
        assertEquals(List.of(), breaches(es,
                A, "buenas tardes habla laura del despacho de cobranza en nombre de banco azteca",
                A, "su saldo es de tres mil pesos"));
        assertEquals(List.of("debt-told-to-third-party"), breaches(es,
                A, "buenas tardes busco a la señora lópez",
                C, "no está habla su esposo",
                A, "dígale que tiene un adeudo de tres mil pesos"));
        assertEquals(List.of("unlawful-threat"), breaches(es,
                A, "habla laura del despacho de cobranza en nombre de banco azteca",
                A, "si no paga lo van a arrestar"));
    }
}
