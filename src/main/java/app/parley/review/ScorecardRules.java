package app.parley.review;

import app.parley.call.CallRecord;
import app.parley.call.LoudnessTrack;
import app.parley.call.Prompt;
import app.parley.call.Speaker;
import app.parley.call.Word;
import app.parley.coaching.RuleBook;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Computes a finished call's scorecard from its transcript, the prompts raised during it, its
 * account facts and, when given, each party's loudness. Words are judged with the concepts of
 * the rules in force (the same phrase lists and matching as the live rules) and a raised voice
 * with the threshold of the rule that coaches it; a row whose concepts the rules lack is
 * {@code not-applicable}. Pure: no clock, no I/O. The definitions are in docs/review.md.
 */
public final class ScorecardRules {
    /** The agent has this long after a caller's deferral, or either side of an offer, to name a near day. */
    static final double DATE_WITHIN_S = 60;
    /** This many options announced ... */
    static final int TOO_MANY_OPTIONS = 4;
    /** ... within this long are too many at once (the too-many-options rule's figures). */
    static final double OPTIONS_WITHIN_S = 20;
    /** An acknowledgement counts for a hardship or anger from this long before it ... */
    static final double EMPATHY_BEFORE_S = 20;
    /** ... to this long after it. */
    static final double EMPATHY_AFTER_S = 30;
    /** Date, amount and channel must all be said in the call's last this-many seconds. */
    static final double CLOSING_S = 120;

    private final CallRecord record;
    private final RuleBook rules;
    private final Transcript transcript;
    private final Map<Speaker, LoudnessTrack> loudness = new EnumMap<>(Speaker.class);

    private ScorecardRules(CallRecord record, List<LoudnessTrack> tracks, RuleBook rules) {
        this.record = record;
        this.rules = rules;
        this.transcript = new Transcript(record, rules);
        for (LoudnessTrack track : tracks) {
            if (loudness.put(track.speaker(), track) != null) {
                throw new IllegalArgumentException("two loudness tracks for the " + track.speaker().id());
            }
        }
    }

    /**
     * The call's scorecard, not overridden.
     *
     * @param loudness at most one track per party; none, or only one party's, is fine: a
     *                 party without a track is judged on words and prompts only
     * @param rules    the rules in force (their concepts and raised-voice thresholds)
     */
    public static Scorecard score(CallRecord record, List<LoudnessTrack> loudness, RuleBook rules) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(rules, "rules");
        ScorecardRules judge = new ScorecardRules(record, loudness == null ? List.of() : loudness, rules);
        String id = record.call() == null ? null : record.call().id();
        return new Scorecard(id, List.of(judge.emotionalControl(), judge.urgency(), judge.options(),
                judge.information(), judge.empathy(), judge.nextStep(), judge.disclosure(), judge.compliance()));
    }

    private Row emotionalControl() {
        Element element = Element.EMOTIONAL_CONTROL;
        Optional<Row> lacking = lacking(element, "hostile");
        if (lacking.isPresent()) {
            return lacking.get();
        }
        List<Moment> prompts = prompts("emotional-control");
        List<Transcript.Hit> hostile = transcript.find("hostile", Speaker.AGENT);
        Optional<RuleBook.RaisedVoice> voice = rules.raisedVoice("emotional-control", Speaker.AGENT);
        Optional<List<LoudStretches.Stretch>> judged = loudStretches(Speaker.AGENT, voice);
        List<LoudStretches.Stretch> loud = judged.orElse(List.of());
        if (!prompts.isEmpty() || !hostile.isEmpty() || !loud.isEmpty()) {
            List<String> parts = new ArrayList<>();
            if (!prompts.isEmpty()) {
                parts.add(count(prompts.size(), "emotional-control prompt", "emotional-control prompts"));
            }
            if (!hostile.isEmpty()) {
                parts.add("hostile words (" + quote(hostile) + ")");
            }
            if (!loud.isEmpty()) {
                parts.add(count(loud.size(), "stretch", "stretches") + " of raised voice");
            }
            List<Moment> moments = new ArrayList<>(prompts);
            hostile.forEach(h -> moments.add(h.moment()));
            loud.forEach(s -> moments.add(loudHit(Speaker.AGENT, s).moment()));
            return Row.computed(element, Verdict.MISSED, String.join(", ", parts), sorted(moments));
        }
        boolean tracked = loudness.containsKey(Speaker.AGENT);
        if (!transcript.spoke(Speaker.AGENT) && !tracked) {
            return Row.computed(element, Verdict.NOT_APPLICABLE, "the agent said nothing", List.of());
        }
        String voiceReason = judged.isPresent()
                ? String.format(Locale.ROOT, ", voice never %s dB over the agent's median for %s s",
                        number(voice.get().overDb()), number(voice.get().seconds()))
                : !tracked ? ", voice not judged (no loudness track)"
                : voice.isEmpty() ? ", voice not judged (no raised-voice rule for the agent)"
                : ", voice not judged (less than " + number(voice.get().warmUpS()) + " s of the agent's voice)";
        return Row.computed(element, Verdict.MET, "no emotional-control prompt, no hostile words" + voiceReason,
                List.of());
    }

    private Row urgency() {
        Element element = Element.URGENCY;
        Optional<Row> lacking = lacking(element, "near-date", "deferral", "offer");
        if (lacking.isPresent()) {
            return lacking.get();
        }
        List<Transcript.Hit> agentDates = transcript.find("near-date", Speaker.AGENT);
        List<Transcript.Hit> callerDates = transcript.find("near-date", Speaker.CALLER);
        // "I'll call you back tomorrow" names a date: as the client-defers rule, 6 s either side.
        // Deferrals in words ("call you back") and in days that are not near ("next month").
        List<Transcript.Hit> said = new ArrayList<>(transcript.find("deferral", Speaker.CALLER));
        said.addAll(transcript.laterDays(Speaker.CALLER));
        said.sort(java.util.Comparator.comparingDouble(Transcript.Hit::start));
        List<Transcript.Hit> deferrals = said.stream()
                .filter(d -> callerDates.stream()
                        .noneMatch(n -> n.start() >= d.start() - 6 && n.start() <= d.end() + 6))
                .toList();
        List<Transcript.Hit> offers = transcript.find("offer", Speaker.AGENT);
        List<Transcript.Hit> undated = new ArrayList<>();
        deferrals.stream().filter(d -> agentDates.stream().noneMatch(
                n -> n.start() >= d.start() && n.start() <= d.end() + DATE_WITHIN_S)).forEach(undated::add);
        offers.stream().filter(o -> agentDates.stream().noneMatch(
                n -> n.start() >= o.start() - DATE_WITHIN_S && n.start() <= o.end() + DATE_WITHIN_S))
                .forEach(undated::add);
        if (!undated.isEmpty()) {
            List<Moment> moments = new ArrayList<>(prompts("urgency"));
            undated.forEach(h -> moments.add(h.moment()));
            return Row.computed(element, Verdict.MISSED, "no date within " + number(DATE_WITHIN_S) + " s of "
                    + describe(undated), sorted(moments));
        }
        if (!agentDates.isEmpty()) {
            String after = deferrals.isEmpty() && offers.isEmpty() ? "" : ", to every deferral and offer";
            return Row.computed(element, Verdict.MET, "the agent named a date (" + quote(agentDates) + ")" + after,
                    sorted(agentDates.stream().map(Transcript.Hit::moment).toList()));
        }
        return Row.computed(element, Verdict.NOT_APPLICABLE, "no deferral, no offer and no date: nothing to date",
                List.of());
    }

    private Row options() {
        Element element = Element.OPTIONS;
        Optional<Row> lacking = lacking(element, "options-framed", "option-item", "cannot-pay");
        if (lacking.isPresent()) {
            return lacking.get();
        }
        List<Transcript.Hit> items = transcript.find("option-item", Speaker.AGENT);
        for (int i = 0; i + TOO_MANY_OPTIONS - 1 < items.size(); i++) {
            List<Transcript.Hit> burst = items.subList(i, i + TOO_MANY_OPTIONS);
            if (burst.get(burst.size() - 1).end() - burst.get(0).end() <= OPTIONS_WITHIN_S) {
                List<Moment> moments = new ArrayList<>(prompts("options"));
                burst.forEach(h -> moments.add(h.moment()));
                return Row.computed(element, Verdict.MISSED, TOO_MANY_OPTIONS + " options within "
                        + number(OPTIONS_WITHIN_S) + " s (" + quote(burst) + "): more than three at once",
                        sorted(moments));
            }
        }
        List<Transcript.Hit> framed = transcript.find("options-framed", Speaker.AGENT);
        if (!framed.isEmpty()) {
            return Row.computed(element, Verdict.MET, "the agent framed options (" + quote(framed) + ")",
                    sorted(framed.stream().map(Transcript.Hit::moment).toList()));
        }
        List<Transcript.Hit> cannot = transcript.find("cannot-pay", Speaker.CALLER);
        if (!cannot.isEmpty()) {
            List<Moment> moments = new ArrayList<>(prompts("options"));
            cannot.forEach(h -> moments.add(h.moment()));
            return Row.computed(element, Verdict.MISSED, "the caller can't pay (" + quote(cannot)
                    + ") and no options were framed", sorted(moments));
        }
        return Row.computed(element, Verdict.NOT_APPLICABLE,
                "no options framed, and the caller never said they can't pay", List.of());
    }

    private Row information() {
        Element element = Element.INFORMATION;
        if (record.facts() == null || record.facts().isNull()) {
            return Row.computed(element, Verdict.NOT_APPLICABLE, "no account facts with the call", List.of());
        }
        List<FactMentions.Fact> facts = FactMentions.of(record.facts());
        if (facts.isEmpty()) {
            return Row.computed(element, Verdict.NOT_APPLICABLE, "the account facts hold no amount, date or invoice",
                    List.of());
        }
        List<Moment> moments = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        for (List<Word> words : transcript.wordsOf(Speaker.AGENT)) {
            for (FactMentions.Mention m : FactMentions.find(facts, words, transcript.language())) {
                moments.add(new Moment(m.start(), Speaker.AGENT, m.said() + " (" + String.join("; ", m.facts()) + ")",
                        Moment.Source.UTTERANCE));
                named.addAll(m.facts());
            }
        }
        if (!moments.isEmpty()) {
            List<String> some = named.stream().limit(3).toList();
            return Row.computed(element, Verdict.MET, "the agent named the account's " + String.join(", ", some)
                    + (named.size() > some.size() ? " and " + (named.size() - some.size()) + " more" : ""),
                    sorted(moments));
        }
        return Row.computed(element, Verdict.MISSED, "the agent named no amount, date or invoice of the account",
                sorted(prompts("dispute")));
    }

    private Row empathy() {
        Element element = Element.EMPATHY;
        Optional<Row> lacking = lacking(element, "hardship", "anger", "empathy-shown");
        if (lacking.isPresent()) {
            return lacking.get();
        }
        List<Transcript.Hit> expressed = new ArrayList<>(transcript.find("hardship", Speaker.CALLER));
        expressed.addAll(transcript.find("anger", Speaker.CALLER));
        for (LoudStretches.Stretch s : loudStretches(Speaker.CALLER, rules.raisedVoice("empathy", Speaker.CALLER))
                .orElse(List.of())) {
            expressed.add(loudHit(Speaker.CALLER, s));
        }
        if (expressed.isEmpty()) {
            return Row.computed(element, Verdict.NOT_APPLICABLE, "the caller told of no hardship and showed no anger",
                    List.of());
        }
        expressed.sort(Comparator.comparingDouble(Transcript.Hit::start));
        List<Transcript.Hit> acknowledged = transcript.find("empathy-shown", Speaker.AGENT);
        List<Transcript.Hit> ignored = expressed.stream().filter(e -> acknowledged.stream().noneMatch(
                a -> a.start() >= e.start() - EMPATHY_BEFORE_S && a.start() <= e.end() + EMPATHY_AFTER_S)).toList();
        if (!ignored.isEmpty()) {
            List<Moment> moments = new ArrayList<>(prompts("empathy"));
            ignored.forEach(h -> moments.add(h.moment()));
            return Row.computed(element, Verdict.MISSED, "not acknowledged: " + describe(ignored), sorted(moments));
        }
        List<Moment> moments = new ArrayList<>();
        expressed.forEach(h -> moments.add(h.moment()));
        acknowledged.forEach(h -> moments.add(h.moment()));
        return Row.computed(element, Verdict.MET, "acknowledged (" + quote(acknowledged) + "): "
                + describe(expressed), sorted(moments));
    }

    private Row nextStep() {
        Element element = Element.NEXT_STEP;
        Optional<Row> lacking = lacking(element, "near-date", "amount", "pay-channel", "dispute");
        if (lacking.isPresent()) {
            return lacking.get();
        }
        double from = transcript.end() - CLOSING_S;
        Map<String, List<Transcript.Hit>> agreed = new LinkedHashMap<>();
        for (String concept : List.of("near-date", "amount", "pay-channel")) {
            agreed.put(concept, transcript.find(concept, null).stream().filter(h -> h.start() >= from).toList());
        }
        List<Moment> moments = new ArrayList<>();
        agreed.values().forEach(hits -> hits.forEach(h -> moments.add(h.moment())));
        List<String> missing = agreed.entrySet().stream().filter(e -> e.getValue().isEmpty())
                .map(e -> switch (e.getKey()) {
                    case "near-date" -> "no date";
                    case "amount" -> "no amount";
                    default -> "no channel";
                }).toList();
        String window = "in the last " + number(CLOSING_S) + " s";
        if (missing.isEmpty()) {
            return Row.computed(element, Verdict.MET, "date, amount and channel said " + window + " ("
                    + quote(agreed.values().stream().map(hits -> hits.get(0)).toList()) + ")", sorted(moments));
        }
        List<Transcript.Hit> disputes = transcript.find("dispute", Speaker.CALLER);
        if (!disputes.isEmpty()) {
            return Row.computed(element, Verdict.NOT_APPLICABLE, "the caller disputes the debt (" + quote(disputes)
                    + "): the next step is checking it, not a payment",
                    sorted(disputes.stream().map(Transcript.Hit::moment).toList()));
        }
        moments.addAll(prompts("next-step"));
        return Row.computed(element, Verdict.MISSED, String.join(", ", missing) + " agreed " + window,
                sorted(moments));
    }

    private Row disclosure() {
        Element element = Element.DISCLOSURE;
        Optional<Row> lacking = lacking(element, "disclosure");
        if (lacking.isPresent()) {
            return lacking.get();
        }
        List<Transcript.Hit> said = transcript.find("disclosure", Speaker.AGENT);
        if (said.isEmpty()) {
            return Row.computed(element, Verdict.MISSED, "the agent never said the disclosure", List.of());
        }
        return Row.computed(element, Verdict.MET, "the agent said the disclosure (" + quote(said.subList(0, 1)) + ")",
                sorted(said.stream().map(Transcript.Hit::moment).toList()));
    }

    /** Pass, or breach at the moments the compliance rules raised an alert while the call was coached. */
    private Row compliance() {
        Element element = Element.COMPLIANCE;
        List<Moment> breaches = prompts(RuleBook.COMPLIANCE);
        if (breaches.isEmpty()) {
            return rules.raises(RuleBook.COMPLIANCE)
                    ? Row.computed(element, Verdict.MET, "pass: no compliance alert in the call", List.of())
                    : Row.computed(element, Verdict.NOT_APPLICABLE, "the rules in force have no compliance rule",
                            List.of());
        }
        List<String> rulesBroken = record.prompts().stream().filter(p -> p.kind().equals(RuleBook.COMPLIANCE))
                .map(Prompt::rule).distinct().toList();
        return Row.computed(element, Verdict.MISSED, "breach: " + count(breaches.size(), "alert", "alerts") + " ("
                + String.join(", ", rulesBroken) + ")", sorted(breaches));
    }

    /** A not-applicable row when the rules in force lack a concept the element is judged on. */
    private Optional<Row> lacking(Element element, String... concepts) {
        List<String> missing = Stream.of(concepts).filter(c -> !rules.hasConcept(c)).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Row.computed(element, Verdict.NOT_APPLICABLE, "the rules in force have no "
                + (missing.size() == 1 ? "concept " : "concepts ") + String.join(", ", missing), List.of()));
    }

    /** The party's raised-voice stretches; empty when not judged (no track, no rule, too little voice). */
    private Optional<List<LoudStretches.Stretch>> loudStretches(Speaker speaker,
            Optional<RuleBook.RaisedVoice> voice) {
        LoudnessTrack track = loudness.get(speaker);
        return track == null || voice.isEmpty() ? Optional.empty() : LoudStretches.find(track, voice.get());
    }

    private List<Moment> prompts(String kind) {
        return record.prompts().stream().filter(p -> p.kind().equals(kind))
                .map(p -> new Moment(p.at(), p.speaker(), p.rule() + ": " + evidence(p), Moment.Source.PROMPT))
                .toList();
    }

    private static String evidence(Prompt p) {
        return p.evidence() == null || p.evidence().isBlank() ? p.message() : p.evidence();
    }

    private static Transcript.Hit loudHit(Speaker speaker, LoudStretches.Stretch s) {
        return new Transcript.Hit(speaker, s.start(), s.end(), String.format(Locale.ROOT,
                "voice %.1f dB over the %s's median for %.1f s", s.overDb(), speaker.id(), s.end() - s.start()),
                Moment.Source.LOUDNESS);
    }

    private static List<Moment> sorted(List<Moment> moments) {
        return moments.stream().sorted(Comparator.comparingDouble(Moment::at)).toList();
    }

    /** "'next month' (caller), 'discount' (agent)". */
    private static String describe(List<Transcript.Hit> hits) {
        return String.join(", ", hits.stream().map(h -> "'" + h.text() + "' (" + h.speaker().id() + ")").toList());
    }

    private static String quote(List<Transcript.Hit> hits) {
        return String.join(", ", hits.stream().map(h -> "'" + h.text() + "'").distinct().toList());
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
