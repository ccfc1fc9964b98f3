package app.parley.coaching;

import app.parley.call.Speaker;
import app.parley.call.Word;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A parsed, validated, immutable rules file: named concepts (phrase lists) and the rules that
 * combine them with the speaker, the conversation so far and the voices' measures into
 * prompts. Keeps the text it was read from, which is what {@code GET /api/rules} shows.
 * The format is documented in docs/coaching.md.
 */
public final class RuleBook {
    /** The prompt kinds a rule may raise. */
    public static final List<String> KINDS = RuleParser.KINDS;
    /**
     * The kind of a breach of the law rather than a coaching tip: never held back by, nor counted
     * in, the prompts-per-minute budget (an agent must hear of a breach while it can be fixed).
     */
    public static final String COMPLIANCE = "compliance";
    /** The close of the call: like compliance, never held back by settings.max_per_minute (it would be lost). */
    public static final String NEXT_STEP = "next-step";
    /** Languages with a built-in pack ({@code speech.language}). */
    public static final List<String> LANGUAGES = RuleParser.LANGUAGES;

    private final String text;
    private final String source;
    private final String language;
    private final Settings settings;
    private final Map<String, Concept> concepts;
    private final List<Rule> rules;

    RuleBook(String text, String source, String language, Settings settings, Map<String, Concept> concepts,
            List<Rule> rules) {
        this.text = text;
        this.source = source;
        this.language = language;
        this.settings = settings;
        this.concepts = Map.copyOf(concepts);
        this.rules = List.copyOf(rules);
    }

    /** Parses and validates a rules file; {@code source} names it in errors (a path, "PUT /api/rules"). */
    public static RuleBook parse(String text, String source) throws RuleBookException {
        return RuleParser.parse(text, source);
    }

    /** The built-in pack for a language ({@code en} or {@code es}) shipped in the jar. */
    public static RuleBook builtIn(String language) {
        String text = builtInText(language);
        try {
            return parse(text, "built-in " + language + " rules");
        } catch (RuleBookException e) {
            throw new IllegalStateException("the built-in rules are invalid: " + e.getMessage(), e);
        }
    }

    /** The text of a built-in pack. */
    public static String builtInText(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("no built-in rules for language '" + language + "' (have " + LANGUAGES + ")");
        }
        String resource = "/coaching/rules-" + language + ".yaml";
        try (InputStream in = RuleBook.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in rules " + resource + " missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text() {
        return text;
    }

    public String source() {
        return source;
    }

    public String language() {
        return language;
    }

    /** Names of the rules in force (enabled ones), in file order. */
    public List<String> ruleNames() {
        return rules.stream().map(Rule::name).toList();
    }

    /** The kind of prompt the rule of this name raises; empty when the book has no such rule in force. */
    public Optional<String> kindOf(String rule) {
        return rules.stream().filter(r -> r.name().equals(rule)).map(Rule::kind).findFirst();
    }

    /**
     * How long the rule of this name waits after its speaker pauses before it is judged ({@code wait}),
     * in seconds; empty when the book has no such rule in force.
     */
    public java.util.OptionalDouble waitOf(String rule) {
        return rules.stream().filter(r -> r.name().equals(rule)).mapToDouble(Rule::waitSeconds).findFirst();
    }

    /** Whether a rule in force raises prompts of {@code kind}. */
    public boolean raises(String kind) {
        return rules.stream().anyMatch(rule -> rule.kind().equals(kind));
    }

    public List<String> conceptNames() {
        return concepts.keySet().stream().sorted().toList();
    }

    public boolean hasConcept(String name) {
        return concepts.containsKey(name);
    }

    /** Where a phrase of a concept was found: call seconds of its first and last word, and the words. */
    public record Found(String concept, double start, double end, String text) {
    }

    /**
     * The phrases of {@code concept} found in {@code words} (one utterance of one party), in
     * order, matched exactly as the rules match them.
     *
     * @throws IllegalArgumentException when the book has no such concept
     */
    public List<Found> find(String concept, List<Word> words) {
        Concept c = concepts.get(concept);
        if (c == null) {
            throw new IllegalArgumentException("no concept named '" + concept + "' in " + source);
        }
        return c.find(words).stream().map(m -> new Found(concept, m.start(), m.end(), m.text())).toList();
    }

    /**
     * The times put off in {@code words} (one utterance of one party) as the rules read them
     * (a {@code date: later} trigger): a day further than {@code near_date} from {@code callDate},
     * an open end ("after the fifteenth") or none ("later", "once things settle down").
     */
    public List<Found> laterDays(List<Word> words, java.time.LocalDate callDate) {
        return laterDays(words, callDate, List.of());
    }

    /**
     * {@link #laterDays(List, java.time.LocalDate)}, leaving out a day the other party proposed in
     * {@code proposedBefore} and these words take up ("yes, the twenty ninth is fine"), as the
     * built-in rules do ({@code date: same}).
     */
    public List<Found> laterDays(List<Word> words, java.time.LocalDate callDate, List<Word> proposedBefore) {
        List<app.parley.meaning.DateMention> proposed = DaysNamed.in(proposedBefore, language, callDate).stream()
                .map(Timed::what).toList();
        return DaysNamed.in(words, language, callDate).stream()
                .filter(d -> d.what().reach(callDate, settings.nearDays()) == app.parley.meaning.DateMention.Reach.LATER)
                .filter(d -> proposed.stream().noneMatch(p -> DaysNamed.takenUp(p, d.what())))
                .map(d -> new Found("date", d.start(), d.end(), d.what().text())).toList();
    }

    /**
     * The concrete days in {@code words} (one utterance of one party) no further than
     * {@code near_date} from {@code callDate}, read as the rules read dates: what a
     * {@code date: near} trigger hears.
     */
    public List<Found> nearDays(List<Word> words, java.time.LocalDate callDate) {
        return DaysNamed.in(words, language, callDate).stream()
                .filter(d -> d.what().reach(callDate, settings.nearDays()) == app.parley.meaning.DateMention.Reach.NEAR)
                .map(d -> new Found("date", d.start(), d.end(), d.what().text())).toList();
    }

    /**
     * What a rule's {@code loud} trigger calls a raised voice: over a window of the last
     * {@code seconds} of the speaker's audio, mostly speech ({@link #VOICED_SHARE} of it voiced),
     * the median voiced level is at least {@code overDb} above their baseline, and stays so for
     * {@link #HOLD_SHARE} of {@code seconds} more; judged once {@code warmUpS} seconds of their
     * voice set the baseline. The median of a whole window, not of each half second in it: a
     * shouted sentence dips between syllables and words, and a dip is no calmer voice. A window
     * turns loud once more than half of it is, so the voice has been loud for more than
     * {@code HOLD_SHARE} of {@code seconds} (an emphatic word or a one-second exclamation is
     * not), and the prompt comes about {@code seconds} after it rose. Judged the same live
     * ({@code Session}) and after the call (the QA scorecard).
     */
    public record RaisedVoice(double overDb, double seconds, double warmUpS) {
        /**
         * The share of a window that must be voiced to judge it: a stretch of speech, not a word
         * or two between pauses, whose median would be its loudest syllables.
         */
        public static final double VOICED_SHARE = 0.6;
        /** How long, as a share of {@code seconds}, the windows must stay loud. */
        public static final double HOLD_SHARE = 2.0 / 3;
        /**
         * Too little voice to judge (a pause, a word or two between pauses) goes on with a loud
         * stretch up to this long after its last loud window (a pause of about a second and a
         * half, as a window lags the voice): shouting comes in bursts ("Next month? You said
         * exactly that last month!"). Speech at a normal level ends it.
         */
        public static final double PAUSE_S = 1.0;

        /** How long the windows must stay loud. */
        public double hold() {
            return HOLD_SHARE * seconds;
        }

        /**
         * How far the median of {@code levels[0..count)} (the voiced levels of the last
         * {@link #seconds} of audio, {@code voicedSeconds} of voice in all; sorted in place)
         * lies above {@code baseline}; empty when the window holds too little voice to judge.
         * The lower median: a window half loud is not yet loud.
         */
        public OptionalDouble overBaseline(double[] levels, int count, double voicedSeconds, double baseline) {
            if (count == 0 || voicedSeconds < VOICED_SHARE * seconds - 1e-9) {
                return OptionalDouble.empty();
            }
            Arrays.sort(levels, 0, count);
            return OptionalDouble.of(levels[(count - 1) / 2] - baseline);
        }

        /** Whether a window {@link #overBaseline} judged is a raised voice. */
        public boolean loud(OptionalDouble over) {
            return over.isPresent() && over.getAsDouble() >= overDb - 1e-9;
        }
    }

    /** The raised voice of the first rule in force of this kind triggered by the speaker's loud voice. */
    public Optional<RaisedVoice> raisedVoice(String kind, Speaker speaker) {
        for (Rule rule : rules) {
            if (rule.kind().equals(kind) && rule.speaker() == speaker && rule.trigger() instanceof Rule.Loud loud) {
                return Optional.of(new RaisedVoice(loud.overDb(), loud.seconds(), settings.baselineWarmUp()));
            }
        }
        return Optional.empty();
    }

    Settings settings() {
        return settings;
    }

    Map<String, Concept> concepts() {
        return concepts;
    }

    List<Rule> rules() {
        return rules;
    }

    @Override
    public String toString() {
        return source + " (" + rules.size() + " rules, " + concepts.size() + " concepts)";
    }
}
