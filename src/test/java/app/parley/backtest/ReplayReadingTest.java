package app.parley.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.CallInfo;
import app.parley.call.CallRecord;
import app.parley.call.LoudnessTrack;
import app.parley.call.Prompt;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.call.Word;
import app.parley.coaching.RuleBook;
import app.parley.testing.ScriptedLoudness;
import app.parley.testing.TestAudio;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A backtest's replay reads a partial result's conditions-only concepts, dates and amounts only
 * when a condition asks, and an intent once for every concept that understands it: it raises,
 * call by call and prompt for prompt, what the replay raised when it read everything in every
 * result ({@link StoredCallReplay#readingEveryResult}, as until 4 December) and what reading all
 * alone raises ({@link StoredCallReplay.Call#promptsReadAlone}). On the corpus's scripted calls
 * stored as a call is (words with their timings, some turns overlapping, both loudness tracks, a
 * raised voice in some), under the rules in force and two drafts: the benchmark's, which moves a
 * trigger's phrase, and one that changes a concept only a condition reads (the agent's empathy).
 */
class ReplayReadingTest {
    private static final ZoneId ZONE = ZoneOffset.UTC;

    @Test
    void readingLaterRaisesThePromptsOfReadingEveryResult() throws Exception {
        RuleBook rules = RuleBook.builtIn("en");
        String text = RuleBook.builtInText("en");
        List<RuleBook> drafts = List.of(
                RuleBook.parse(text.replace("      - already paid\n", "      - is a mistake\n"), "draft"),
                RuleBook.parse(text.replace("      - i can imagine\n", "      - i get that\n"), "draft"));
        assertTrue(text.contains("      - already paid\n") && text.contains("      - i can imagine\n"), "the drafts change");
        List<Path> scripts = corpus();
        assertTrue(scripts.size() > 500, "the corpus: " + scripts.size());
        int compared = 0;
        int prompts = 0;
        // One call in eight (none of CallReadingTest's), one in thirty-two against reading all alone too.
        for (int n = 4; n < scripts.size(); n += 24) {
            CallRecord record = stored(scripts.get(n), n);
            List<LoudnessTrack> loudness = loudness(record, n % 5 == 0);
            String call = scripts.get(n).getFileName().toString();
            RuleBook draft = drafts.get(n / 24 % 2);
            StoredCallReplay.Call now = StoredCallReplay.of(record, loudness, ZONE);
            StoredCallReplay.Call before = StoredCallReplay.readingEveryResult(record, loudness, ZONE);
            List<Prompt> rulesNow = now.prompts(rules);
            List<Prompt> draftNow = now.prompts(draft);
            assertEquals(before.prompts(rules), rulesNow, call + ", the rules in force");
            assertEquals(before.prompts(draft), draftNow, call + ", the draft");
            if (n % 96 == 4) {
                assertEquals(now.promptsReadAlone(rules), rulesNow, call + ", the rules in force, read all alone");
                assertEquals(now.promptsReadAlone(draft), draftNow, call + ", the draft, read all alone");
            }
            compared++;
            prompts += rulesNow.size() + draftNow.size();
        }
        assertTrue(compared > 80 && prompts > 300, compared + " calls, " + prompts + " prompts");
    }

    /**
     * A corpus script as a stored call: a word every 0.3 s, turns 0.4 to 1.2 s apart, one turn in
     * seven begun 0.8 s before the other party's ends.
     */
    static CallRecord stored(Path script, int n) throws IOException {
        Random random = new Random(n);
        LocalDate date = LocalDate.of(2026, 11, 9);
        List<Utterance> utterances = new ArrayList<>();
        double at = 0.5;
        for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
            String l = line.trim();
            if (l.startsWith("# date:")) {
                date = LocalDate.parse(l.substring("# date:".length()).trim());
            } else if (l.startsWith("agent:") || l.startsWith("caller:")) {
                Speaker speaker = l.startsWith("agent:") ? Speaker.AGENT : Speaker.CALLER;
                String said = l.substring(l.indexOf(':') + 1).toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N}' ]+", " ").trim();
                if (said.isEmpty()) {
                    continue;
                }
                List<Word> words = new ArrayList<>();
                double t = at;
                for (String word : said.split("\\s+")) {
                    words.add(new Word(word, round(t), round(t + 0.25), 0.9));
                    t += 0.3;
                }
                double end = words.get(words.size() - 1).end();
                utterances.add(new Utterance(speaker, words.get(0).start(), end, String.join(" ",
                        words.stream().map(Word::word).toList()), words));
                at = random.nextInt(7) == 0 ? Math.max(at + 0.3, end - 0.8) : end + 0.4 + random.nextDouble() * 0.8;
            }
        }
        double duration = round(at + 2);
        return new CallRecord(new CallInfo("corpus-" + n, date.atTime(10, 0).toInstant(ZoneOffset.UTC), "+15550100000",
                "agent-1", duration), utterances, List.of(), null, List.of(), List.of());
    }

    /** Each party's loudness in 0.25 s steps: about -24 dBFS in its words, hiss otherwise; {@code shouts}: one turn each at -9. */
    static List<LoudnessTrack> loudness(CallRecord record, boolean shouts) {
        return ScriptedLoudness.of(record, new Random(record.call().id().hashCode()), (speaker, turn) -> shouts && turn == 4);
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
