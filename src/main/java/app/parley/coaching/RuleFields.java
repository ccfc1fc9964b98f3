package app.parley.coaching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule's or a concept's fields as written, flattened to paths ({@code loud.for},
 * {@code unless[1].within}) so two versions can be compared field by field. A list of plain
 * values (phrases, {@code said: [a, b]}) stays one field, compared as a set.
 */
final class RuleFields {
    /** One field: its text, or its items when it is a list of plain values. */
    record Value(String text, List<String> items) {
        boolean isList() {
            return items != null;
        }
    }

    private RuleFields() {
    }

    static Map<String, Value> of(YamlTree.Node node) {
        Map<String, Value> fields = new LinkedHashMap<>();
        flatten("", node, fields);
        return fields;
    }

    private static void flatten(String path, YamlTree.Node node, Map<String, Value> out) {
        switch (node.type) {
            case MAP -> node.map.forEach((key, value) -> flatten(path.isEmpty() ? key : path + "." + key, value, out));
            case LIST -> {
                if (node.list.stream().allMatch(item -> item.type == YamlTree.Type.SCALAR)) {
                    out.put(path, new Value(null, node.list.stream().map(item -> item.text).toList()));
                } else {
                    for (int i = 0; i < node.list.size(); i++) {
                        flatten(path + "[" + (i + 1) + "]", node.list.get(i), out);
                    }
                }
            }
            case SCALAR -> out.put(path, new Value(node.text, null));
            case NULL -> out.put(path, new Value("", null));
        }
    }

    /** A node in one line, as YAML's flow style would write it: for summaries. */
    static String flow(YamlTree.Node node) {
        return switch (node.type) {
            case SCALAR -> node.text;
            case NULL -> "";
            case LIST -> {
                List<String> items = new ArrayList<>();
                node.list.forEach(item -> items.add(flow(item)));
                yield "[" + String.join(", ", items) + "]";
            }
            case MAP -> {
                List<String> items = new ArrayList<>();
                node.map.forEach((key, value) -> items.add(key + ": " + flow(value)));
                yield "{" + String.join(", ", items) + "}";
            }
        };
    }

    /** The concepts a rule refers to by {@code said}, as its trigger or in its conditions, in order. */
    static List<String> conceptsUsed(YamlTree.Node rule) {
        List<String> found = new ArrayList<>();
        collectSaid(rule, found);
        return found.stream().distinct().toList();
    }

    private static void collectSaid(YamlTree.Node node, List<String> found) {
        if (node.type == YamlTree.Type.MAP) {
            node.map.forEach((key, value) -> {
                if (key.equals("said")) {
                    if (value.type == YamlTree.Type.SCALAR) {
                        found.add(value.text.trim());
                    } else if (value.type == YamlTree.Type.LIST) {
                        value.list.stream().filter(item -> item.type == YamlTree.Type.SCALAR)
                                .forEach(item -> found.add(item.text.trim()));
                    }
                } else {
                    collectSaid(value, found);
                }
            });
        } else if (node.type == YamlTree.Type.LIST) {
            node.list.forEach(item -> collectSaid(item, found));
        }
    }
}
