package app.parley.meaning;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the agent blames or belittles the client: the debt made the client's fault ("that's on
 * you", "it was your job to read it", "you did this to yourself") or the client made a fool of
 * ("are you even listening", "it's not rocket science", "a child could follow that", "don't play dumb",
 * sarcasm: "I'm sure the check is in the mail", "and the check's in the mail too, right?", "that's what they
 * all say", "I've heard that one a few times"; blame by who did it: "you're the one who let it sit"; and
 * belittling by comparison: "most grown adults manage to pay a phone bill"; the client's conduct judged:
 * "not reading it was a pretty foolish thing to do", "you should have known better"). Words any calm agent
 * may say ("it's your choice which plan", "is this a good time") are not among them; said in the
 * negative ("it's not your fault") they are no match ({@link Negation}).
 */
final class Contempt {
    private Contempt() {
    }

    private static final Grammar EN = Words.anyOf(
            // disbelief said as its opposite: "oh sure, the check's in the mail, never heard that one before" (not "I've
            // never heard that before, let me check", said in earnest; a phrase list would hear one in the other)
            "\\bnever heard that one before\\b",
            // the denial thrown back where the answer starts: "sure you didn't, everybody's memory gets real bad" (not
            // "I'm sure you didn't mean to", said kindly, nor "sure, you don't have to pay it all today")
            "^((oh|yeah|right|uh huh|mm) )*sure you (didnt|never)\\b(?! (mean|know|realize|realise|intend|want"
                    + "|notice|see|have|need|forget|worry))",
            // "that's really on you" as the small model writes it: "that really on you"
            "\\b(thats|that is|its|it is|this is|that was) (all |totally |entirely |really )?on you\\b",
            // not "do you have that on you"
            "\\bthat (all|totally|entirely|really) on you\\b",
            "\\ba you (problem|issue|thing)\\b",
            // the client blamed for what they failed to do: "that's on you for not reading the statement" (heard
            // "that some you for not reading"), "it's on you for not paying", "shame on you for not …"; not "good for you
            // for not opening new cards", "we won't hold it against you for not calling", "thank you for not hanging up"
            "\\b(thats|that is|its|it is|that|shame) ((?!(thank|thanks)\\b)\\w+ ){0,2}(on )?you for not (reading|opening"
                    + "|checking|looking|paying|answering|responding|returning|keeping|calling)\\b",
            "\\b(your|ur) (own )?fault for not\\b",
            "\\b(nobody|no one) (forced|made) you (to )?sign\\b",
            "\\b(read|check) (the|your) (contract|fine print|paperwork) next time\\b",
            "\\b(it was|it is|its|that was|that is|thats|was) (always )?your (own )?(job|responsibility|fault|mess|doing"
                    + "|lookout)\\b",
            "\\byou (did|brought) (this|it|that) (on|to) yourself\\b",
            "\\b(are|were|do|did|can|have) you even (listening|listen|read|reading|hear|heard|understand|care"
                    + "|paying attention|trying|looked|look|know)\\b",
            "\\b(not|isnt|aint) (exactly )?rocket science\\b",
            "\\bhow hard (is|can) (it|that|this)\\b",
            "\\bhow many times (do i|have i|must i|am i)\\b",
            "\\ba (child|kid|five year old|toddler|monkey) could\\b",
            "\\b(dont|do not|stop) (you )?play(ing)? dumb\\b",
            "\\b(keep|lose|drop|watch|check) (that|the|your) attitude\\b",
            "\\bim sure (\\w+ ){1,6}in the mail\\b",
            // disbelief: the client's word dismissed as everyone's excuse
            "\\b(thats|that is) what (they all|everybody|everyone|they always|all of them|you all|you people) (say|says)\\b",
            // mock wonder at what everyone does: "funny how everybody returned everything", "funny how everyone
            // has a receipt" (what every client says is below)
            "\\b(funny|sunny|strange|amazing|interesting|weird|crazy) how (everybody|everyone|all of you|you all)"
                    + " (\\w+ )?(returned|returns|sent|sends|paid|pays|has|had|lost|loses|forgot|forgets|cancelled|canceled)\\b",
            // the client's account mocked: "I suppose the sofa just wandered back to the store on its own" (not "the
            // dog just wandered off on its own one night")
            "\\b(i suppose|i guess|i bet|sure|right|oh) (the|your|that|it|they) (\\w+ )?just (wandered|walked|flew|floated"
                    + "|drove|got up and walked|grew legs and walked) ((back|off|away|out|in|over) )?((\\w+ ){0,5})(on (its|their)"
                    + " own|by (itself|themselves))\\b",
            "\\b(i suppose|i guess|i bet|sure|right|oh) (the|your|that|it|they) (\\w+ )?(just )?grew legs\\b",
            // mock wonder at what never happens: "funny how nobody ever picks up the phone again"
            "\\b(funny|strange|amazing|interesting|weird) how (nobody|no one|they|you people|people like you) (ever|never)\\b",
            "\\b(ive|i have|weve|we have) heard (that|this|it) ((one )?(before|all before|(a hundred|a thousand|a few"
                    + "|a couple of|so many|many|plenty of) times)|one)\\b",
            "\\b(the )?(check|checks|cheque|cheques)( is)? in the mail (too |to )?(right|huh)\\b",
            // blame: "you're the one who let it sit", "you're the one that ignored the letters"
            "\\b(youre|you are|you were) the one (who|that|to|whos) (\\w+ ){0,2}(let|left|ignored|ignore|didnt|did not"
                    + "|stopped|chose|decided not|ran|run|missed|spent|forgot|signed)\\b",
            // belittling by comparison: "most grown adults manage to pay a phone bill"
            "\\b(most|any|every|normal|responsible) (grown )?(adults?|grownups?|grown ups?|people|person) (\\w+ ){0,1}"
                    + "(manage|managed|manages|know how|seem|seems) to (pay|handle|keep|read|open|answer|figure|understand"
                    + "|work out|remember|follow)\\b",
            // or with no "most": "grown adults pay their bills" (not "any other grown ups who pay into the household")
            "\\bgrown (adults|ups|grownups|people|men|women|folks) (\\w+ ){0,1}(pay|handle|take care of|keep up with) "
                    + "(their|your) (bills|debts|responsibilities|obligations)\\b",
            // told to grow up: "call us back when you're ready to be an adult about it", "act your age"
            "\\b(ready to|time to|try to|need to|have to|gotta|start to|learn to) (be|act like|behave like) (an adult"
                    + "|a grown ?up|a grownup|a big (boy|girl))\\b",
            "\\b(be|act like|behave like) (an adult|a grown ?up|a grownup) about (it|this|that)\\b",
            "\\bact your age\\b",
            // the client's conduct judged: "not reading it was a pretty foolish thing to do", "careless of you"
            "\\b(foolish|stupid|dumb|silly|careless|reckless|naive|lazy|irresponsible) (thing|things|move|idea|decision"
                    + "|choice|way) to\\b",
            "\\b(foolish|stupid|dumb|silly|careless|reckless|naive|lazy|irresponsible) of you\\b",
            "\\b(pretty|really|very|quite|rather) (foolish|dumb|careless|reckless|naive|lazy)\\b",
            "\\byou (really )?should (have|of|ve) (known better|thought of that|thought about that|read (it|the)"
                    + "|paid attention)\\b",
            // the "have" misheard ("you should the thought about that"): only should-have is followed by these
            "\\byou (really )?should \\w+ (known better|thought of that|thought about that|thought about it|thought of it)\\b",
            // what the client should have done, told as the reason for the call: "if you'd put some money aside like
            // a sensible business owner, we wouldn't be having this conversation"
            "\\bif you(d| had| would have)? (\\w+ ){0,14}(we|i) (wouldnt|would not) (be having|have to have|need to have)"
                    + " this conversation\\b",
            "\\b(if you|you should|you could|youd|you would)( \\w+){0,10} like (a|any) (sensible|responsible|normal|grown"
                    + "|smart|reasonable) (\\w+ ){0,2}(owner|adult|grown up|grownup)\\b",
            // the debt itself held against them: "maybe you shouldn't have taken out a loan", "you shouldn't have bought
            // a truck you couldn't afford" (not "you shouldn't have been charged that fee", "you shouldn't have to pay it")
            "\\bmaybe you (shouldnt|should not|shouldve not) (have|of|a) (taken|took|borrowed|bought|signed|spent|gotten"
                    + "|got|opened|run|ran|maxed|financed|leased|charged)\\b",
            "\\byou (shouldnt|should not) (have|of|a) (taken out|borrowed|bought|signed up|signed for|spent|gotten into"
                    + "|got into|run up|ran up|maxed)\\b",
            // a lecture on what the client should have done: "maybe next time don't sign up for the most expensive phone"
            "\\bnext time (dont|do not|try not to|think before|read|maybe dont|you might want to not)\\b",
            // sarcasm announced: "let me guess, the check's in the mail"; belittling: "even you should be able to"
            "\\blet me guess\\b",
            // mock praise: "oh sure, because you've been so wonderful about paying on time" (not "we can waive the
            // fee because you've been such a great customer")
            "\\b(oh sure|yeah sure|yeah right|oh right|oh yeah) (because|cause|cuz) (youve|you have|youre"
                    + "|you are|you) (always )?(been )?(so|such a|a real) (wonderful"
                    + "|great|good|reliable|responsible|prompt|punctual|fantastic|amazing|excellent|model|perfect|helpful)\\b",
            // disbelief: "as I'm sure you did, everybody walks into the store and pays"
            "\\b(im sure|oh sure|yeah sure) you did(?= (everybody|everyone|buddy|pal|right|huh)\\b)",
            // the client's account dismissed as everyone's excuse: "everybody says they paid", "everybody's got a story"
            "\\b(everybody|everyone|they all|people always) (says|say|claims|claim|tells me|tell me) (they|that they) "
                    + "(paid|sent|mailed|did|already paid)\\b",
            // "yeah, everybody's paid it"
            "\\b(everybodys|everyones|everybody has|everyone has) (already )?paid (it|that|this)\\b",
            // the claim turned round: "if you'd paid it, it wouldn't be sitting on my desk, would it" ("if" heard "is")
            "\\byou(d| had) (paid|pay) (it|that|this) (\\w+ ){0,3}(it|this|that) (wouldnt|would not) be sitting\\b",
            "\\b(everybodys|everyones|everybody has|everyone has|everybody|everyone) (got )?(a|an|their|some) (sob )?"
                    + "(story|excuse|excuses|reason)\\b",
            "\\b(everybodys|everyones|everybody has|everyone has) got something going on\\b",
            // "every month it's another excuse", "funny how everyone we call has already paid"
            "\\b(its|it is|thats|that is) (just |always )?another (excuse|story|sob story)\\b",
            // the client's reason graded: "that's about the weakest excuse I've heard all week", "what a lame excuse"
            "\\b(thats|that is|what a|such a)( about| just| probably| really)?( the| a)? (weakest|lamest|worst|weak|lame"
                    + "|pathetic|sorry) (excuse|excuses)\\b",
            "\\bhow (everyone|everybody|every one) (\\w+ ){0,3}(has|have) (already )?paid\\b",
            // talked down to: "you're a grown woman, you know how this works"
            "\\b(youre|you are|your) a grown (woman|man|adult|up|person)\\b",
            // talked down to by pace: "let me explain this really slowly", "slowly so you can keep up" (round 46; not
            // "I can explain it slowly if the line is bad", "I'll go over it slowly so you can write it down")
            "\\b(let me|ill|i will) explain (it|this|that)( \\w+)? (really|very|real|nice and|super) slowly\\b"
                    + "(?! so you can (write|note|take|jot))",
            "\\bslowly so you (get it|understand|can understand|follow|can follow|keep up|can keep up)\\b",
            // the client's side waved away: "I don't need the explanation" (and NOT_ARGUING below)
            "\\bi (dont|do not) need (an|the|your|another) (explanation|excuse|story|life story|(whole )?(soap opera"
                    + "|sob story|drama))\\b",
            // the client's reason ruled out: "everybody's got a brother with a truck, it's not a real reason", "that's no
            // excuse" (not "that's no excuse on our end, I apologize", "that's no reason to panic")
            "\\b(thats|its|that is|it is) not a (real|valid) (reason|excuse)\\b",
            "\\b(thats|that is) no excuse\\b(?! (on|for) (our|my)\\b| (im|i am) sorry| i apologi)",
            // the client's proof dismissed: "everybody has a receipt on the fridge" (not "we send everyone a receipt")
            "\\b(everybodys got|everyones got|everybody has|everyone has|everybody got|everyone got) (a|their|some) "
                    + "(receipt|receipts|proof)\\b",
            // the client lectured on reading their mail: "maybe try reading your statements more carefully next time"
            "\\b(try|start) (reading|opening|looking at) your (statements?|mail|bills?|letters?|notices?|paperwork|contract)"
                    + " (\\w+ ){0,5}next time\\b",
            // mock disbelief that the debt is theirs: "of course, nobody ever borrowed anything, the money just fell out of the sky"
            // (a debt denied: not "of course nobody ever explained the fees to you")
            "\\b(of course|oh sure) (nobody|no one) ever (borrowed|signed|bought|took|spent|owed|charged|used|opened"
                    + "|ordered)\\b",
            "\\bmoney (just )?(fell|dropped|appeared) out of\\b",
            // blame for being called: "maybe if you paid it once in a while we wouldn't have to call you every day"
            "\\bwe (wouldnt|would not) (have|need|have had|of had|have needed) to (call|chase|keep calling|be calling"
                    + "|bother|hound)\\b",
            // the client lumped with those too careless to read: "people who don't bother reading what they sign
            // always end up on the phone with me"
            "\\bpeople (who|that) (dont|do not|never|cant|wont) (even )?bother\\b",
            // "well if you kept up with the payments nobody would need to call you anywhere", "if you'd paid on time
            // nobody would be calling you" (not "once autopay is set up nobody would need to call you again")
            "\\bif you(d| had)? (\\w+ ){1,8}(nobody|no one) would (have|need|have had|of had|have needed|ever have|ever need)"
                    + " to (call|chase|keep calling|be calling|bother|hound)\\b",
            "\\bif you(d| had)? (\\w+ ){1,8}(nobody|no one) would (be|ever be) (calling|chasing|bothering|hounding)\\b",
            "\\b(oh sure|yeah sure) (and )?(i bet|let me guess|next youll tell me)\\b",
            // the client's side made a joke of, or their conduct an accusation: "this is a joke, you've been dodging us"
            "\\b(?<!(like|feel|feels|seem|seems|sounds|think|thinks) )(this is|this whole thing is|youre|you are) "
                    + "(a|such a|an absolute) joke\\b",
            "\\b(youve|you have|you) been (dodging|ducking|avoiding|ignoring|hiding from|running from) (us|me|our calls"
                    + "|our letters|our notices|this account|these calls|my calls|the calls|the letters|this debt)\\b",
            "\\beven you (should|could|can|ought to|must) (be able to|figure|understand|manage|handle|follow|get)\\b",
            // the client told to hear how they sound: "do you hear yourself?", "listen to yourself" (not "there's an
            // echo, can you hear yourself")
            "\\b(do|did) you (even )?(hear|listen to) yourself\\b",
            "\\blisten to yourself\\b",
            // the client's hardship mocked: "cry me a river" (not "everybody has bills", "that's tough luck, I'm sorry",
            // often said in sympathy)
            "\\b(cry me a river|boo hoo)\\b",
            // mock wonder at what every client says: "funny how everybody says that the minute we call" ("funny"
            // heard "sunny"; not "you know how everybody says that payments post overnight")
            "\\b(funny|sunny|strange|amazing|interesting|weird|crazy) how (everybody|everyone|they all|you all|you people"
                    + "|people) (always |suddenly )?(say|says|said|claim|claims|remember|remembers) (that|the same|it|this)\\b",
            // intimidation with no legal word: "people who keep brushing us off usually find out the hard way" (not
            // "I learned that the hard way myself", "sounds like you found out the hard way")
            "\\b(you|youll|people|folks|they|theyll|anyone|everyone|those) (\\w+ ){0,7}(find out|learn) (it |that |this )?"
                    + "the hard way\\b",
            // the client judged as bad with money: "are you just not very good with money"
            "\\b(not (very |that |so |too )?good|bad|terrible|hopeless|useless|awful) (with|at) (money|managing money"
                    + "|budgeting|your money|your finances|finances|paying (your )?bills)\\b",
            // mock anticipation of an excuse: "I'm sure this'll be a good one", "this should be good"
            "\\b(im sure )?(this|thisll|this will|this ought to|this should|this is gonna|this is going to) (be )?"
                    + "(a )?good (one|story)\\b",
            "\\bcant wait to hear (this|it)\\b",
            // the client's spending mocked: "what are you spending it all on, takeout?" (not "what do you spend on groceries")
            "\\bwhat (are|have) you (been )?(spending|blowing|wasting) (it|that|your money|the money|at) all\\b",
            // the client lumped with those who ignore their mail: "people just don't open their mail and then act all surprised"
            "\\bpeople just (dont|never|wont) (even )?(open|read|check) (their|the|your) (mail|letters|bills|statements|post)\\b",
            "\\bact (all )?(surprised|shocked)\\b",
            // the client called a liar, or childish: "so you lied to me, that's real mature"
            "\\byou (just )?(lied|were lying) to (me|us)\\b",
            "\\b(real|how) mature\\b",
            // mock surprise: "oh wonderful, what a surprise"
            "\\bwhat a (surprise|shock|shocker)\\b",
            "\\bcolou?r me (surprised|shocked)\\b",
            // the client's word doubted: "either you're confused or somebody is not telling the truth" (not "I'm not
            // telling the truth from memory", "if somebody isn't telling the truth, it's the bank")
            "\\beither (youre|you are) (confused|lying|mistaken|wrong) or\\b",
            "\\b(?<!if )(somebody|someone|one of us)( is|s)? (not telling (the|me the) truth|lying)\\b",
            "\\b(youre|you are) (clearly |obviously |just |really )?confused\\b(?! (about|by|with|on|as to))",
            // the client's word belittled: "frankly, your promises aren't worth much around here", "your word means nothing"
            "\\byour (promises|promise|word|words) (is |are |s )?(not |arent |isnt |aint )?(worth (much|nothing|a thing|anything"
                    + "|squat|a dime)|mean nothing|means nothing|dont mean (much|anything)|doesnt mean (much|anything))\\b",
            // an accusation, not a posture: "you're lying" but not "you're lying down"
            "\\b(youre|you are) lying\\b(?! (down|in|on|there|around|back|low|awake|still|flat))",
            "\\bdo you (really |honestly )?think (this|it|that|the debt|the balance) (just |will just |is just going to )?"
                    + "(goes|go|will go|is going to go|disappears|vanishes) away\\b");

    private static final Grammar ES = Words.anyOf(
            "\\b(es|fue|era) (su|tu) (culpa|problema|responsabilidad)\\b",
            "\\b(usted|tu) (se lo|te lo) busco\\b",
            "\\b(que tan|tan) dificil (es|puede ser)\\b",
            "\\bni siquiera (escucha|escuchas|lee|lees|entiende|entiendes)\\b",
            "\\bcuantas veces (le|te) (tengo|lo tengo)\\b");

    /**
     * "Right, everybody says that", "sure, everyone says that, buddy", in disbelief and where the words
     * end (not "don't worry, everybody says that", "everybody says that at first, it's normal").
     */
    private static final Grammar EVERYONE_SAYS_THAT = Words.grammar(
            "\\b(right|sure|yeah right|oh sure|uh huh|mhm|okay sure) (everybody|everyone|they all|all of them|you people)"
                    + " (says|say) that( (right|huh|buddy|pal|lady|sir|maam|though))?$");

    /**
     * The client's side waved away: "I'm not gonna sit here and argue about it"; not once the
     * agent has owned what the client feels ("I hear you, and I'm not going to argue with you").
     */
    private static final Grammar NOT_ARGUING = Words.grammar(
            "\\b(im|i am) not (gonna|going to) (sit here and )?argue (about|with)\\b");
    /** What owns the client's feelings before "I'm not going to argue": "I hear you", "I understand", "frustrating". */
    private static final Set<String> OWNING = Set.of("hear", "understand", "understood", "frustrating", "frustrated",
            "upset", "sorry", "fair", "feel");
    /** How far before "I'm not going to argue" owning the client's feelings is looked for. */
    private static final int OWNING_REACH = 12;

    /** Where the words blame or belittle: token ranges [from, to). */
    static List<int[]> find(List<String> tokens, String language) {
        if ("es".equals(language)) {
            return Words.apart(Words.matches(tokens, ES));
        }
        List<int[]> spans = new java.util.ArrayList<>(Words.matches(tokens, EN));
        spans.addAll(Words.matches(tokens, EVERYONE_SAYS_THAT));
        Words.matches(tokens, NOT_ARGUING).stream()
                .filter(span -> tokens.subList(Math.max(0, span[0] - OWNING_REACH), span[0]).stream()
                        .noneMatch(OWNING::contains))
                .forEach(spans::add);
        return Words.apart(spans);
    }

    /** Whether words still to come may undo a reading ending at {@code end}: "everybody says that" ends the words only so far. */
    static boolean undecided(List<String> tokens, int end) {
        return end == tokens.size() && !Words.matches(tokens, EVERYONE_SAYS_THAT).isEmpty();
    }
}
