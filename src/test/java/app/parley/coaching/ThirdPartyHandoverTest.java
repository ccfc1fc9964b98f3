package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Prompt;
import app.parley.call.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Call openings where someone else answers and the one called for may come to the phone
 * ({@link app.parley.meaning.Handover}), written by a second reader of that reading. Still a third
 * party ("o"): the debt mentioned raises debt-told-to-third-party. Come on ("m"): the debtor
 * clearly took the phone, so nothing is raised. What it does not read is in docs/compliance.md.
 */
class ThirdPartyHandoverTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final RuleBook ES = RuleBook.builtIn("es");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSURE =
            "this is an attempt to collect a debt and any information obtained will be used for that purpose";
    private static final List<String> TOLD = List.of("debt-told-to-third-party");

    private static List<String> breaches(Object... turns) {
        return breaches(EN, turns);
    }

    private static List<String> breaches(RuleBook book, Object... turns) {
        return raised(book, turns).stream().filter(p -> p.kind().equals("compliance")).map(p -> p.rule()).toList();
    }

    private static List<Prompt> raised(RuleBook book, Object... turns) {
        return Said.turns(book, 2.0, turns);
    }

    // ---------------------------------------------------------------- over-reach: still a third party

    @Test
    void o01_wrongNumberWeDontHaveAnAngelaHere() {
        assertEquals(TOLD, breaches(
                A, "hi good afternoon is this angela reyes",
                C, "no we dont have an angela here",
                A, "she listed this number for her hospital bill of six hundred dollars"));
    }

    @Test
    void o02_wrongNumberNobodyNamedDevonHere() {
        assertEquals(TOLD, breaches(
                A, "hi may i speak with devon carter",
                C, "you got the wrong number theres nobody named devon here",
                A, "he owes two hundred dollars and he gave us this number"));
    }

    @Test
    void o03_fatherWithTheSameNameSaysImChrisSenior() {
        assertEquals(TOLD, breaches(
                A, "good morning may i speak with chris carter",
                C, "thats my son he moved out im chris senior",
                A, "well he owes four hundred dollars on his account"));
    }

    @Test
    void o04_esMotherWithTheSameNameSoyMariaSuMama() {
        assertEquals(TOLD, breaches(ES,
                A, "buenas tardes busco a maria gonzalez",
                C, "ella no esta soy maria su mama",
                A, "digale que su saldo es de tres mil pesos"));
    }

    @Test
    void o05_daughterSpeaksOfHerOwnDaughter() {
        assertEquals(TOLD, breaches(
                A, "hi may i speak with linda harris",
                C, "shes at work this is her daughter",
                A, "okay is there a better time to call",
                C, "probably after six she has to pick up my daughter from daycare first",
                A, "can you let her know she owes three hundred dollars on her card"));
    }

    @Test
    void o06_brotherSpeaksOfTheMomHeMentionedAsHers() {
        assertEquals(TOLD, breaches(
                A, "hi may i speak with kayla",
                C, "she went to the store with her mom this is her brother",
                A, "do you know about when they will be back",
                C, "not sure my mom takes forever",
                A, "tell her she owes two hundred dollars on her phone bill"));
    }

    @Test
    void o08_agentReachOutMakesOutTheName() {
        assertEquals(TOLD, breaches(
                A, "hi good morning im trying to reach out to angela reyes",
                C, "shes not home this is her husband",
                A, "is there a better time to call",
                C, "try tonight im out on the road all day",
                A, "okay let her know she owes six hundred dollars on her hospital bill"));
    }

    @Test
    void o09_esDaughterSpeaksOfMiHija() {
        assertEquals(TOLD, breaches(ES,
                A, "buenas tardes busco a la señora rosa martinez",
                C, "no se encuentra habla su hija",
                A, "a que hora regresa",
                C, "como a las seis fue a recoger a mi hija a la escuela",
                A, "digale que su saldo es de dos mil pesos"));
    }

    @Test
    void o10_possessiveLostByTheRecogniserCoworker() {
        // "this is Angela's coworker", the 's lost as the recogniser often loses it
        assertEquals(TOLD, breaches(
                A, "hi may i speak with angela reyes",
                C, "shes on her break this is angela coworker",
                A, "can you tell her she owes six hundred dollars on her hospital bill"));
    }

    @Test
    void o11_possessiveLostByTheRecogniserLandlord() {
        assertEquals(TOLD, breaches(
                A, "hi may i speak with devon carter",
                C, "hes not home this is devon landlord",
                A, "tell him he owes two hundred dollars"));
    }

    // ---------------------------------------------------------------- misses: the debtor came on

    @Test
    void m05_agentAddsSirAfterWhoAmISpeakingWith() {
        assertEquals(List.of(), breaches(
                A, "good afternoon may i speak with angela reyes",
                C, "whos calling",
                A, "this is dana from northwind may i ask who im speaking with sir",
                C, "this is her husband shes in the other room",
                C, "sorry about that this is angela what is this about",
                A, DISCLOSURE,
                A, "your balance is six hundred dollars"));
    }

    @Test
    void m06_agentReachOutThenDebtorNamesHerself() {
        assertEquals(List.of(), breaches(
                A, "hi good morning im trying to reach out to angela reyes",
                C, "shes not home right now this is her husband",
                C, "oh wait she just pulled in hang on",
                C, "sorry about that this is angela what can i do for you",
                A, DISCLOSURE,
                A, "your balance is six hundred dollars"));
    }

    @Test
    void m07_agentGuessesIsThisMisterReyesLast() {
        assertEquals(List.of(), breaches(
                A, "hi may i speak with angela reyes",
                C, "can i ask whos calling",
                A, "this is dana from northwind is this mister reyes",
                C, "im her husband shes at work",
                C, "hang on a second",
                C, "sorry about that this is angela who is this",
                A, DISCLOSURE,
                A, "your balance is six hundred dollars"));
    }

    @Test
    void m08_askedIsAngelaThere() {
        assertEquals(List.of(), breaches(
                A, "hi is angela there",
                C, "shes at work this is her son",
                C, "never mind she just pulled up hold on",
                C, "sorry about that this is angela what is this regarding",
                A, DISCLOSURE,
                A, "your balance is six hundred dollars"));
    }

    @Test
    void m09_askedIsThisAngelasPhone() {
        assertEquals(List.of(), breaches(
                A, "hi is this angela's cell phone",
                C, "shes in the shower this is her boyfriend",
                C, "sorry about that this is angela what is this about",
                A, DISCLOSURE,
                A, "your balance is six hundred dollars"));
    }

    @Test
    void m11_relationGivenWithTheNameNotHer() {
        assertEquals(List.of(), breaches(
                A, "may i speak with angela reyes",
                C, "shes at work im angela's husband",
                C, "hold on",
                C, "hi sorry my husband said you were calling what is this about",
                A, DISCLOSURE,
                A, "your balance is six hundred dollars"));
    }

    @Test
    void m13_itsAngelaMidTurn() {
        assertEquals(List.of(), breaches(
                A, "hi may i speak with angela reyes",
                C, "shes in the shower this is her husband",
                C, "sorry about that its angela what is this about",
                A, DISCLOSURE,
                A, "your balance is six hundred dollars"));
    }

    @Test
    void m14_esAskedWithMeComunicaCon() {
        assertEquals(List.of(), breaches(ES,
                A, "buenas tardes me comunica con la señora marta lopez por favor",
                C, "no esta habla su esposo",
                C, "espere ya llego",
                C, "perdon soy marta de parte de quien",
                A, "habla laura del despacho de cobranza en nombre de banco azteca",
                A, "su saldo es de tres mil pesos"));
    }

    @Test
    void m15_esWifeAnsweredHusbandSaysMiSenora() {
        assertEquals(List.of(), breaches(ES,
                A, "buenas tardes busco al señor jorge ramirez",
                C, "no esta habla su esposa",
                C, "perdon mi señora me dijo que me buscaban",
                A, "habla laura del despacho de cobranza en nombre de banco azteca",
                A, "su saldo es de tres mil pesos"));
    }

    // ---------------------------------------------------------------- controls expected to hold

    @Test
    void p01_fullNameMidTurn() {
        assertEquals(List.of(), breaches(
                A, "hi may i speak with angela reyes",
                C, "shes in the shower this is her husband",
                C, "sorry about that this is angela reyes what is this about",
                A, DISCLOSURE,
                A, "your balance is six hundred dollars"));
    }

    @Test
    void p02_motherSpeaksOfHerSon() {
        assertEquals(TOLD, breaches(
                A, "may i speak with marcus",
                C, "hes at work this is his mom",
                C, "my son works till nine",
                A, "tell him he owes two hundred dollars"));
    }

    @Test
    void p03_boyfriendThenMyBoyfriend() {
        assertEquals(List.of(), breaches(
                A, "may i speak with kayla",
                C, "shes in the shower this is her boyfriend",
                C, "sorry about that my boyfriend said you called what is this about",
                A, DISCLOSURE,
                A, "your balance is two hundred dollars"));
    }

    @Test
    void p04_possessiveLostMom() {
        assertEquals(TOLD, breaches(
                A, "may i speak with angela reyes",
                C, "shes at work this is angela mom",
                A, "she owes six hundred dollars on her hospital bill"));
    }

    @Test
    void p05_roommateNamesHimselfAgain() {
        assertEquals(TOLD, breaches(
                A, "may i speak with devon carter",
                C, "hes not home im jordan his roommate",
                C, "this is jordan again he just texted me",
                A, "tell him he owes two hundred dollars"));
    }

    @Test
    void p06_esHusbandAnsweredThenMiEsposo() {
        assertEquals(List.of(), breaches(ES,
                A, "buenas tardes busco a la señora marta lopez",
                C, "no esta habla su esposo",
                C, "perdon mi esposo me dijo que me buscaban",
                A, "habla laura del despacho de cobranza en nombre de banco azteca",
                A, "su saldo es de tres mil pesos"));
    }

    @Test
    void p07_goodTimeQuestionDoesNotLoseTheName() {
        assertEquals(List.of(), breaches(
                A, "hi may i speak with angela reyes is this a good time",
                C, "shes in the shower this is her husband",
                C, "sorry about that this is angela what is this about",
                A, DISCLOSURE,
                A, "your balance is six hundred dollars"));
    }
}
