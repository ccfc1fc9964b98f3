package app.parley.coaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules of a file as an editor lists them: every rule written, enabled or not, valid or not,
 * with the lines it spans. Read from the YAML alone, so a draft with errors still has its list.
 */
public final class RulesOutline {
    private static final List<String> TRIGGERS = List.of("said", "date", "options", "loud", "overlap", "rate", "contact");

    /**
     * One rule as written: {@code trigger} is its trigger in one line ("said: deferral"),
     * {@code cooldown} as written (empty when it takes the file's default); {@code line} is where
     * the rule starts and {@code lastLine} where the next one begins, less one.
     */
    public record Entry(String name, String kind, String severity, String speaker, String trigger, String cooldown,
            boolean enabled, List<String> concepts, int line, int lastLine) {
    }

    private RulesOutline() {
    }

    /** The rules of {@code text}; none when it is not YAML or has no list of rules. */
    public static List<Entry> of(String text) {
        YamlTree tree;
        try {
            tree = YamlTree.parse(text);
        } catch (YamlTree.SyntaxError e) {
            return List.of();
        }
        YamlTree.Node rules = tree.root.type == YamlTree.Type.MAP ? tree.root.map.get("rules") : null;
        if (rules == null || rules.type != YamlTree.Type.LIST) {
            return List.of();
        }
        int lines = (int) text.lines().count();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < rules.list.size(); i++) {
            YamlTree.Node rule = rules.list.get(i);
            int lastLine = i + 1 < rules.list.size() ? rules.list.get(i + 1).line - 1 : Math.max(rule.line, lastLine(rule));
            entries.add(entry(rule, i + 1, Math.min(lastLine, Math.max(lines, rule.line))));
        }
        return entries;
    }

    private static Entry entry(YamlTree.Node rule, int index, int lastLine) {
        if (rule.type != YamlTree.Type.MAP) {
            return new Entry("#" + index, "", "", "", "", "", true, List.of(), rule.line, lastLine);
        }
        Map<String, YamlTree.Node> f = rule.map;
        String trigger = TRIGGERS.stream().filter(f::containsKey).findFirst()
                .map(key -> key + ": " + RuleFields.flow(f.get(key))).orElse("");
        YamlTree.Node enabled = f.get("enabled");
        return new Entry(text(f, "name", "#" + index), text(f, "kind", ""), text(f, "severity", "warn"),
                text(f, "speaker", ""), trigger, text(f, "cooldown", ""),
                enabled == null || !"false".equalsIgnoreCase(enabled.text), RuleFields.conceptsUsed(rule), rule.line,
                lastLine);
    }

    private static String text(Map<String, YamlTree.Node> fields, String key, String otherwise) {
        YamlTree.Node node = fields.get(key);
        return node == null || node.type != YamlTree.Type.SCALAR ? otherwise : node.text;
    }

    private static int lastLine(YamlTree.Node node) {
        int last = node.line;
        for (YamlTree.Node child : node.map.values()) {
            last = Math.max(last, lastLine(child));
        }
        for (int keyLine : node.keyLines.values()) {
            last = Math.max(last, keyLine);
        }
        for (YamlTree.Node child : node.list) {
            last = Math.max(last, lastLine(child));
        }
        return last;
    }
}
