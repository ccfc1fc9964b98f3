package app.parley.coaching;

import app.parley.audio.AcousticFrame;
import app.parley.audio.AcousticMeter;
import app.parley.audio.OverlapTracker;
import app.parley.call.Prompt;
import app.parley.call.Speaker;
import app.parley.call.Word;
import app.parley.meaning.DateMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The engine proper. A trigger (words matching a concept, a sustained loud voice, talk-over, a
 * fast rate) becomes a candidate due after the rule's {@code wait} (and, for words ending a
 * partial result, once they have stood {@code partial_settle}); when the clock reaches it, the
 * words are checked to still be there, the rule's conditions are checked at that moment, then
 * the limits (the rule's cooldown and count, the kind's cooldown, prompts per minute), and
 * only then is a prompt raised. One occurrence (the same words, the same loud stretch, the
 * same overlap) raises at most one prompt, whether it came from a partial or a final result.
 */
final class Session implements CoachingSession {
    /**
     * The longest a rule's {@code wait} is stretched while the speaker goes on talking: an agent
     * laying out six plans may name the deadline 20 s after the first offer.
     */
    static final double MAX_HOLD = 30.0;
    /** Two matches closer than this are the same words seen twice (partial, then final). */
    static final double SAME_WORDS_SLACK = 0.3;
    private final RuleBook book;
    private final FactsView facts;
    private final LocalDate callDate;
    private final Settings settings;
    private final Map<Speaker, Party> parties = new EnumMap<>(Speaker.class);
    private final Conditions conditions;
    private final OverlapTracker overlap = new OverlapTracker(AcousticMeter.WINDOW_SECONDS);
    /** Each speaker's {@code loud} rules with what each calls a raised voice, and the longest window they judge. */
    private final Map<Speaker, List<LoudRule>> loudRules = new EnumMap<>(Speaker.class);
    private final double loudWindow;

    private record LoudRule(Rule rule, RuleBook.RaisedVoice voice) {
    }
    private final List<Candidate> pending = new ArrayList<>();
    private final List<Candidate> done = new ArrayList<>();
    private final List<Prompt> raised = new ArrayList<>();
    private final Map<String, Integer> countByRule = new HashMap<>();
    /** When each rule, and each situation, last raised a prompt: the call time and the speaker's turn then. */
    private final Map<String, Last> lastByRule = new HashMap<>();
    private final Map<String, Last> lastBySituation = new HashMap<>();
    /** What the words say, read here or shared with sessions hearing the same words (a backtest's). */
    private final CallReading reading;
    /** The book's concepts, and where the reading keeps each one's matches. */
    private final List<Concept> concepts;
    private final int[] slots;
    /** Of {@link #concepts}, those looked for in each party's results (by {@link Speaker#ordinal}): what the rules read there. */
    private final int[][] lookedFor = new int[Speaker.values().length][];
    /**
     * Of {@link #lookedFor}, those a trigger reads in each party's words, read in every partial
     * result as it comes; the others are read in a partial result only when a condition asks
     * ({@link Party#later}). Every one, unless the reading reads later ({@link CallReading#readsLater}).
     */
    private final int[][] triggersRead = new int[Speaker.values().length][];
    /** Whether a trigger reads dates in each party's words (or the reading does not read later): read in every partial result. */
    private final boolean[] datesTrigger = new boolean[Speaker.values().length];
    private final Map<String, Integer> conceptIndex = new HashMap<>();

    /**
     * A cooldown holds back repeats of the same situation until the other party has answered it:
     * once they have begun to speak after the words that raised it, saying it again is a new
     * occurrence ("next month" after the agent asked for a day). Their answer to it (the client's
     * "are you threatening me?" after the agent's threat) is the same occurrence, until the party
     * who raised it speaks again. Words the other party goes on with, without a pause, from before
     * the raising words began are no answer: the agent talking over a client in mid-sentence.
     */
    private record Last(double at, double start, Speaker speaker) {
    }

    /** A pause this long or longer before a party's words begins a new stretch of their speech. */
    static final double STRETCH_PAUSE = 0.8;

    private boolean holds(Last last, Speaker speaker, double cooldown, double start) {
        if (last == null || clock - last.at() >= cooldown) {
            return false;
        }
        Party raiser = parties.get(last.speaker());
        double answer = parties.get(other(last.speaker())).stretchBegun(last.start(), clock, STRETCH_PAUSE);
        if (speaker == last.speaker()) {
            // the raiser still in the stretch of speech the prompt came from: whatever the other said over it
            // ("that's on you", talked over the client's outburst), it is the same outburst
            boolean sameStretch = raiser.stretchStartBefore(start + 1e-6, STRETCH_PAUSE) <= last.start();
            return sameStretch || Double.isNaN(answer) || answer >= start;
        }
        return Double.isNaN(answer) || Double.isNaN(raiser.stretchBegun(answer, start, STRETCH_PAUSE));
    }

    private static Speaker other(Speaker speaker) {
        return speaker == Speaker.AGENT ? Speaker.CALLER : Speaker.AGENT;
    }

    private double clock;
    private int returned;

    Session(RuleBook book, FactsView facts, LocalDate callDate) {
        this(book, facts, callDate, CallReading.alone());
    }

    Session(RuleBook book, FactsView facts, LocalDate callDate, CallReading reading) {
        this.book = book;
        this.reading = reading;
        this.concepts = List.copyOf(book.concepts().values());
        this.slots = new int[concepts.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = reading.slot(concepts.get(i));
        }
        this.callDate = callDate;
        this.facts = facts;
        this.settings = book.settings();
        Map<Speaker, PartyReads> reads = PartyReads.of(book);
        for (Speaker speaker : Speaker.values()) {
            PartyReads read = reading.readsAll() ? PartyReads.everything(book) : reads.get(speaker);
            parties.put(speaker, new Party(read));
            lookedFor[speaker.ordinal()] = java.util.stream.IntStream.range(0, concepts.size())
                    .filter(i -> read.reads(concepts.get(i).name())).toArray();
            java.util.Set<String> triggers = new java.util.HashSet<>();
            for (Rule rule : book.rules()) {
                if (rule.speaker() == speaker && rule.trigger() instanceof Rule.Said said) {
                    triggers.add(said.concept());
                }
                datesTrigger[speaker.ordinal()] |= rule.speaker() == speaker && rule.trigger() instanceof Rule.Dated;
            }
            datesTrigger[speaker.ordinal()] |= !reading.readsLater();
            triggersRead[speaker.ordinal()] = java.util.Arrays.stream(lookedFor[speaker.ordinal()])
                    .filter(i -> !reading.readsLater() || triggers.contains(concepts.get(i).name())).toArray();
        }
        double window = 0;
        for (Speaker speaker : Speaker.values()) {
            loudRules.put(speaker, new ArrayList<>());
        }
        for (Rule rule : book.rules()) {
            if (rule.trigger() instanceof Rule.Loud loud) {
                loudRules.get(rule.speaker()).add(new LoudRule(rule,
                        new RuleBook.RaisedVoice(loud.overDb(), loud.seconds(), settings.baselineWarmUp())));
                window = Math.max(window, loud.seconds());
            }
        }
        this.loudWindow = window;
        for (int i = 0; i < concepts.size(); i++) {
            conceptIndex.put(concepts.get(i).name(), i);
        }
        this.conditions = new Conditions(parties, book, callDate, settings);
        if (facts != null && facts.contact() != null) {
            for (Rule rule : book.rules()) {
                if (rule.trigger() instanceof Rule.Contact check) {
                    ContactCheck.evidence(check, facts.contact()).ifPresent(evidence -> raise(rule, evidence));
                }
            }
        }
    }

    /** The rule's message with the facts in, or its fallback when the facts lack a part of them. */
    private String message(Rule rule) {
        return rule.message().render(facts, book.language())
                .orElseGet(() -> rule.fallback() == null ? rule.message().text() : rule.fallback().text());
    }

    /** A contact rule's prompt, the moment the call's facts are known: before the first word. */
    private void raise(Rule rule, String evidence) {
        raised.add(new Prompt(rule.kind(), rule.name(), Math.round(clock * 1000) / 1000.0, message(rule), evidence,
                rule.speaker(), rule.severity()));
        countByRule.merge(rule.name(), 1, Integer::sum);
    }


    /** A trigger waiting for its moment. */
    private static final class Candidate {
        final Rule rule;
        final Speaker speaker;
        double start;
        double end;
        double due;
        /** When it was (or will be) judged; set by advanceTo. */
        double moment;
        boolean fromPartial;
        String evidence;

        Candidate(Rule rule, Speaker speaker, double start, double end, double due, boolean fromPartial,
                String evidence) {
            this.rule = rule;
            this.speaker = speaker;
            this.start = start;
            this.end = end;
            this.due = due;
            this.fromPartial = fromPartial;
            this.evidence = evidence;
        }

        boolean sameOccurrence(Rule other, Speaker who, double otherStart, double otherEnd) {
            return rule == other && speaker == who && start <= otherEnd + SAME_WORDS_SLACK
                    && otherStart <= end + SAME_WORDS_SLACK;
        }
    }


    @Override
    public void words(Speaker speaker, List<Word> words, boolean isFinal) {
        Party party = parties.get(speaker);
        if (!words.isEmpty()) {
            party.lastWordEnd = Math.max(party.lastWordEnd, words.get(words.size() - 1).end());
        }
        CallReading.Heard heard = reading.heard(words, book.language(), party.heard);
        // The next result is read on from a partial one; a final one ends the utterance.
        party.heard = isFinal ? null : heard;
        if (isFinal) {
            party.partialMatches = Map.of();
            party.later = null;
            party.partial = List.of();
            party.partialDates = List.of();
            party.partialAmounts = List.of();
            if (words.isEmpty()) {
                return;
            }
            party.finals.addAll(words);
            Map<String, List<Concept.Match>> found = find(heard, speaker);
            found.forEach((concept, matches) -> party.finalMatches.computeIfAbsent(concept, c -> new ArrayList<>())
                    .addAll(matches));
            List<Timed<DateMention>> dates = heard.dates(callDate);
            party.finalDates.addAll(dates);
            party.finalAmounts.addAll(heard.amounts());
            triggerOnWords(speaker, found, false, words.size());
            triggerOnDates(speaker, dates, false, words);
            triggerOnRate(speaker, words.get(words.size() - 1).end());
        } else {
            // What only conditions read is read from this result if one asks before the next comes
            // (Party.later): most partial results are never asked.
            party.partial = List.copyOf(words);
            party.partialMatches = find(heard, speaker, triggersRead[speaker.ordinal()]);
            party.later = reading.readsLater() ? later(heard) : null;
            party.partialDates = datesTrigger[speaker.ordinal()] ? heard.dates(callDate) : null;
            party.partialAmounts = reading.readsLater() ? null : heard.amounts();
            triggerOnWords(speaker, party.partialMatches, true, words.size());
            if (party.partialDates != null) {
                triggerOnDates(speaker, party.partialDates, true, words);
            }
        }
        countOptions(speaker, party);
    }

    /**
     * The options the party has laid out in their current turn so far (its final words and the
     * partial in progress: the recogniser cuts a long turn into several results).
     */
    private void countOptions(Speaker speaker, Party party) {
        if (!party.reads.options()) {
            return; // no rule reads them
        }
        // The turn is what the party said since the other party last began to speak: by the words'
        // times, not by which result came first (under load one party's final can trail the other's).
        int n = party.finals.size() + party.partial.size();
        if (n == 0) {
            return;
        }
        double since = parties.get(other(speaker)).stretchStartBefore(party.word(n - 1).end(), STRETCH_PAUSE);
        int from = n;
        while (from > 0 && (Double.isNaN(since) || party.word(from - 1).start() > since)) {
            from--;
        }
        List<Word> turn = new ArrayList<>(n - from);
        for (int k = from; k < n; k++) {
            turn.add(party.word(k));
        }
        int count = reading.options(turn, book.language());
        if (count == 0) {
            return;
        }
        double start = turn.get(0).start();
        Timed<Integer> laidOut = new Timed<>(count, start, turn.get(turn.size() - 1).end());
        List<Timed<Integer>> turns = party.optionTurns;
        // the same turn counted again (a partial, then the final, whose words' times the recogniser may
        // have shifted): the newer count replaces the older
        Timed<Integer> last = turns.isEmpty() ? null : turns.get(turns.size() - 1);
        if (last != null && last.start() <= laidOut.end() && laidOut.start() <= last.end()) {
            turns.set(turns.size() - 1, laidOut);
        } else {
            turns.add(laidOut);
        }
        for (Rule rule : book.rules()) {
            if (rule.speaker() == speaker && rule.trigger() instanceof Rule.OptionsLaidOut options
                    && count > options.moreThan()) {
                // counted on a partial result, the count may not hold: the final words decide (vanished)
                offer(rule, speaker, laidOut.start(), laidOut.end(), laidOut.end(), !party.partial.isEmpty(),
                        count + " options in one turn");
            }
        }
    }

    /** Candidates for the rules that dates of these reaches trigger (a partial's last word settles first). */
    private void triggerOnDates(Speaker speaker, List<Timed<DateMention>> dates, boolean partial, List<Word> words) {
        for (Rule rule : book.rules()) {
            if (rule.speaker() != speaker || !(rule.trigger() instanceof Rule.Dated dated)) {
                continue;
            }
            for (Timed<DateMention> d : dates) {
                if (!dated.reaches().contains(d.what().reach(callDate, settings.nearDays()))) {
                    continue;
                }
                double due = d.end();
                if (partial && d.end() >= words.get(words.size() - 1).end() - 1e-9) {
                    due = Math.max(due, clock + settings.partialSettle());
                }
                offer(rule, speaker, d.start(), d.end(), due, partial, null);
            }
        }
    }

    /** The matches in {@code heard} of the concepts the rules read in {@code speaker}'s words. */
    private Map<String, List<Concept.Match>> find(CallReading.Heard heard, Speaker speaker) {
        return find(heard, speaker, lookedFor[speaker.ordinal()]);
    }

    /** The matches in {@code heard} of {@code these} concepts (indices in {@link #concepts}). */
    private Map<String, List<Concept.Match>> find(CallReading.Heard heard, Speaker speaker, int[] these) {
        Map<String, List<Concept.Match>> found = new HashMap<>();
        for (int i : these) {
            Concept concept = concepts.get(i);
            List<Concept.Match> matches = heard.matches(concept, slots[i]);
            if (!matches.isEmpty()) {
                found.put(concept.name(), matches);
            }
        }
        return found;
    }

    /** What a partial result says that its triggers did not read, read from it when a condition asks. */
    private Party.Later later(CallReading.Heard heard) {
        return new Party.Later() {
            @Override
            public List<Concept.Match> matches(String concept) {
                Integer i = conceptIndex.get(concept);
                return i == null ? List.of() : heard.matches(concepts.get(i), slots[i]);
            }

            @Override
            public List<Timed<DateMention>> dates() {
                return heard.dates(callDate);
            }

            @Override
            public List<Timed<app.parley.meaning.Amounts.Amount>> amounts() {
                return heard.amounts();
            }
        };
    }

    /**
     * Candidates for the rules these matches trigger. In a partial result the last word is the
     * one the recogniser most often revises: a match that ends on it waits {@code partial_settle}
     * (or the next result); one followed by another word is taken as it is.
     */
    private void triggerOnWords(Speaker speaker, Map<String, List<Concept.Match>> found, boolean partial,
            int wordCount) {
        for (Rule rule : book.rules()) {
            if (rule.speaker() != speaker || !(rule.trigger() instanceof Rule.Said said)) {
                continue;
            }
            for (Concept.Match match : found.getOrDefault(said.concept(), List.of())) {
                if (partial && (match.to() - match.from() == 1 || !match.settled())) {
                    // One word in a partial result is the recogniser's guess ("deadbeat" for "debit"),
                    // and an unsettled match may change with the next words: it triggers once a
                    // final result has it.
                    continue;
                }
                String evidence = null; // the words of the occurrence, taken when it fires
                if (said.atLeast() > 1) {
                    List<Concept.Match> recent = parties.get(speaker).matches(said.concept()).stream()
                            .filter(m -> m.end() >= match.end() - said.within() && m.end() <= match.end())
                            .sorted(Comparator.comparingDouble(Concept.Match::start)).toList();
                    if (recent.size() < said.atLeast()) {
                        continue;
                    }
                    evidence = String.join(" … ", recent.stream().map(Concept.Match::text).toList());
                }
                double due = match.end();
                boolean unsettled = partial && match.to() >= wordCount;
                if (unsettled) {
                    // A word of sense with a function word or two ("by a deputy", revised "by a debt
                    // collector"; "I'm an attorney", revised "I'm an attempt") is the recogniser's guess at
                    // that word: it waits for the next result to keep it.
                    boolean guess = match.to() - match.from() <= 3 && Concept.oneWordOfSense(match.text());
                    double settle = guess ? WORDS_HOLD : settings.partialSettle();
                    due = Math.max(due, clock + settle);
                }
                offer(rule, speaker, match.start(), match.end(), due, partial, evidence);
            }
        }
    }

    private void triggerOnRate(Speaker speaker, double now) {
        for (Rule rule : book.rules()) {
            if (rule.speaker() != speaker || !(rule.trigger() instanceof Rule.Rate rate)) {
                continue;
            }
            double wpm = SpeechRate.wordsPerMinute(parties.get(speaker).finals, now - rate.seconds(), now);
            if (wpm > rate.overWpm()) {
                offer(rule, speaker, now - rate.seconds(), now, now, false,
                        String.format(Locale.ROOT, "%.0f words a minute over the last %s s", wpm, fmt(rate.seconds())));
            }
        }
    }

    @Override
    public void acoustics(Speaker speaker, AcousticFrame frame) {
        Party party = parties.get(speaker);
        if (frame.voiced()) {
            party.baseline.add(frame.dbfs());
            party.voicedSeconds += frame.seconds();
            party.lastVoicedEnd = Math.max(party.lastVoicedEnd, frame.end());
        }
        party.recent.addLast(frame);
        while (!party.recent.isEmpty() && party.recent.peekFirst().start() < frame.end() - loudWindow - 1e-6) {
            party.recent.pollFirst();
        }
        for (LoudRule loud : loudRules.get(speaker)) {
            checkLoud(loud.rule(), loud.voice(), speaker, party, frame.end());
        }
        for (OverlapTracker.Overlap step : overlap.accept(speaker, frame)) {
            for (Rule rule : book.rules()) {
                if (rule.trigger() instanceof Rule.Overlapping over && rule.speaker() == step.interrupter()
                        && step.seconds() >= over.seconds() - 1e-6) {
                    Speaker other = step.interrupter() == Speaker.AGENT ? Speaker.CALLER : Speaker.AGENT;
                    offer(rule, rule.speaker(), step.start(), step.start(), step.end(), false, String.format(Locale.ROOT,
                            "talked over the %s for %.1f s", other.id(), step.seconds()));
                }
            }
        }
    }

    /**
     * A loud stretch: the windows of the last {@code seconds} of the speaker's audio that
     * {@link RuleBook.RaisedVoice} calls raised, with pauses of up to its {@code PAUSE_S}
     * between them. Once they have stayed loud for its {@code hold()}, the prompt is raised; a
     * window of voice at a normal level ends the stretch.
     */
    private void checkLoud(Rule rule, RuleBook.RaisedVoice voice, Speaker speaker, Party party, double now) {
        if (party.voicedSeconds < voice.warmUpS()) {
            return;
        }
        if (party.loudLevels.length < party.recent.size()) {
            party.loudLevels = new double[party.recent.size() * 2];
        }
        double[] levels = party.loudLevels;
        int count = 0;
        double voicedSeconds = 0;
        for (AcousticFrame f : party.recent) {
            if (f.voiced() && f.start() >= now - voice.seconds() - 1e-6) {
                levels[count++] = f.dbfs();
                voicedSeconds += f.seconds();
            }
        }
        OptionalDouble over = voice.overBaseline(levels, count, voicedSeconds, party.baseline.median());
        Party.Stretch stretch = party.loud.get(rule);
        if (over.isEmpty()) {
            if (stretch != null && now - stretch.lastLoud > voice.seconds() + RuleBook.RaisedVoice.PAUSE_S) {
                party.loud.remove(rule);
            }
            return;
        }
        if (!voice.loud(over)) {
            party.loud.remove(rule);
            return;
        }
        if (stretch == null) {
            // A window turns loud once more than half of it is: the voice rose half a window ago.
            stretch = new Party.Stretch(now - voice.seconds() / 2);
            party.loud.put(rule, stretch);
        }
        stretch.lastLoud = now;
        if (!stretch.raised && now - (stretch.start + voice.seconds() / 2) >= voice.hold() - 1e-6) {
            stretch.raised = true;
            offer(rule, speaker, stretch.start, now, now, false, String.format(Locale.ROOT,
                    "voice %.1f dB over the %s's own baseline for %.1f s", over.getAsDouble(), speaker.id(),
                    now - stretch.start));
        }
    }

    /** Adds a candidate unless this occurrence is already waiting or done. */
    private void offer(Rule rule, Speaker speaker, double start, double end, double due, boolean partial,
            String evidence) {
        for (Candidate c : done) {
            if (c.sameOccurrence(rule, speaker, start, end)) {
                return;
            }
        }
        for (Candidate c : pending) {
            if (c.sameOccurrence(rule, speaker, start, end)) {
                // The same words again (a partial result, then the final one) or the next words
                // of the same stretch ("call you back" + "next month"): one occurrence.
                if (!partial || c.fromPartial) {
                    c.start = Math.min(c.start, start);
                    c.end = Math.max(c.end, end);
                    if (evidence != null) {
                        c.evidence = evidence;
                    }
                }
                if (!partial && c.fromPartial) {
                    // Confirmed by a final result: trust it from now on.
                    c.fromPartial = false;
                }
                if (c.fromPartial == partial || !partial) {
                    // A final result, or a later partial where more words follow: it stands.
                    c.due = Math.min(c.due, due);
                }
                return;
            }
        }
        pending.add(new Candidate(rule, speaker, start, end, due, partial, evidence));
    }

    @Override
    public List<Prompt> advanceTo(double seconds) {
        clock = Math.max(clock, seconds);
        List<Candidate> ready = new ArrayList<>();
        for (Candidate c : pending) {
            c.moment = moment(c);
            if (c.moment <= clock + 1e-9) {
                ready.add(c);
            }
        }
        pending.removeAll(ready);
        ready.sort(Comparator.comparingDouble((Candidate c) -> c.moment)
                .thenComparing(c -> c.rule.severity(), Comparator.reverseOrder()));
        for (Candidate c : ready) {
            // Words a partial result took back are not judged; if they come back, they are offered again.
            if (!vanished(c)) {
                done.add(c);
                evaluate(c);
            }
        }
        List<Prompt> fresh = List.copyOf(raised.subList(returned, raised.size()));
        returned = raised.size();
        return fresh;
    }

    /**
     * When a candidate is judged: when it is due, and, for a rule with a {@code wait}, once the
     * speaker has been silent that long after the triggering words (they may still be finishing
     * the sentence that decides it), but no later than {@link #MAX_HOLD} after the wait; a rule
     * that waits on the other party's answer, also once they pause (at most {@link #ANSWER_HOLD} more). Silent
     * means no words and, when the voice is measured, no voice: the recogniser gives words some
     * time after they are spoken, the voice-activity windows come as the audio does; so a rule also
     * waits, until the other party answers, for a partial result to become final (at most {@link
     * #WORDS_HOLD} more).
     */
    private double moment(Candidate c) {
        double wait = c.rule.waitSeconds();
        if (wait <= 0) {
            return c.due;
        }
        Party party = parties.get(c.speaker);
        Party other = parties.get(other(c.speaker));
        double spokeUntil = Math.max(party.lastWordEnd, party.lastVoicedEnd);
        double answerBegan = other.stretchBegun(c.end, clock, STRETCH_PAUSE);
        if (!Double.isNaN(answerBegan)) {
            spokeUntil = Math.min(spokeUntil, answerBegan); // once answered, what the speaker says next is a new turn
        }
        spokeUntil = Math.max(c.end, spokeUntil);
        double at = Math.max(c.due, Math.min(spokeUntil + wait, c.end + wait + MAX_HOLD));
        if (!party.partial.isEmpty() && Double.isNaN(answerBegan)) {
            // The recogniser has not given the final words of what the speaker said (a partial result
            // stands): they may settle it ("maybe after Christmas, but hold on, I can do the whole
            // thing this Friday"). Voice alone is no sign of words to come: a breath, a laugh.
            at = Math.max(at, Math.min(spokeUntil + wait + WORDS_HOLD, c.end + wait + MAX_HOLD));
        }
        if (c.rule.awaitsAnswer()) {
            // The other party still answering may yet say what the rule waits for ("… how is the hip now?").
            double answering = Math.max(other.lastWordEnd, other.lastVoicedEnd);
            if (answering > at - ANSWER_PAUSE) {
                at = Math.max(at, Math.min(answering + ANSWER_PAUSE, at + ANSWER_HOLD));
            }
        }
        return at;
    }

    /** An answer is over once its speaker has paused this long. */
    static final double ANSWER_PAUSE = 0.5;
    /** How long a rule waits beyond its own wait for the recogniser to give the final words of the voice heard. */
    static final double WORDS_HOLD = 1.5;
    /** How long a rule that waits on an answer waits beyond its own wait for the answer to end. */
    static final double ANSWER_HOLD = 2.5;

    /** Whether the words a candidate came from were in a partial result the recogniser has since changed. */
    private boolean vanished(Candidate c) {
        Rule rule = c.rule;
        if (c.fromPartial && rule.trigger() instanceof Rule.Said said) {
            return parties.get(c.speaker).matches(said.concept()).stream()
                    .noneMatch(m -> m.overlaps(c.start, c.end, SAME_WORDS_SLACK));
        }
        if (c.fromPartial && rule.trigger() instanceof Rule.OptionsLaidOut options) {
            // "or pay the full balance over three months or do a hundred a month" heard as four
            // choices while partial, three once final
            return parties.get(c.speaker).optionTurns.stream()
                    .filter(t -> t.start() <= c.end + SAME_WORDS_SLACK && c.start <= t.end() + SAME_WORDS_SLACK)
                    .noneMatch(t -> t.what() > options.moreThan());
        }
        if (c.fromPartial && rule.trigger() instanceof Rule.Dated dated) {
            return parties.get(c.speaker).dates().stream()
                    .noneMatch(d -> d.within(c.start - SAME_WORDS_SLACK, c.end + SAME_WORDS_SLACK)
                            && dated.reaches().contains(d.what().reach(callDate, settings.nearDays())));
        }
        return false;
    }

    private void evaluate(Candidate c) {
        Rule rule = c.rule;
        if (rule.trigger() instanceof Rule.Dated && c.speaker == Speaker.CALLER && conditions.inIdentityAnswer(c.start)) {
            return; // a birth date given to prove who they are puts no payment off
        }
        Conditions.Trigger trigger = new Conditions.Trigger(c.speaker, c.start, c.end);
        for (Rule.Condition condition : rule.unless()) {
            if (conditions.holds(condition, rule, trigger, c.moment, false)) {
                return;
            }
        }
        for (Rule.Condition condition : rule.requires()) {
            if (!conditions.holds(condition, rule, trigger, c.moment, true)) {
                return;
            }
        }
        Last lastRule = lastByRule.get(rule.name());
        Last lastSituation = lastBySituation.get(rule.situation());
        if (countByRule.getOrDefault(rule.name(), 0) >= rule.maxPerCall()
                || holds(lastRule, c.speaker, rule.cooldown(), c.start)
                || holds(lastSituation, c.speaker, settings.situationCooldown(), c.start)
                || underRate(rule.kind(), rule.severity()) && interruptionsInTheLastMinute() >= settings.maxPerMinute()) {
            return;
        }
        String message = message(rule);
        String evidence = c.evidence != null ? c.evidence : parties.get(c.speaker).wordsBetween(c.start, c.end);
        raised.add(new Prompt(rule.kind(), rule.name(), Math.round(clock * 1000) / 1000.0, message, evidence,
                c.speaker, rule.severity()));
        countByRule.merge(rule.name(), 1, Integer::sum);
        Last last = new Last(clock, c.start, c.speaker);
        lastByRule.put(rule.name(), last);
        lastBySituation.put(rule.situation(), last);
    }


    /** How close prompts must come to reach the agent as one interruption: the tips for one turn, shown together. */
    private static final double ONE_GLANCE = 1.0;

    /**
     * How many times in the last minute tips that count towards settings.max_per_minute interrupted the
     * agent: tips raised together for one turn ("I can't pay anything, I had surgery": options and
     * empathy at once) are one glance at the screen, not two.
     */
    private long interruptionsInTheLastMinute() {
        long glances = 0;
        double glanceStart = Double.NEGATIVE_INFINITY; // measured from a glance's first tip: tips a second apart don't chain
        for (Prompt p : raised) {
            if (p.at() > clock - 60 && underRate(p.kind(), p.severity()) && p.at() - glanceStart > ONE_GLANCE) {
                glances++;
                glanceStart = p.at();
            }
        }
        return glances;
    }

    /**
     * Whether settings.max_per_minute holds a prompt of this kind back, and whether one raised
     * counts towards it: not an alert (a breach of the law, the agent losing control: the agent
     * must hear of it while it can be fixed), nor the close of the call (a next-step prompt held
     * back at the goodbye is lost for good, and counted it would hold back what the goodbye itself
     * gave away, "take your time, call us whenever").
     */
    private static boolean underRate(String kind, Prompt.Severity severity) {
        return !isAlert(kind, severity) && !RuleBook.NEXT_STEP.equals(kind);
    }

    private static boolean isAlert(String kind, Prompt.Severity severity) {
        return RuleBook.COMPLIANCE.equals(kind) || severity == Prompt.Severity.ALERT;
    }

    @Override
    public List<Prompt> prompts() {
        return List.copyOf(raised);
    }

    @Override
    public RuleBook rules() {
        return book;
    }

    @Override
    public double overlapSeconds() {
        return overlap.totalSeconds();
    }

    private static String fmt(double seconds) {
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
    }
}
