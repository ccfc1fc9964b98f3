package app.parley.effectiveness;

import app.parley.call.CallRecord;
import app.parley.call.LoudnessTrack;
import app.parley.call.Prompt;
import app.parley.call.PromptFeedback;
import app.parley.coaching.RuleBook;
import app.parley.effectiveness.EffectivenessReport.Figure;
import app.parley.effectiveness.EffectivenessReport.Figures;
import app.parley.effectiveness.EffectivenessReport.PromptAt;
import app.parley.effectiveness.EffectivenessReport.RuleRow;
import app.parley.effectiveness.EffectivenessReport.WeekRow;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Counts, call by call, how each rule's live prompts fared: fired, marked helpful or dismissed
 * by the agent (their newest word on the prompt), and followed within 30 s ({@link Followed}),
 * per team of the call's agent and per ISO week of the call's start. Pure: the calls, the
 * agents' teams, the rules that read dates and options, and the zone that dates a call are given.
 */
public final class Effectiveness {
    /** How many prompts each figure lists (its count covers them all). */
    public static final int LISTED = 20;

    private final RuleBook book;
    private final ZoneId zone;
    private final Function<String, Set<String>> teamsOf;
    private final String onlyTeam;
    private final Map<Key, Row> rows = new HashMap<>();
    private final Set<String> teams = new TreeSet<>();
    private int calls;

    private record Key(String rule, String team) {
    }

    /**
     * {@code teamsOf}: the teams of an agent id (empty for none); {@code onlyTeam}: rows of this
     * team only, or null for every team and {@link EffectivenessReport#ALL_TEAMS}.
     */
    public Effectiveness(RuleBook book, ZoneId zone, Function<String, Set<String>> teamsOf, String onlyTeam) {
        this.book = book;
        this.zone = zone;
        this.teamsOf = teamsOf;
        this.onlyTeam = onlyTeam;
    }

    public void add(CallRecord record, List<LoudnessTrack> loudness) {
        calls++;
        LocalDate day = LocalDate.ofInstant(record.call().startedAt(), zone);
        String week = String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        Set<String> callTeams = new LinkedHashSet<>();
        String agent = record.call().agent();
        Set<String> agentTeams = agent == null ? Set.of() : teamsOf.apply(agent);
        if (onlyTeam == null) {
            callTeams.add(EffectivenessReport.ALL_TEAMS);
            callTeams.addAll(agentTeams.isEmpty() ? Set.of(EffectivenessReport.NO_TEAM) : agentTeams);
        } else if (agentTeams.contains(onlyTeam)) {
            callTeams.add(onlyTeam);
        }
        callTeams.stream().filter(t -> !t.equals(EffectivenessReport.ALL_TEAMS)).forEach(teams::add);
        Map<Integer, String> verdicts = new HashMap<>();
        for (PromptFeedback f : record.promptFeedback()) {
            verdicts.put(f.prompt(), f.verdict()); // oldest first: the newest word stands
        }
        List<Prompt> prompts = record.prompts();
        for (int i = 0; i < prompts.size(); i++) {
            Prompt prompt = prompts.get(i);
            Outcome outcome = new Outcome(new PromptAt(record.call().id(), prompt.at()), verdicts.get(i),
                    Followed.judge(prompt, record, loudness, book, day));
            for (String team : callTeams) {
                Row row = rows.computeIfAbsent(new Key(prompt.rule(), team), k -> new Row(prompt.kind()));
                row.total.add(outcome);
                row.weeks.computeIfAbsent(week, w -> new Tallies()).add(outcome);
            }
        }
    }

    public EffectivenessReport result() {
        List<RuleRow> out = new ArrayList<>();
        rows.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Key, Row> e) -> e.getKey().rule())
                        .thenComparing(e -> e.getKey().team().equals(EffectivenessReport.ALL_TEAMS) ? "" : "~" + e.getKey().team()))
                .forEach(e -> {
                    Row row = e.getValue();
                    boolean measured = row.total.measured;
                    List<WeekRow> weeks = row.weeks.entrySet().stream()
                            .map(w -> new WeekRow(w.getKey(), w.getValue().figures(measured))).toList();
                    out.add(new RuleRow(e.getKey().rule(), row.kind, e.getKey().team(), row.total.figures(measured), weeks));
                });
        return new EffectivenessReport(calls, false, List.of(), List.copyOf(teams), out);
    }

    private record Outcome(PromptAt prompt, String verdict, Optional<Boolean> followed) {
    }

    private static final class Row {
        final String kind;
        final Tallies total = new Tallies();
        final TreeMap<String, Tallies> weeks = new TreeMap<>();

        Row(String kind) {
            this.kind = kind;
        }
    }

    private static final class Tallies {
        final Tally fired = new Tally();
        final Tally helpful = new Tally();
        final Tally dismissed = new Tally();
        final Tally followed = new Tally();
        final Tally notFollowed = new Tally();
        boolean measured;

        void add(Outcome o) {
            fired.add(o.prompt());
            if ("helpful".equals(o.verdict())) {
                helpful.add(o.prompt());
            } else if ("dismissed".equals(o.verdict())) {
                dismissed.add(o.prompt());
            }
            o.followed().ifPresent(did -> {
                measured = true;
                (did ? followed : notFollowed).add(o.prompt());
            });
        }

        Figures figures(boolean measured) {
            int judged = followed.count + notFollowed.count;
            return new Figures(fired.figure(), helpful.figure(), dismissed.figure(),
                    measured ? followed.figure() : null, measured ? notFollowed.figure() : null,
                    rate(helpful.count, fired.count), rate(dismissed.count, fired.count),
                    measured ? rate(followed.count, judged) : null);
        }

        private static Double rate(int part, int whole) {
            return whole == 0 ? null : (double) part / whole;
        }
    }

    private static final class Tally {
        int count;
        final Set<String> calls = new HashSet<>();
        final List<PromptAt> listed = new ArrayList<>();

        void add(PromptAt prompt) {
            count++;
            calls.add(prompt.callId());
            if (listed.size() < LISTED) {
                listed.add(prompt);
            }
        }

        Figure figure() {
            return new Figure(count, calls.size(), List.copyOf(listed));
        }
    }
}
