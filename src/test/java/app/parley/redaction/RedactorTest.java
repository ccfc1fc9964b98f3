package app.parley.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.parley.call.Word;
import app.parley.speech.TranscriptUpdate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactorTest {
    /** Seconds a spoken word lasts in these tests. */
    private static final double WORD_S = 0.3;
    /** How long after a result's last word the recogniser gives it (it waits for a pause). */
    private static final double FINAL_LAG_S = 0.5;
    /** How long after a word it shows in the recogniser's words in progress. */
    private static final double PARTIAL_LAG_S = 0.2;

    static String segmentText(List<Word> words) {
        return String.join(" ", words.stream().map(Word::word).toList());
    }

    /**
     * A party's stream fed as the pipeline feeds it: a progress report every 0.1 s of audio,
     * each final result {@link #FINAL_LAG_S} after its last word. Collects what comes out.
     */
    static final class Party {
        final Redactor redactor;
        final List<TranscriptUpdate.Segment> finals = new ArrayList<>();
        /** How far the stream was decoded when each final result came out. */
        final List<Double> finalsAt = new ArrayList<>();
        final List<TranscriptUpdate.Segment> shown = new ArrayList<>();
        final List<RedactedSpan> spans = new ArrayList<>();
        final List<Word> heard = new ArrayList<>();
        double reached;
        /** Whether the stream's last words are out (they may wait for the call's other parties). */
        boolean over;

        Party(RedactionPolicy policy) {
            this.redactor = new Redactor(policy);
        }

        /** A party of a call, {@code seat} its place in it. */
        Party(Crosstalk.Party seat) {
            this.redactor = new Redactor(RedactionPolicy.DEFAULT, seat);
        }

        Party() {
            this(RedactionPolicy.DEFAULT);
        }

        /** Says {@code text} from {@code at}, the recogniser's final result coming a moment after. */
        Party says(double at, String text) {
            List<Word> words = words(at, text);
            heard.addAll(words);
            for (int i = 1; i < words.size(); i++) {
                // The words in progress, each a moment after it was said, as the recogniser gives them.
                inProgress(words.get(i - 1).end() + PARTIAL_LAG_S, at, segmentText(words.subList(0, i)));
            }
            double given = words.get(words.size() - 1).end() + FINAL_LAG_S;
            until(given);
            collect(redactor.decoded(new TranscriptUpdate(List.of(segment(words)), null), given));
            return this;
        }

        /** The recogniser's words in progress at {@code at}. */
        Party inProgress(double at, double from, String text) {
            until(at);
            collect(redactor.decoded(new TranscriptUpdate(List.of(), segment(words(from, text))), at));
            return this;
        }

        /** Audio decoded up to {@code at}, with nothing new. */
        Party until(double at) {
            while (reached + 0.1 < at) {
                reached = round(reached + 0.1);
                collect(redactor.decoded(TranscriptUpdate.NONE, reached));
            }
            reached = Math.max(reached, at);
            return this;
        }

        Party end() {
            finish(redactor.ended(TranscriptUpdate.NONE, reached));
            return this;
        }

        private void finish(Redactor.Result last) {
            if (last == null) {
                redactor.whenOthersJudged(() -> finish(redactor.retry()));
            } else {
                collect(last);
                over = true;
            }
        }

        void collect(Redactor.Result result) {
            result.update().finals().forEach(segment -> finalsAt.add(reached));
            finals.addAll(result.update().finals());
            if (result.update().partial() != null) {
                shown.add(result.update().partial());
            }
            spans.addAll(result.spans());
        }

        List<String> texts() {
            return finals.stream().map(TranscriptUpdate.Segment::text).toList();
        }

        String lastShown() {
            return shown.isEmpty() ? null : shown.get(shown.size() - 1).text();
        }
    }

    static List<Word> words(double at, String text) {
        List<Word> words = new ArrayList<>();
        double t = at;
        for (String word : text.split(" ")) {
            words.add(new Word(word, round(t), round(t + WORD_S), 1.0));
            t += WORD_S;
        }
        return words;
    }

    static TranscriptUpdate.Segment segment(List<Word> words) {
        return new TranscriptUpdate.Segment(String.join(" ", words.stream().map(Word::word).toList()), words);
    }

    static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }

    /** After {@code words} each said in turn, 1 s apart, then the end of the stream. */
    static Party said(String... groups) {
        Party party = new Party();
        double at = 0;
        for (String group : groups) {
            party.says(at, group);
            at = party.heard.get(party.heard.size() - 1).end() + 1.0;
        }
        return party.end();
    }

    @Test
    void aCardNumberReadInGroupsOverSeveralFinalsIsOnePlaceholderSpanningIt() {
        Party party = said("my card number is four one one one", "one one one one", "one one one one", "one one one one");
        assertEquals(List.of("my card number is [card number ending 1111]"), party.texts());
        List<Word> words = party.finals.get(0).words();
        Word placeholder = words.get(words.size() - 1);
        assertEquals(1.2, placeholder.start(), 1e-9, "from 'four'");
        assertEquals(party.heard.get(party.heard.size() - 1).end(), placeholder.end(), 1e-9, "to the last 'one'");
        assertEquals(List.of(new RedactedSpan(Category.CARD, 1.2, placeholder.end())), party.spans);
    }

    @Test
    void theGroupsAreJoinedBeforeTheHoldRunsOutAndReleasedOnlyWhenItHas() {
        Party party = new Party();
        party.says(0, "my card number is four one one one");
        assertEquals(List.of(), party.finals, "held: the next group may follow");
        assertEquals("my card number is [digits]", party.lastShown(), "held words shown, their digits masked");
        party.inProgress(3.5, 3.0, "one");
        assertEquals("my card number is [digits]", party.lastShown(), "digits that continue the held ones are masked with them");
        party.says(3.0, "one one one one");
        party.until(3.0 + 1.2 + 2.4);
        assertEquals(List.of(), party.finals, "still within the hold");
        party.until(3.0 + 1.2 + 2.6);
        assertEquals(List.of("my card number is [card number]"), party.texts(),
                "8 digits with a card's cue are a card number: redacted, but no last four kept from a short run");
    }

    @Test
    void eightDigitsAfterACardsCueAreRedactedWithoutKeepingDigits() {
        Party party = said("my card number is four one one one", "one one one one");
        assertEquals(List.of("my card number is [card number]"), party.texts());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Amex 4-6-5
        "three seven eight two / eight two two four six three / one zero zero zero five | [card number ending 0005]",
        // 19 digits
        "six two one two / three four five six / seven eight nine zero / one two three four / five six seven "
                + "| [card number ending 4567]",
        // Luhn-invalid (4111 1111 1111 1112): still a card number
        "four one one one / one one one one / one one one one / one one one two | [card number ending 1112]",
        // double, triple, oh, teens and tens
        "four double five triple oh / twelve thirty four / fifty six seven eight | [card number ending 5678]",
        "five five oh oh / forty one eleven / double two / thirteen / ninety nine | [card number ending 1399]",
        // in one breath, with fillers
        "four one one one uh one one one one um one one one one one one one one | [card number ending 1111]",
        // numerals, as some models write them
        "4111 1111 1111 1111 | [card number ending 1111]",
    })
    void cardNumbersAreRedactedWhateverTheirGroupsAndWords(String groups, String expected) {
        Party party = said(groups.split(" / "));
        assertEquals(List.of(expected), party.texts());
        assertEquals(Category.CARD, party.spans.get(0).category());
    }

    @Test
    void theCardsLastDigitsKeptAreASetting() {
        Party none = new Party(new RedactionPolicy(EnumSet.allOf(Category.class), 0, 2.5));
        none.says(0, "four one one one one one one one one one one one one one one one").end();
        assertEquals(List.of("[card number]"), none.texts());
        Party two = new Party(new RedactionPolicy(EnumSet.allOf(Category.class), 2, 2.5));
        two.says(0, "four one one one one one one one one one one one one one three four").end();
        assertEquals(List.of("[card number ending 34]"), two.texts());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the three digits on the back are four five six | the three digits on the back are [security code]",
        "the three digits on the back or four five six | the three digits on the back or [security code]",
        "the security code is seven three nine | the security code is [security code]",
        "the cvv is one two three four | the cvv is [security code]",
        "the code on the back of my card is four five six | the code on the back of my card is [security code]",
        "it expires oh four twenty seven | it expires [expiry date]",
        "it expires zero four twenty seven | it expires [expiry date]",
        "the expiration date is twelve slash twenty six | the expiration date is [expiry date]",
        "it expires in april twenty twenty seven | it expires in [expiry date]",
        "my social security number is one two three four five six seven eight nine | my social security number is [social security number]",
        "one two three four five six seven eight nine | [social security number]",
    })
    void codesDatesAndSocialSecurityNumbersAreRedactedAfterTheirCues(String said, String expected) {
        assertEquals(List.of(expected), said(said).texts());
    }

    @Test
    void aSocialSecurityNumberReadInGroupsIsJoined() {
        Party party = said("my social is one two three", "four five", "six seven eight nine");
        assertEquals(List.of("my social is [social security number]"), party.texts());
        assertEquals(Category.SSN, party.spans.get(0).category());
    }

    @Test
    void aCodeAfterItsCueInThePreviousResultIsRedacted() {
        Party party = said("and the security code", "one two three");
        assertEquals(List.of("and the security code", "[security code]"), party.texts());
    }

    @Test
    void aCodeOrADateJustAfterACardNumberNeedsNoCue() {
        Party party = said("four one one one one one one one one one one one one one one one", "okay",
                "zero four two seven", "and", "seven three nine");
        assertEquals(List.of("[card number ending 1111]", "okay", "[expiry date]", "and", "[security code]"),
                party.texts());
        assertEquals(List.of(Category.CARD, Category.EXPIRY, Category.SECURITY_CODE),
                party.spans.stream().map(RedactedSpan::category).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the balance is two hundred and forty dollars",
        "i can pay one twenty five on friday",
        "call me back on five five five two one two four three six seven",
        "call me back on five five five to one to for three six seven",
        "one eight hundred five five five two one two four three",
        "my zip is nine oh two one oh",
        "the code is one two three",
        "the area code is five five five",
        "it was in twenty twenty six on the fourth",
        "i have three kids and two dogs",
        "the card ending in one one one one",
        "invoice four four five one two",
        "that offer is good until the thirty first of this month",
        "it expires on the twenty first",
    })
    void amountsDatesPhoneNumbersAndOrdinaryNumbersStayReadable(String said) {
        Party party = said(said);
        assertEquals(List.of(said), party.texts());
        assertEquals(List.of(), party.spans);
    }

    @Test
    void aHeldResultIsReleasedWhenTheHoldHasPassed() {
        Party party = new Party();
        party.says(0, "room one two three");
        assertEquals(List.of(), party.finals);
        party.until(1.2 + 2.4);
        assertEquals(List.of(), party.finals);
        party.until(1.2 + 2.6);
        assertEquals(List.of("room one two three"), party.texts());
        assertEquals("room one two three", party.lastShown(), "the held words were shown as they are: 3 digits");
    }

    @Test
    void digitsInProgressKeepAHeldResultBackPastTheHold() {
        Party party = new Party();
        party.says(0, "four one one one");
        party.inProgress(2.5, 2.3, "one");
        party.until(1.2 + 2.6);
        assertEquals(List.of(), party.finals, "the next group is being said");
    }

    @Test
    void aHeldResultIsReleasedByTheEndOfTheStream() {
        Party party = new Party();
        party.says(0, "room one two three");
        party.end();
        assertEquals(List.of("room one two three"), party.texts());
    }

    @Test
    void aHeldResultIsReleasedWhenTheNextWordsAreNotDigits() {
        Party party = new Party();
        party.says(0, "room one two three");
        party.says(2, "is on the left");
        assertEquals(List.of("room one two three", "is on the left"), party.texts());
    }

    @Test
    void digitsSaidLongAfterTheHeldOnesAreANewNumber() {
        Party party = new Party();
        party.says(0, "four one one one one one one one");
        party.says(5, "one one one one one one one one");
        party.end();
        assertEquals(List.of("four one one one one one one one", "one one one one one one one one"), party.texts());
    }

    @Test
    void anEmptyFinalWithdrawsThePartialOnlyWhenNothingIsHeld() {
        Party party = new Party();
        party.says(0, "room one two three");
        party.collect(party.redactor.decoded(new TranscriptUpdate(List.of(new TranscriptUpdate.Segment("", List.of())),
                null), 2.0));
        assertEquals(List.of(), party.finals);
        assertEquals("room one two three", party.lastShown(), "the held words stay on screen");
        Party idle = new Party();
        TranscriptUpdate empty = new TranscriptUpdate(List.of(new TranscriptUpdate.Segment("", List.of())), null);
        assertEquals(empty, idle.redactor.decoded(empty, 1.0).update());
    }

    @Test
    void categoriesNotChosenStayReadable() {
        Party party = new Party(new RedactionPolicy(Set.of(Category.SSN), 4, 2.5));
        party.says(0, "four one one one one one one one one one one one one one one one");
        party.says(8, "my social is one two three four five six seven eight nine").end();
        assertEquals(List.of("four one one one one one one one one one one one one one one one",
                "my social is [social security number]"), party.texts());
    }

    @Test
    void offPassesEverythingThroughAtOnce() {
        Redactor redactor = new Redactor(RedactionPolicy.OFF);
        TranscriptUpdate update = new TranscriptUpdate(List.of(segment(words(0,
                "four one one one one one one one one one one one one one one one"))), null);
        assertEquals(update, redactor.decoded(update, 5).update());
    }

    @Test
    void partialsMaskFourDigitsOrMoreAndDigitsAfterACue() {
        Party party = new Party();
        party.inProgress(1, 0, "my card is four one");
        assertEquals("my card is [digits]", party.lastShown(), "after a card's cue");
        party.inProgress(2, 0, "i paid two hundred");
        assertEquals("i paid two hundred", party.lastShown());
        party.inProgress(3, 0, "in twenty twenty six");
        assertEquals("in [digits]", party.lastShown(), "4 digits: maybe the start of a card number");
    }

    /**
     * Generated streams (seeded): whatever is said and however the recogniser splits it, every
     * word not redacted comes out exactly once and in order, a redacted span holds exactly the
     * words missing, and no output result holds a card number.
     */
    @Test
    void nothingIsLostOrRepeated() {
        String[] vocabulary = {"one", "two", "three", "four", "oh", "nine", "double", "twenty", "eleven", "uh",
            "card", "number", "is", "expires", "security", "code", "the", "back", "on", "social", "hundred",
            "dollars", "and", "for", "to", "okay", "april"};
        Random random = new Random(20261202);
        java.util.Map<Category, Integer> redacted = new java.util.EnumMap<>(Category.class);
        for (int trial = 0; trial < 2000; trial++) {
            Party party = new Party();
            double at = 0;
            int results = 1 + random.nextInt(6);
            for (int r = 0; r < results; r++) {
                StringBuilder text = new StringBuilder();
                int length = 1 + random.nextInt(12);
                for (int w = 0; w < length; w++) {
                    String word = random.nextInt(3) == 0 ? vocabulary[random.nextInt(vocabulary.length)]
                            : vocabulary[random.nextInt(6)];
                    text.append(w == 0 ? "" : " ").append(word);
                }
                party.says(at, text.toString());
                if (random.nextBoolean()) {
                    party.inProgress(party.reached + 0.2, party.reached, "one");
                }
                at = party.heard.get(party.heard.size() - 1).end() + random.nextDouble() * 4;
            }
            party.end();
            party.spans.forEach(span -> redacted.merge(span.category(), 1, Integer::sum));
            List<Word> out = party.finals.stream().flatMap(s -> s.words().stream()).toList();
            List<Word> kept = out.stream().filter(w -> !w.word().startsWith("[")).toList();
            List<Word> expected = party.heard.stream()
                    .filter(w -> party.spans.stream().noneMatch(s -> s.start() <= w.start() && w.end() <= s.end()))
                    .toList();
            assertEquals(expected, kept, "trial " + trial + ": " + party.heard);
            assertEquals(party.spans.size(), out.size() - kept.size(), "one placeholder per span, trial " + trial);
            for (TranscriptUpdate.Segment segment : party.finals) {
                List<String> texts = segment.words().stream().map(Word::word).toList();
                assertFalse(SpokenDigits.runs(SpokenDigits.read(texts)).stream().anyMatch(run -> run.length() >= 13),
                        "no card number left in " + segment.text() + ", trial " + trial);
            }
        }
        assertEquals(EnumSet.allOf(Category.class), redacted.keySet(), "the streams exercise every category: " + redacted);
    }
}
