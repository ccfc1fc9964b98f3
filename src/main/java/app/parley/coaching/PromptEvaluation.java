package app.parley.coaching;

import app.parley.call.Prompt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Scores coaching against labelled calls: each label expects a prompt of a kind within a span
 * of call time; a prompt of that kind raised in the span matches it (each prompt matches one
 * label at most). Unmatched labels are misses, unmatched prompts false alarms. A call without
 * labels is a clean call, where any prompt is a false alarm.
 */
public final class PromptEvaluation {
    /** A prompt of {@code kind} expected between {@code from} and {@code to} (call seconds). */
    public record Expected(String kind, double from, double to) {
    }

    /** One call's result. */
    public record CallResult(String call, List<Expected> expected, List<Prompt> prompts, List<Expected> missed,
            List<Prompt> unexpected) {
        public boolean clean() {
            return expected.isEmpty();
        }

        public boolean perfect() {
            return missed.isEmpty() && unexpected.isEmpty();
        }
    }

    /** Figures for one kind over all calls. */
    public record KindFigures(String kind, int expected, int raised, int matched) {
        /** Share of the expected prompts that were raised; 1 when none were expected. */
        public double recall() {
            return expected == 0 ? 1.0 : matched / (double) expected;
        }

        /** Share of the raised prompts that were expected; 1 when none were raised. */
        public double precision() {
            return raised == 0 ? 1.0 : matched / (double) raised;
        }
    }

    /** Figures for one rule over all calls: its prompts, those that met a label, the rest. */
    public record RuleFigures(String rule, String kind, int raised, int matched) {
        public int falseAlarms() {
            return raised - matched;
        }
    }

    private final List<CallResult> calls = new ArrayList<>();

    /** Scores one call and keeps its result. */
    public CallResult add(String call, List<Expected> expected, List<Prompt> prompts) {
        List<Prompt> unmatched = new ArrayList<>(prompts);
        List<Expected> missed = new ArrayList<>();
        List<Expected> ordered = new ArrayList<>(expected);
        ordered.sort(Comparator.comparingDouble(Expected::from));
        for (Expected label : ordered) {
            Prompt match = unmatched.stream()
                    .filter(p -> p.kind().equals(label.kind()) && p.at() >= label.from() && p.at() <= label.to())
                    .min(Comparator.comparingDouble(Prompt::at)).orElse(null);
            if (match == null) {
                missed.add(label);
            } else {
                unmatched.remove(match);
            }
        }
        CallResult result = new CallResult(call, List.copyOf(expected), List.copyOf(prompts), List.copyOf(missed),
                List.copyOf(unmatched));
        calls.add(result);
        return result;
    }

    public List<CallResult> calls() {
        return List.copyOf(calls);
    }

    /** Figures per kind, for {@code kinds} and any other kind that was expected or raised. */
    public List<KindFigures> byKind(List<String> kinds) {
        TreeSet<String> others = new TreeSet<>();
        for (CallResult call : calls) {
            call.expected().forEach(e -> others.add(e.kind()));
            call.prompts().forEach(p -> others.add(p.kind()));
        }
        others.removeAll(kinds);
        Map<String, int[]> counts = new LinkedHashMap<>();
        kinds.forEach(k -> counts.put(k, new int[3]));
        others.forEach(k -> counts.put(k, new int[3]));
        for (CallResult call : calls) {
            call.expected().forEach(e -> counts.get(e.kind())[0]++);
            call.prompts().forEach(p -> counts.get(p.kind())[1]++);
            call.expected().forEach(e -> counts.get(e.kind())[2]++);
            call.missed().forEach(e -> counts.get(e.kind())[2]--);
        }
        List<KindFigures> figures = new ArrayList<>();
        counts.forEach((kind, c) -> figures.add(new KindFigures(kind, c[0], c[1], c[2])));
        return figures;
    }

    /** Figures per rule that raised a prompt, by name. (A miss belongs to no rule: it is counted by kind.) */
    public List<RuleFigures> byRule() {
        Map<String, int[]> counts = new java.util.TreeMap<>();
        Map<String, String> kinds = new java.util.HashMap<>();
        for (CallResult call : calls) {
            for (Prompt p : call.prompts()) {
                kinds.put(p.rule(), p.kind());
                counts.computeIfAbsent(p.rule(), r -> new int[2])[0]++;
            }
            for (Prompt p : call.prompts()) {
                if (!call.unexpected().contains(p)) {
                    counts.get(p.rule())[1]++;
                }
            }
        }
        List<RuleFigures> figures = new ArrayList<>();
        counts.forEach((rule, c) -> figures.add(new RuleFigures(rule, kinds.get(rule), c[0], c[1])));
        return figures;
    }

    public long cleanCalls() {
        return calls.stream().filter(CallResult::clean).count();
    }

    public long promptsOnCleanCalls() {
        return calls.stream().filter(CallResult::clean).mapToLong(c -> c.prompts().size()).sum();
    }
}
