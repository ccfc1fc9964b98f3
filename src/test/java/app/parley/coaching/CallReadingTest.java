package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.Prompt;
import app.parley.call.Speaker;
import app.parley.call.Word;
import app.parley.testing.TestAudio;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * However a session reads the words (alone, as live calls do; shared by a backtest's two rule
 * books; looking only for what its rules read in each party's words), it raises the prompts it
 * raises reading everything in every result ({@link CallReading#readingAll}, how sessions read
 * before): call by call, prompt for prompt, on the corpus's scripted calls fed as the recogniser
 * gives them (word by word, then final), some with partial results the recogniser revises.
 */
class CallReadingTest {
    /** The draft the backtest benchmark runs: one phrase moved. */
    private static RuleBook draft() throws RuleBookException {
        return RuleBook.parse(RuleBook.builtInText("en").replace("      - already paid\n", "      - is a mistake\n"),
                "draft");
    }

    /** A turn of a scripted call: who, and the words as the recogniser gives them. */
    record Turn(Speaker speaker, List<Word> words) {
    }

    /** One recogniser result, given at {@code at}. */
    record Result(double at, Speaker speaker, List<Word> words, boolean isFinal) {
    }

    @Test
    void everyReadingRaisesThePromptsOfReadingEverything() throws Exception {
        RuleBook rules = RuleBook.builtIn("en");
        RuleBook draft = draft();
        List<Path> scripts = corpus();
        assertTrue(scripts.size() > 500, "the corpus: " + scripts.size());
        int compared = 0;
        int prompts = 0;
        // About 160 calls spread over the corpus, however large it grows (about a minute on two cores): half as
        // the replay gives them, half with revised partials.
        int stride = Math.max(1, scripts.size() / 160);
        for (int n = 0; n < scripts.size(); n += stride) {
            Script script = Script.read(scripts.get(n));
            List<Result> results = results(script.turns(), n / stride % 2 == 1);
            List<Prompt> rulesAll = replay(rules, script.date(), results, CallReading.readingAll());
            List<Prompt> draftAll = replay(draft, script.date(), results, CallReading.readingAll());
            String call = scripts.get(n).getFileName().toString();
            assertEquals(rulesAll, replay(rules, script.date(), results, CallReading.alone()), call + ", read alone");
            CallReading shared = CallReading.forOneCall();
            assertEquals(rulesAll, replay(rules, script.date(), results, shared), call + ", read once for both");
            assertEquals(draftAll, replay(draft, script.date(), results, shared), call + ", the draft, read once");
            compared++;
            prompts += rulesAll.size() + draftAll.size();
        }
        assertTrue(compared > 100 && prompts > 200, compared + " calls, " + prompts + " prompts");
    }

    @Test
    void spanishRulesReadAsTheyDid() {
        RuleBook rules = RuleBook.builtIn("es");
        List<Turn> turns = List.of(
                turn(Speaker.AGENT, "buenas tardes le llamo de cobranzas sobre su deuda con el banco"),
                turn(Speaker.CALLER, "no es mi deuda yo ya pague eso el mes pasado"),
                turn(Speaker.AGENT, "si no paga vamos a llamar a su trabajo y a su familia"),
                turn(Speaker.CALLER, "no tengo dinero perdi mi trabajo le llamo la proxima semana"),
                turn(Speaker.AGENT, "le puedo ofrecer un plan de pagos o un descuento si paga el viernes"),
                turn(Speaker.CALLER, "no puedo pagar nada ahora tengo que colgar adios"));
        for (boolean revising : List.of(false, true)) {
            List<Result> results = results(turns, revising);
            List<Prompt> all = replay(rules, Said.CALL_DATE, results, CallReading.readingAll());
            assertEquals(all, replay(rules, Said.CALL_DATE, results, CallReading.alone()));
            assertEquals(all, replay(rules, Said.CALL_DATE, results, CallReading.forOneCall()));
            assertTrue(!all.isEmpty(), "some prompts to compare");
        }
    }

    /**
     * Partial results that revise earlier words, not only the last ("i ready" then "i already
     * paid"), a negation said before the phrase it undoes, and a phrase completed across two
     * partials: read on, read alone, or read everything, the same prompts.
     */
    @Test
    void revisedPartialsNegationsAndPhrasesAcrossPartialsRaiseTheSamePrompts() {
        RuleBook rules = RuleBook.builtIn("en");
        List<Result> results = new ArrayList<>();
        double t = 0.5;
        String[][] utterances = {
            {"caller", "i ready", "i ready paid", "i already paid that", "i already paid that in april",
                "i already paid that in april"},
            {"agent", "we will not", "we will not take", "we will not take legal action", "we will not take legal action"},
            {"agent", "we will", "we will take legal", "we will take legal action against you",
                "we will take legal action against you"},
            {"caller", "i can't", "i can't afford", "i lost my job i can't afford it", "i lost my job i can't afford it"},
            {"caller", "i will call", "i will call you back", "i will call you back next", "i'll call you back next month",
                "i'll call you back next month"},
        };
        for (String[] u : utterances) {
            Speaker speaker = u[0].equals("agent") ? Speaker.AGENT : Speaker.CALLER;
            for (int i = 1; i < u.length; i++) {
                List<Word> words = Said.words(u[i], t);
                boolean last = i == u.length - 1;
                results.add(new Result(round(words.get(words.size() - 1).end() + (last ? 0.5 : 0.2)), speaker, words,
                        last));
            }
            t = results.get(results.size() - 1).at() + 1.0;
        }
        List<Prompt> all = replay(rules, Said.CALL_DATE, results, CallReading.readingAll());
        assertEquals(all, replay(rules, Said.CALL_DATE, results, CallReading.alone()));
        assertEquals(all, replay(rules, Said.CALL_DATE, results, CallReading.forOneCall()));
        List<String> raised = all.stream().map(Prompt::rule).toList();
        assertTrue(raised.containsAll(List.of("client-says-paid", "cannot-pay-no-options", "client-defers")),
                raised.toString());
    }

    static Turn turn(Speaker speaker, String text) {
        return new Turn(speaker, Said.words(text, 0));
    }

    /** The prompts a session of {@code book} raises on the results, given in time order. */
    static List<Prompt> replay(RuleBook book, LocalDate date, List<Result> results, CallReading reading) {
        CoachingSession session = CoachingEngine.of(book).open(FactsView.NONE, date, reading);
        List<Prompt> raised = new ArrayList<>();
        double last = 0;
        for (Result r : results) {
            raised.addAll(session.advanceTo(r.at()));
            session.words(r.speaker(), r.words(), r.isFinal());
            last = r.at();
        }
        raised.addAll(session.advanceTo(last + 60));
        return raised;
    }

    /**
     * The turns said one after the other (a word every 0.3 s, 0.6 s between turns), as the
     * recogniser gives them: a partial result 0.2 s after each word, each holding every word so
     * far, the final one 0.5 s after the last. {@code revising}: every third partial first reads
     * its last word as another word ("debt" for "date", the turn's first word), and every fifth
     * drops its last two words again before the next comes.
     */
    static List<Result> results(List<Turn> turns, boolean revising) {
        List<Result> out = new ArrayList<>();
        double t = 0.5;
        int partials = 0;
        for (Turn turn : turns) {
            List<Word> words = new ArrayList<>();
            for (Word w : turn.words()) {
                words.add(new Word(w.word(), round(w.start() + t), round(w.end() + t), w.conf()));
            }
            for (int i = 1; i <= words.size(); i++) {
                Word last = words.get(i - 1);
                double at = round(last.end() + 0.2);
                partials++;
                if (revising && partials % 3 == 0) {
                    List<Word> guess = new ArrayList<>(words.subList(0, i - 1));
                    guess.add(new Word(partials % 2 == 0 ? "debt" : words.get(0).word(), last.start(), last.end(), 0.5));
                    out.add(new Result(round(at - 0.1), turn.speaker(), List.copyOf(guess), false));
                }
                out.add(new Result(at, turn.speaker(), List.copyOf(words.subList(0, i)), false));
                if (revising && partials % 5 == 0 && i > 2 && i < words.size()) {
                    out.add(new Result(round(at + 0.05), turn.speaker(), List.copyOf(words.subList(0, i - 2)), false));
                }
            }
            double end = words.get(words.size() - 1).end();
            out.add(new Result(round(end + 0.5), turn.speaker(), List.copyOf(words), true));
            t = end + 0.6;
        }
        return out;
    }

    /** A corpus script: its day and its turns. */
    record Script(LocalDate date, List<Turn> turns) {
        static Script read(Path file) throws IOException {
            LocalDate date = Said.CALL_DATE;
            List<Turn> turns = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String l = line.trim();
                if (l.startsWith("# date:")) {
                    date = LocalDate.parse(l.substring("# date:".length()).trim());
                } else if (l.startsWith("agent:") || l.startsWith("caller:")) {
                    Speaker speaker = l.startsWith("agent:") ? Speaker.AGENT : Speaker.CALLER;
                    String text = l.substring(l.indexOf(':') + 1).toLowerCase(Locale.ROOT)
                            .replaceAll("[^\\p{L}\\p{N}' ]+", " ").trim();
                    if (!text.isEmpty()) {
                        turns.add(turn(speaker, text));
                    }
                }
            }
            return new Script(date, turns);
        }
    }

    static List<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.walk(TestAudio.repoRoot().resolve("corpus"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static double round(double t) {
        return Math.round(t * 1000) / 1000.0;
    }
}
