package app.parley.meaning;

import java.util.List;

/**
 * Where the person on the line says they are not the one the call is for: "wrong number",
 * "there's no one here by that name", "she's out, this is her husband", "I'm just the roommate",
 * "he doesn't live here any more", "that's my mom, she's in the shower", "can I take a message". The debtor's own people spoken of
 * ("my husband handles the bills") are no such thing.
 */
final class ThirdParty {
    private ThirdParty() {
    }

    static final String RELATION = "(husband|wife|partner|spouse|mother|mom|mum|father|dad|son|daughter|"
            + "brother|sister|roommate|roommates|room mate|flatmate|housemate|friend|neighbor|neighbour|boyfriend|"
            + "girlfriend|fiance|fiancee|aunt|uncle|grandmother|grandma|grandfather|grandpa|cousin|nephew|niece|"
            + "coworker|co worker|colleague|boss|landlord|landlady|tenant|babysitter|caregiver|nanny|stepson|"
            + "stepdaughter|stepmother|stepfather|ex|ex wife|ex husband|assistant|secretary)";

    /**
     * After "that's my mom": anything but a noun the "'s" the recogniser lost would own ("that's my
     * son['s] bike for Christmas"); "that's my wife Linda", "that's my mom, she's in the shower" are
     * someone else on the line.
     */
    private static final String CLAUSE_GOES_ON = "(?! (bike|bikes|car|cars|truck|phone|number|house|room|account|card"
            + "|stuff|money|bill|bills|loan|name|job|school|birthday|christmas|gift|present|toy|toys|bed|dog|cat|apartment"
            + "|place|credit|payment|mail|problem|business|fault|debt|wedding|graduation|homework|lunch|check|paycheck)\\b)";

    /** Who may be "a" someone to the one called for: "a friend", "a neighbor" (kin is "his son"). */
    private static final String NOT_KIN = "(roommate|roommates|room mate|flatmate|housemate|friend|neighbor|neighbour"
            + "|coworker|co worker|colleague|tenant|babysitter|caregiver|nanny|assistant|secretary)";

    private static final Grammar EN = Words.anyOf(
            "\\bwrong (number|person|guy|lady)\\b",
            "\\bno (one|body) (here )?(by|named|called|with) (that|this|the)?\\b",
            // "there's no Marcus here"
            "\\b(theres|there is|there aint|aint) no \\w+ (here|at this number|living here)\\b",
            "\\b(doesnt|does not|dont|do not|no longer|not) (live|living|lives|work|works) (here|there)\\b",
            // not told as when something else happened: "he left it here when he moved out to Tucson"
            "\\b(?<!(when|after|since|before|because|once|until|till) )(he|she|they|hes|shes|theyve) (has |have )?moved\\b",
            "\\b(he|she|they) (lives|live|lived) (next door|across the street|down the street|down the road|upstairs|"
                    + "downstairs|somewhere else|elsewhere)\\b",
            // Not "she's in the hospital" or "he's not working": the debtor tells of their own people that way.
            "\\b(hes|shes|he is|she is|theyre|they are) (not (here|home|in|available|around|back)|out|away|"
                    + "at work|asleep|sleeping|resting|napping|lying down|busy|unavailable|on vacation|on holiday|travelling|traveling|"
                    + "in the shower|in the bath|at the store|at school|not up yet)\\b",
            // "[she's] not here right now", the pronoun lost; not "I'm not home right now" on a cell phone
            "\\b(?!(i|im|am|we|were|are|youre|you|its|it|is|thats|that|was|and|but|so|just)\\b)\\w+ not (here|home|in|around"
                    + "|available) (right now|at the moment)\\b",
            // the one asked for named as the speaker's own: "that's my mom", "he's my son"
            // (not "that's my son's bike", heard "thats my son bike": what is his, not who he is)
            "\\b(thats|that is|shes|hes|she is|he is) my " + RELATION + "\\b" + CLAUSE_GOES_ON,
            // (not "this is the house phone", heard "the house son")
            "\\b(this is|its|it is|im|i am|in) (his|her|their|the|just the|just his|just her|only the|only his|only her)"
                    + " (?!(house|home|cell|work|office|landline) )(\\w+ )?" + RELATION + "\\b",
            // whose they are by the name, the "'s" run into it: "this is Dale's wife Tina", "it's Maria's mom"
            "\\b(this is|its|it is|im|i am) (?!(his|hers|its|this|was|is|yes|us|plus|less|always|thanks|guys|kids|just"
                    + "|as|has|does|says|goes|whos|theres|heres|thats|whats)\\b)\\w+s " + RELATION + "\\b" + CLAUSE_GOES_ON
                    // not the debtor naming themselves, then their own: "this is Charles, Dad passed away last year"
                    + "(?! (passed|died|is|was|has|had|got|left|just|said|says|told|called|lost|and|who|had))",
            // "this is a friend of his", "I'm a neighbor": not "hello, this is a son" (a name heard "a son")
            "\\b(this is|its|it is|im|i am|in) a (\\w+ )?" + NOT_KIN + "\\b",
            // a name, then who they are to the one called for: "I'm Jordan Wells, his roommate"
            "\\b(im|i am|this is) (?!(\\w+ing|not|gonna|here|with|about|for|at|from|to|in|on|just|only|actually|really"
                    + "|still|glad|so|married|engaged|friends|the|a|his|her|their)\\b)\\w+( \\w+)? (his|her|their) "
                    + RELATION + "\\b",
            // "I'm just a roommate" as the small model may hear it: "i just a roommate", "i'm just as roommate"
            "\\b(just|only) (a|the|his|her|their|as|is|has) " + RELATION + "\\b",
            "\\b(can|could|may|shall) i take a message\\b",
            // "I can take a message", heard as often as not as "I can't take a message"
            "\\b(i can|i cant|i could|happy to) take a message\\b",
            // a workplace's line: "this is the front desk at Hollis Machine Works"
            "\\b(this is|its|it is|youve reached|you reached) the (front desk|reception|receptionist|main office"
                    + "|switchboard|operator|office of)\\b",
            "\\b(is|hes|shes|he is|she is) (out )?(on the floor|on a job|on site|on a call|in a meeting|at lunch"
                    + "|on his break|on her break|on break)\\b",
            "\\b(im|i am) not (him|her|he|she|them|the person|who you)\\b",
            // the one called for named as the speaker's own, asked back: "wait, are you looking for my dad?"
            "\\b(are you|you|youre|you are) (looking|asking) for my " + RELATION + "\\b",
            "\\b(do you|you) (mean|want) my " + RELATION + "\\b",
            // "[this is] her mother, Brianna's upstairs", the "this is" lost: the whole turn opens with whose they are
            "^((oh|um|uh|yes|yeah|hi|hello) )?(his|her|their) " + RELATION + "\\b(?! (is|was|has|had|said|says|told|passed"
                    + "|died|handles|pays|paid|got|left|lost|and|who|called))",
            // the one called for by name, away: "Brianna's upstairs", "Luis is in the shower" (not "my son is asleep";
            // not "at work": "Dave is at work all day, so I do the bills" is the debtor's own people)
            "\\b(?<!(?:my|our|your|the|i|and|but|that|this|it|what|there|he|she) )(?!(it|that|this|what|there|he|she|who"
                    + "|everything|nothing|money|which|where|everyone|everybody)\\b)\\w+ is (upstairs|downstairs"
                    + "|in the shower|in the bath|not home|asleep)\\b",
            // "this is Carla, I work with him": a name, then who they are to the one called for (not "my
            // brother got me the job, I work with him now")
            "\\bthis is \\w+ (and )?i work with (him|her)\\b",
            "\\b(this|that) (isnt|is not) (him|her|me)\\b",
            // word taken for the one called for: "I'll give her the message", "I'll leave it on his desk"
            "\\b(ill|i will|i can|i could) (give|pass) (her|him) (the|your|a) message\\b",
            "\\b(ill|i will) (leave|put) (it|this|that|the message|a note) on (his|her) (desk|door|fridge)\\b",
            "\\b(ill|i will) (let|tell) (her|him) (know )?(that )?you called\\b",
            // "Hector's out on a job site" with the name heard as some other word ("characters out on a job")
            "\\b(?<!(?:my|our|your|the|i) )(?!(was|is|its|thats|this|has|does|always|sometimes|works|goes|says|yes|kids|guys"
                    + "|plus|us|hours|days|years|months|weeks|whos|theres|heres)\\b)\\w+s out on (a job site|a job|site)\\b",
            // kin after "a" with whose it is: "this is a cousin of his"
            "\\b(this is|its|it is|im|i am) a " + RELATION + " of (his|hers|theirs)\\b");

    private static final Grammar ES = Words.anyOf(
            "\\bnumero equivocado\\b",
            "\\b(aqui )?no (vive|trabaja|esta|se encuentra)\\b",
            "\\bno (hay )?nadie (con ese nombre|que se llame)\\b",
            "\\b(soy|habla) (su|el|la) (esposo|esposa|marido|mujer|mama|papa|madre|padre|hijo|hija|hermano|hermana|"
                    + "vecino|vecina|companero|companera|jefe|jefa|amigo|amiga|suegra|suegro|cunado|cunada)\\b",
            "\\b(quiere|desea) dejar (un|algun) (mensaje|recado)\\b");

    /** Words after "this is" that don't name the speaker ("this is ridiculous", "this is her husband"). */
    private static final String NOT_A_NAME = "(his|her|their|the|a|an|my|our|not|about|it|that|what|who|so|too|"
            + "ridiculous|crazy|unbelievable|insane|wrong|right|important|serious|a joke|harassment|for|why|how|"
            + "su|el|la|un|una|mi|muy|no)";

    /** More words after "this is" that name no one, once a name need not end the turn. */
    private static final String NOT_A_NAME_EITHER = "(okay|ok|fine|alright|all|no|yes|yeah|been|gonna|going|just|really"
            + "|still|late|early|true|good|bad|great|getting|taking|the|this|some|such|one|not|why|where|when|me)";

    private static final Grammar ONE_CALLED_FOR_EN = Words.anyOf(
            "\\b(hello|hi|hey|yes|yeah|yep|okay|ok) (this is|its|it is) (?!" + NOT_A_NAME + "\\b)\\w+",
            // the first words of an answer, whatever the greeting became ("by this is jen", "youll love this is jordan")
            "^(\\w+ ){0,2}(this is|its|it is) (?!" + NOT_A_NAME + "\\b)\\w+$",
            // … and a surname or a word the recogniser made of it ("by this is ashley kills this")
            "^(\\w+ ){0,2}this is (?!(" + NOT_A_NAME + "|" + NOT_A_NAME_EITHER + ")\\b)\\w+( \\w+){1,2}$",
            "\\b(yes|yeah|yep|this is|hello|hi)( \\w+)? speaking\\b",
            // the phone handed over in the same turn: "oh here she is, Helen it's for you ... this is Helen"
            // … and come through the door: "oh wait, he's just coming through the door" (just now: not "when he came
            // through the door last night", nor "he's coming through the door every night")
            "\\b(here (she|he) is|(shes|hes|she is|he is) right here|(shes|hes|she is|he is) (just )?coming (out|over|now|in"
                    + "|to the phone|through the door|in the door)"
                    + "|(its|it is|thats) for you|(she|he|shes|hes) (just )?(walked|came|come|got) (in|home|back)"
                    + "|(she|he|shes|hes) just (walked|came|come) (through|in) the door"
                    // "walked" heard without its ending: "oh wait she just walk in"
                    + "|(she|he|shes|hes) just walk (in|through the door)"
                    + "|(shes|hes|she is|he is) (here|back|home) now|(ill|let me) (get|put) (her|him)( on)?"
                    // called to the phone: "sure, let me holler for him" ("holler" heard "holly")
                    + "|(ill|let me|lemme) (holler|holla|holly|yell|shout|go get|grab) (for )?(her|him)"
                    + "|(she|he|shes|hes) (just )?got out|(\\w+ )?phone( call)? for you"
                    // ("he just got out and …": "and" is no "a"; the rest as before, words begun so too: "into town")
                    + "|(ill|let me) hand (you|it) over)\\b(?! (?!and\\b)(in|at|later|tomorrow|tonight|soon|to|for|a|every"
                    + "|around|after|usually|last|each))",
            "\\b(thats|that is|yes thats|yeah thats) me\\b",
            // called to the extension: "hold on, Ethan, pick up the phone" (not "I'll pick up the phone next time", "you
            // never pick up the phone"); and answering it: "hey, I got it, Dad"
            "\\b(?<!(?:to|ill|i|you|will|didnt|dont|doesnt|wouldnt|never|cant|not|wont|always|he|she|they|we|gonna"
                    + "|going|usually|even) )(pick up|get) the (phone|other phone|extension)\\b(?! (next|when|if|more|again"
                    + "|sometimes|ever|at|while|during))",
            // (not "honey", "babe": as often said to a spouse by the one who answered)
            "\\b(i|ive) got it (dad|mom|mum|ma|pop|pops|grandma|grandpa|nana)\\b",
            // a name and "here", the whole turn: "yeah, Gerald Finch here" (not "yeah I'm here", "he's right here")
            "^((hello|hi|hey|yes|yeah|yep|okay|ok|uh|um) ){0,2}(?!(" + NOT_A_NAME + "|" + NOT_A_NAME_EITHER
                    + "|i|im|he|hes|she|shes|we|were|they|theyre|you|youre|its|nobody|somebody|someone|everybody|over"
                    + "|in|out|up|down|back|right|come|get|look|sign|click)\\b)\\w+( \\w+)? here$",
            // owning up after posing as someone else: "okay, fine, it's me, I'm Brianna" (not "it's me, her husband")
            "\\b(its|it is) (really |actually )?me( (im|i am|speaking|yes|yeah)\\b|$)",
            // called to the phone, then naming themselves to end the turn ("… Tyler, phone! … hi, this is Tyler")
            "\\b(?<!(my|your|the|a|this) )phone( \\w+){0,3} this is (?!(" + NOT_A_NAME + "|" + NOT_A_NAME_EITHER
                    + ")\\b)\\w+$",
            // the phone handed over, then the one called for names themselves to end the turn ("… for you … hi, this is Nina")
            "\\bfor you( \\w+){0,4} (this is|its|it is) (?!" + NOT_A_NAME + "\\b)\\w+$");

    private static final Grammar ONE_CALLED_FOR_ES = Words.anyOf(
            "\\b(bueno|hola|si|diga) (habla|soy) (?!" + NOT_A_NAME + "\\b)\\w+",
            "\\b(el|ella) habla\\b",
            "\\bsoy yo\\b");

    /**
     * Where the person on the line says they are the one called for, after someone else
     * answered: "hello, this is Eric", "yes, speaking", "that's me".
     */
    static List<int[]> findTheOneCalledFor(List<String> tokens, String language) {
        return Words.matches(tokens, "es".equals(language) ? ONE_CALLED_FOR_ES : ONE_CALLED_FOR_EN);
    }

    private static final Grammar CALL_BACK_EN = Words.anyOf(
            // asked of the one on the line: "could you ask her to call me" (not "I'll have him call you back", a
            // supervisor; "you can have her call us" may be said to the debtor of a spouse)
            "\\b(could|would|can) you (please )?(ask|tell|have|get) (her|him) (to )?(call|give (me|us) a call|ring"
                    + "|return (my|the|our) call|get back to (me|us))\\b",
            "\\b(tell|let) (her|him) (know )?(that )?(i|we) called\\b",
            "\\b(give|pass) (her|him) (the|a|my) message\\b",
            "\\b(leave|pass (on|along)) (a|the|my) message for (her|him)\\b",
            "\\bwhen (will|would|is|does|hell|shell) (he|she )?(be )?(back|home|available|around|in the office)\\b",
            "\\b(good|better|best) time to (reach|call|catch|get) (her|him)\\b");

    private static final Grammar CALL_BACK_ES = Words.anyOf(
            "\\b(digale|dile|pidale|pidele) (que )?(me )?(llame|marque|regrese la llamada|devuelva la llamada)\\b",
            "\\b(dejarle|darle|pasarle) (un|el) (mensaje|recado)\\b",
            "\\ba que hora (regresa|vuelve|llega)\\b");

    /**
     * Where the agent leaves word for the one the call is for, so the one on the line is someone
     * else: "could you ask her to call me", "when will he be back", "pidale que me llame". Not "I'll
     * ask you to call us", said to the debtor.
     */
    static List<int[]> findCallBackRequest(List<String> tokens, String language) {
        return Words.matches(tokens, "es".equals(language) ? CALL_BACK_ES : CALL_BACK_EN);
    }

    /** Where the words say the speaker is not the person called for: token ranges [from, to). */
    static List<int[]> find(List<String> tokens, String language) {
        return Words.matches(tokens, "es".equals(language) ? ES : EN);
    }
}
