package app.parley.coaching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two rules files, rule by rule: rules added, removed and changed, and for
 * a changed rule the fields that changed ({@code cooldown} 30 s → 45 s) and the changes to the
 * concepts it says ({@code deferral}: phrases added and removed). Read from the YAML of both,
 * so comments, order and layout are no change; pure.
 */
public final class RulesDiff {
    /** How a rule or concept differs. */
    public enum Change { ADDED, REMOVED, CHANGED }

    /**
     * One field that differs: its path ({@code severity}, {@code loud.for},
     * {@code unless[1].within}, {@code phrases}), its text before and after (null where absent),
     * and, for a list of plain values, the items added and removed.
     */
    public record FieldChange(String field, String before, String after, List<String> added, List<String> removed) {
    }

    /** A concept that differs, and the rules (of either file) that say it. */
    public record ConceptChange(String name, Change change, List<FieldChange> fields, List<String> usedBy) {
    }

    /**
     * A rule that differs: added, removed, or changed in its own fields or through a concept it
     * says (then {@code fields} may be empty and {@code concepts} names what changed there).
     */
    public record RuleChange(String name, Change change, List<FieldChange> fields, List<ConceptChange> concepts) {
    }

    /** The whole difference; {@code unchangedRules} counts the rules alike in both. */
    public record Result(List<RuleChange> rules, List<ConceptChange> concepts, List<FieldChange> settings,
            List<FieldChange> language, int unchangedRules) {
        public boolean isEmpty() {
            return rules.isEmpty() && concepts.isEmpty() && settings.isEmpty() && language.isEmpty();
        }
    }

    private RulesDiff() {
    }

    /**
     * The difference from {@code before} to {@code after}.
     *
     * @throws RuleBookException when either is not YAML (the error names the line); a file that
     *         parses but breaks rules is compared as written
     */
    public static Result between(String before, String after) throws RuleBookException {
        Sections old = Sections.read(before, "the earlier rules");
        Sections now = Sections.read(after, "the later rules");

        List<ConceptChange> concepts = new ArrayList<>();
        Map<String, ConceptChange> conceptsByName = new LinkedHashMap<>();
        for (String name : union(old.concepts.keySet(), now.concepts.keySet())) {
            YamlTree.Node a = old.concepts.get(name);
            YamlTree.Node b = now.concepts.get(name);
            Change change = a == null ? Change.ADDED : b == null ? Change.REMOVED : Change.CHANGED;
            List<FieldChange> fields = fields(a, b);
            if (change == Change.CHANGED && fields.isEmpty()) {
                continue;
            }
            List<String> usedBy = new ArrayList<>(union(old.usedBy(name), now.usedBy(name)));
            ConceptChange c = new ConceptChange(name, change, fields, List.copyOf(usedBy));
            concepts.add(c);
            conceptsByName.put(name, c);
        }

        List<RuleChange> rules = new ArrayList<>();
        int unchanged = 0;
        for (String name : union(old.rules.keySet(), now.rules.keySet())) {
            YamlTree.Node a = old.rules.get(name);
            YamlTree.Node b = now.rules.get(name);
            if (a == null || b == null) {
                rules.add(new RuleChange(name, a == null ? Change.ADDED : Change.REMOVED, fields(a, b), List.of()));
                continue;
            }
            List<FieldChange> fields = fields(a, b);
            List<ConceptChange> through = union(RuleFields.conceptsUsed(a), RuleFields.conceptsUsed(b)).stream()
                    .map(conceptsByName::get).filter(Objects::nonNull).toList();
            if (fields.isEmpty() && through.isEmpty()) {
                unchanged++;
            } else {
                rules.add(new RuleChange(name, Change.CHANGED, fields, through));
            }
        }
        return new Result(List.copyOf(rules), List.copyOf(concepts), fields(old.settings, now.settings),
                fields(old.language, now.language), unchanged);
    }

    /** The fields that differ between two nodes (either may be null: all its fields added or removed). */
    private static List<FieldChange> fields(YamlTree.Node before, YamlTree.Node after) {
        Map<String, RuleFields.Value> a = before == null ? Map.of() : RuleFields.of(before);
        Map<String, RuleFields.Value> b = after == null ? Map.of() : RuleFields.of(after);
        List<FieldChange> changes = new ArrayList<>();
        for (String field : union(a.keySet(), b.keySet())) {
            RuleFields.Value x = a.get(field);
            RuleFields.Value y = b.get(field);
            if (Objects.equals(x, y)) {
                continue;
            }
            if ((x == null || x.isList()) && (y == null || y.isList())) {
                List<String> was = x == null ? List.of() : x.items();
                List<String> is = y == null ? List.of() : y.items();
                List<String> added = is.stream().filter(item -> !was.contains(item)).distinct().toList();
                List<String> removed = was.stream().filter(item -> !is.contains(item)).distinct().toList();
                if (added.isEmpty() && removed.isEmpty() && x != null && y != null) {
                    // The same items in another order: no change to what matches.
                    continue;
                }
                changes.add(new FieldChange(field, text(x), text(y), added, removed));
            } else {
                changes.add(new FieldChange(field, text(x), text(y), List.of(), List.of()));
            }
        }
        return changes;
    }

    private static String text(RuleFields.Value value) {
        if (value == null) {
            return null;
        }
        return value.isList() ? "[" + String.join(", ", value.items()) + "]" : value.text();
    }

    private static List<String> union(java.util.Collection<String> a, java.util.Collection<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** The parts of one file compared: rules by name, concepts by name, the settings and the language. */
    private record Sections(Map<String, YamlTree.Node> rules, Map<String, YamlTree.Node> concepts,
            YamlTree.Node settings, YamlTree.Node language) {

        static Sections read(String text, String what) throws RuleBookException {
            YamlTree tree;
            try {
                tree = YamlTree.parse(text);
            } catch (YamlTree.SyntaxError e) {
                throw new RuleBookException(what, List.of(new RuleError(e.line, null, null, null, e.getMessage())));
            }
            if (tree.root.type != YamlTree.Type.MAP) {
                throw new RuleBookException(what, List.of(new RuleError(tree.root.line, null, null, null,
                        "expected a mapping with concepts and rules, got " + tree.root.describe())));
            }
            Map<String, YamlTree.Node> rules = new LinkedHashMap<>();
            YamlTree.Node list = tree.root.map.get("rules");
            if (list != null && list.type == YamlTree.Type.LIST) {
                int index = 0;
                for (YamlTree.Node rule : list.list) {
                    index++;
                    YamlTree.Node name = rule.type == YamlTree.Type.MAP ? rule.map.get("name") : null;
                    rules.putIfAbsent(name != null && name.type == YamlTree.Type.SCALAR ? name.text : "#" + index, rule);
                }
            }
            Map<String, YamlTree.Node> concepts = new LinkedHashMap<>();
            YamlTree.Node map = tree.root.map.get("concepts");
            if (map != null && map.type == YamlTree.Type.MAP) {
                concepts.putAll(map.map);
            }
            return new Sections(rules, concepts, tree.root.map.get("settings"), wrap("language", tree.root.map.get("language")));
        }

        /** The rules of this file that say {@code concept}. */
        List<String> usedBy(String concept) {
            return rules.entrySet().stream().filter(e -> RuleFields.conceptsUsed(e.getValue()).contains(concept))
                    .map(Map.Entry::getKey).toList();
        }

        /** A top-level scalar as a one-field mapping, so it is compared like the settings. */
        private static YamlTree.Node wrap(String key, YamlTree.Node value) {
            if (value == null) {
                return null;
            }
            YamlTree.Node node = new YamlTree.Node(YamlTree.Type.MAP, value.line, null, null);
            node.map.put(key, value);
            return node;
        }
    }
}
