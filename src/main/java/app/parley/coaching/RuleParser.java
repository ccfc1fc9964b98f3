package app.parley.coaching;

import app.parley.call.Prompt;
import app.parley.call.Speaker;
import app.parley.meaning.DateMention;
import app.parley.meaning.Intent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and validates a rules file. Every problem is collected with its line, rule or concept
 * and field; the file is accepted only when there are none.
 */
final class RuleParser {
    static final List<String> KINDS = List.of("urgency", "options", "emotional-control", "dispute", "empathy",
            "next-step", "firmness", "compliance");
    static final List<String> LANGUAGES = List.of("en", "es");

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern DURATION = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(ms|milliseconds?|s|sec|seconds?|min|minutes?)");
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*([a-zA-Z%]*)");
    private static final double MAX_WINDOW = 3600;
    private static final Pattern DAYS = Pattern.compile("(\\d+)\\s*(days?|weeks?)");

    private final String source;
    /** The language the rules must be for, or null for any. */
    private final String expectedLanguage;
    private final List<RuleError> errors = new ArrayList<>();

    private RuleParser(String source, String expectedLanguage) {
        this.source = source;
        this.expectedLanguage = expectedLanguage;
    }

    static RuleBook parse(String text, String source) throws RuleBookException {
        return new RuleParser(source, null).read(text);
    }

    /** Also requires the rules to be written for {@code language} (the speech model's). */
    static RuleBook parse(String text, String source, String language) throws RuleBookException {
        return new RuleParser(source, language).read(text);
    }

    private RuleBook read(String text) throws RuleBookException {
        YamlTree tree;
        try {
            tree = YamlTree.parse(text);
        } catch (YamlTree.SyntaxError e) {
            throw new RuleBookException(source, List.of(new RuleError(e.line, null, null, null, e.getMessage())));
        }
        tree.problems.forEach(p -> errors.add(new RuleError(p.line(), null, null, null, p.message())));
        if (tree.root.type != YamlTree.Type.MAP) {
            errors.add(new RuleError(tree.root.line, null, null, null,
                    "expected a mapping with concepts and rules, got " + tree.root.describe()));
            throw new RuleBookException(source, errors);
        }
        Fields top = new Fields(tree.root, null, null);
        String fallbackLanguage = expectedLanguage == null ? "en" : expectedLanguage;
        String language = top.has("language") ? top.oneOf("language", LANGUAGES) : fallbackLanguage;
        if (language != null && expectedLanguage != null && !language.equals(expectedLanguage)) {
            top.error("language", "these rules are for '" + language + "' but speech.language is '"
                    + expectedLanguage + "': their phrases would never match what the recogniser hears");
        }
        language = language == null ? fallbackLanguage : language;
        Settings settings = top.has("settings") ? settings(top.node("settings")) : Settings.DEFAULTS;
        Map<String, Concept> concepts = top.has("concepts") ? concepts(top.node("concepts"), language) : Map.of();
        if (!top.has("concepts")) {
            top.error(null, "the file needs a 'concepts' section (named phrase lists)");
        }
        List<Rule> rules = new ArrayList<>();
        if (top.has("rules")) {
            rules = rules(top.node("rules"), concepts, settings);
        } else {
            top.error(null, "the file needs a 'rules' section (a list of rules)");
        }
        top.rejectOthers("language", "settings", "concepts", "rules");
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
            throw new RuleBookException(source, errors);
        }
        return new RuleBook(text, source, language, settings, concepts, rules);
    }

    private Settings settings(YamlTree.Node node) {
        Fields f = new Fields(node, null, null);
        if (!f.isMap("settings")) {
            return Settings.DEFAULTS;
        }
        Settings d = Settings.DEFAULTS;
        if (f.has("kind_cooldown")) {
            f.error("kind_cooldown", "replaced by 'situation_cooldown': a cooldown now stops repeats of the same "
                    + "situation (a rule's 'situation', its name by default), not every prompt of a kind");
        }
        Settings settings = new Settings(
                f.seconds("cooldown", 0, MAX_WINDOW, d.cooldown()),
                f.seconds("situation_cooldown", 0, MAX_WINDOW, d.situationCooldown()),
                f.has("max_per_minute") ? f.integer("max_per_minute", 1, 60) : d.maxPerMinute(),
                f.seconds("partial_settle", 0, 5, d.partialSettle()),
                f.seconds("baseline_warm_up", 1, 120, d.baselineWarmUp()),
                f.has("near_date") ? f.days("near_date", 0, 60) : d.nearDays());
        f.rejectOthers("cooldown", "kind_cooldown", "situation_cooldown", "max_per_minute", "partial_settle",
                "baseline_warm_up", "near_date");
        return settings;
    }

    private Map<String, Concept> concepts(YamlTree.Node node, String language) {
        Map<String, Concept> concepts = new LinkedHashMap<>();
        if (node.type != YamlTree.Type.MAP) {
            errors.add(new RuleError(node.line, null, null, "concepts",
                    "expected a mapping of concept names to their phrases, got " + node.describe()));
            return concepts;
        }
        for (Map.Entry<String, YamlTree.Node> entry : node.map.entrySet()) {
            String name = entry.getKey();
            int line = node.keyLines.get(name);
            if (!NAME.matcher(name).matches()) {
                errors.add(new RuleError(line, null, name, null,
                        "a concept name is lower-case words joined by '-' (like 'near-date')"));
            }
            Fields f = new Fields(entry.getValue(), null, name);
            if (!f.isMap(null)) {
                continue;
            }
            List<List<String>> phrases = new ArrayList<>();
            List<Intent> understands = new ArrayList<>();
            if (f.has("understands")) {
                YamlTree.Node intents = f.node("understands");
                for (YamlTree.Node item : intents.type == YamlTree.Type.LIST ? intents.list : List.of(intents)) {
                    if (item.type != YamlTree.Type.SCALAR) {
                        errors.add(new RuleError(item.line, null, name, "understands",
                                "name what Parley understands as plain text, got " + item.describe()));
                        continue;
                    }
                    String id = item.text.trim();
                    Intent intent = Intent.byId(id).orElse(null);
                    if (intent == null) {
                        errors.add(new RuleError(item.line, null, name, "understands", "'" + id
                                + "' is not something Parley understands; one of " + String.join(", ", Intent.ids())));
                    } else {
                        understands.add(intent);
                    }
                }
            }
            if (!f.has("phrases")) {
                f.error(null, "a concept needs 'phrases', a list of words or phrases");
            } else {
                YamlTree.Node list = f.node("phrases");
                if (list.type != YamlTree.Type.LIST || list.list.isEmpty()) {
                    f.error("phrases", "expected a non-empty list of phrases, got " + list.describe());
                } else {
                    Set<List<String>> seen = new HashSet<>();
                    for (YamlTree.Node phrase : list.list) {
                        if (phrase.type != YamlTree.Type.SCALAR) {
                            errors.add(new RuleError(phrase.line, null, name, "phrases",
                                    "each phrase is plain text, got " + phrase.describe()));
                            continue;
                        }
                        List<String> tokens = Text.tokens(phrase.text);
                        if (tokens.isEmpty()) {
                            errors.add(new RuleError(phrase.line, null, name, "phrases",
                                    "phrase '" + phrase.text + "' has no words"));
                        } else if (!seen.add(tokens)) {
                            errors.add(new RuleError(phrase.line, null, name, "phrases",
                                    "phrase '" + phrase.text + "' is listed twice"));
                        } else {
                            phrases.add(List.copyOf(tokens));
                        }
                    }
                }
            }
            String description = f.has("description") ? f.text("description") : "";
            boolean fuzzy = !f.has("fuzzy") || f.bool("fuzzy");
            boolean keepNegated = f.has("negation") && "keep".equals(f.oneOf("negation", List.of("drop", "keep")));
            f.rejectOthers("phrases", "description", "fuzzy", "negation", "understands");
            concepts.put(name, new Concept(name, description, List.copyOf(phrases), fuzzy, language, keepNegated,
                    List.copyOf(understands)));
        }
        if (concepts.isEmpty()) {
            errors.add(new RuleError(node.line, null, null, "concepts", "no concepts defined"));
        }
        return concepts;
    }

    private List<Rule> rules(YamlTree.Node node, Map<String, Concept> concepts, Settings settings) {
        List<Rule> rules = new ArrayList<>();
        if (node.type != YamlTree.Type.LIST) {
            errors.add(new RuleError(node.line, null, null, "rules", "expected a list of rules, got " + node.describe()));
            return rules;
        }
        Map<String, Integer> names = new LinkedHashMap<>();
        int index = 0;
        for (YamlTree.Node item : node.list) {
            index++;
            String name = "#" + index;
            YamlTree.Node nameNode = item.type == YamlTree.Type.MAP ? item.map.get("name") : null;
            if (nameNode != null && nameNode.type == YamlTree.Type.SCALAR) {
                name = nameNode.text;
            }
            Rule rule = rule(item, name, concepts, settings);
            if (nameNode != null && names.containsKey(name)) {
                errors.add(new RuleError(nameNode.line, name, null, "name",
                        "another rule has this name (line " + names.get(name) + ")"));
            } else if (nameNode != null) {
                names.put(name, nameNode.line);
            }
            if (rule != null) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private static final Set<String> TRIGGERS = Set.of("said", "date", "options", "loud", "overlap", "rate", "contact");
    private static final Pattern HOURS = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})");

    private Rule rule(YamlTree.Node node, String name, Map<String, Concept> concepts, Settings settings) {
        Fields f = new Fields(node, name, null);
        if (!f.isMap(null)) {
            return null;
        }
        int before = errors.size();
        if (!f.has("name")) {
            f.error(null, "a rule needs a 'name'");
        } else if (f.text("name") != null && !NAME.matcher(f.text("name")).matches()) {
            f.error("name", "a rule name is lower-case words joined by '-' (like 'client-defers')");
        }
        String kind = f.required("kind") ? f.oneOf("kind", KINDS) : null;
        Prompt.Severity severity = Prompt.Severity.WARN;
        if (f.has("severity")) {
            String id = f.oneOf("severity", List.of("info", "warn", "alert"));
            severity = id == null ? severity : Prompt.Severity.of(id);
        }
        Speaker speaker = null;
        if (f.required("speaker")) {
            String id = f.oneOf("speaker", List.of("agent", "caller"));
            speaker = id == null ? null : Speaker.of(id);
        }
        List<String> triggers = TRIGGERS.stream().filter(f::has).sorted().toList();
        Rule.Trigger trigger = null;
        if (triggers.size() != 1) {
            f.error(triggers.isEmpty() ? null : triggers.get(1), triggers.isEmpty()
                    ? "a rule needs one trigger: 'said' (a concept), 'date', 'options', 'loud', 'overlap', 'rate' "
                            + "or 'contact'"
                    : "a rule has one trigger; this one has " + String.join(" and ", triggers));
        } else {
            trigger = switch (triggers.get(0)) {
                case "said" -> said(f, concepts);
                case "date" -> dated(f, "date");
                case "options" -> optionsLaidOut(f);
                case "loud" -> loud(f);
                case "overlap" -> overlap(f);
                case "contact" -> contact(f);
                default -> rate(f);
            };
        }
        // By the trigger written, not the one parsed: an unknown concept leaves no Said, and is reported once.
        if (!triggers.equals(List.of("said"))) {
            for (String field : List.of("at_least", "within")) {
                if (f.has(field)) {
                    f.error(field, "'" + field + "' counts what was said: it goes with a 'said' trigger");
                }
            }
        }
        String situation = name;
        if (f.has("situation")) {
            String text = f.text("situation");
            if (text != null && !NAME.matcher(text.trim()).matches()) {
                f.error("situation", "a situation is lower-case words joined by '-' (like 'client-upset')");
            } else if (text != null) {
                situation = text.trim();
            }
        }
        double wait = f.seconds("wait", 0, 30, 0);
        List<Rule.Condition> unless = f.has("unless") ? conditions(f, "unless", concepts) : List.of();
        List<Rule.Condition> requires = f.has("requires") ? conditions(f, "requires", concepts) : List.of();
        double cooldown = f.seconds("cooldown", 0, MAX_WINDOW, settings.cooldown());
        int maxPerCall = f.has("max_per_call") ? f.integer("max_per_call", 1, 1000) : Integer.MAX_VALUE;
        boolean enabled = !f.has("enabled") || f.bool("enabled");
        Template message = f.required("message") ? template(f, "message") : null;
        Template fallback = f.has("fallback") ? template(f, "fallback") : null;
        if (message != null && message.usesFacts() && fallback == null) {
            f.error("message", "the message uses the facts, so the rule needs a 'fallback' message for calls "
                    + "without them");
        }
        if (fallback != null && fallback.usesFacts()) {
            f.error("fallback", "the fallback is shown when facts are missing: it cannot use {placeholders}");
        }
        if (fallback != null && message != null && !message.usesFacts()) {
            f.error("fallback", "the message uses no facts, so the fallback would never be shown");
        }
        if (trigger instanceof Rule.Contact) {
            for (String field : List.of("wait", "unless", "requires")) {
                if (f.has(field)) {
                    f.error(field, "a 'contact' rule is judged once, as the call connects, on no words: '" + field
                            + "' has nothing to wait for or look at");
                }
            }
        }
        f.rejectOthers("name", "kind", "situation", "severity", "speaker", "said", "at_least", "within", "date",
                "options", "loud", "overlap", "rate", "contact", "wait", "unless", "requires", "cooldown", "max_per_call",
                "enabled", "message", "fallback", "description");
        if (errors.size() > before || !enabled) {
            return null;
        }
        return new Rule(name, kind, situation, severity, speaker, trigger, wait, unless, requires, cooldown, maxPerCall,
                message, fallback, node.line);
    }

    private Rule.Trigger said(Fields f, Map<String, Concept> concepts) {
        String concept = f.concept("said", concepts);
        int atLeast = f.has("at_least") ? f.integer("at_least", 1, 20) : 1;
        double within = f.seconds("within", 1, MAX_WINDOW, 30);
        return concept == null ? null : new Rule.Said(concept, atLeast, within);
    }

    /** {@code date: near}, {@code date: [later, past]}, {@code date: any}. */
    private Rule.Dated dated(Fields f, String key) {
        YamlTree.Node node = f.node(key);
        List<YamlTree.Node> values = node.type == YamlTree.Type.LIST ? node.list : List.of(node);
        java.util.EnumSet<DateMention.Reach> reaches = java.util.EnumSet.noneOf(DateMention.Reach.class);
        for (YamlTree.Node value : values) {
            String text = value.type == YamlTree.Type.SCALAR ? value.text.trim() : "";
            switch (text) {
                case "near" -> reaches.add(DateMention.Reach.NEAR);
                case "later" -> reaches.add(DateMention.Reach.LATER);
                case "past" -> reaches.add(DateMention.Reach.PAST);
                case "any" -> reaches.addAll(java.util.EnumSet.allOf(DateMention.Reach.class));
                default -> {
                    errors.add(new RuleError(value.line, f.rule, null, f.qualified(key), "must be near (no later "
                            + "than settings.near_date after the call), later (a later day, an open end or no day: "
                            + "'down the road'), past or any" + (f.prefix != null
                                    ? ", or same (a day the triggering words name)" : "")
                            + "; got " + value.describe()));
                    return null;
                }
            }
        }
        if (reaches.isEmpty()) {
            f.error(key, "name at least one of near, later, past, any");
            return null;
        }
        return new Rule.Dated(java.util.Set.copyOf(reaches));
    }

    private Rule.Trigger optionsLaidOut(Fields rule) {
        Fields f = rule.child("options");
        if (f == null) {
            return null;
        }
        Integer moreThan = f.required("more_than") ? f.integer("more_than", 1, 20) : null;
        f.rejectOthers("more_than");
        return moreThan == null ? null : new Rule.OptionsLaidOut(moreThan);
    }

    private Rule.Trigger loud(Fields rule) {
        Fields f = rule.child("loud");
        if (f == null) {
            return null;
        }
        Double over = f.required("over_baseline") ? f.number("over_baseline", "dB", 1, 40) : null;
        Double seconds = f.required("for") ? f.duration("for", 0.2, 60) : null;
        f.rejectOthers("over_baseline", "for");
        return over == null || seconds == null ? null : new Rule.Loud(over, seconds);
    }

    private Rule.Trigger overlap(Fields rule) {
        Fields f = rule.child("overlap");
        if (f == null) {
            return null;
        }
        Double seconds = f.required("for") ? f.duration("for", 0.2, 60) : null;
        f.rejectOthers("for");
        return seconds == null ? null : new Rule.Overlapping(seconds);
    }

    /**
     * {@code contact:} with one of {@code outside_hours: "08:00-21:00"}, {@code calls_more_than: 7}
     * with {@code within: 7 days}, or {@code after_conversation: 7 days}.
     */
    private Rule.Trigger contact(Fields rule) {
        Fields f = rule.child("contact");
        if (f == null) {
            return null;
        }
        List<String> kinds = java.util.stream.Stream.of("outside_hours", "calls_more_than", "after_conversation")
                .filter(f::has).toList();
        if (kinds.size() != 1) {
            f.error(kinds.isEmpty() ? null : kinds.get(1), kinds.isEmpty()
                    ? "a contact rule needs one of 'outside_hours' (like \"08:00-21:00\"), 'calls_more_than' (with "
                            + "'within') or 'after_conversation' (a number of days)"
                    : "a contact rule looks at one thing; this one has " + String.join(" and ", kinds));
            return null;
        }
        Rule.Trigger trigger = switch (kinds.get(0)) {
            case "outside_hours" -> {
                String text = f.text("outside_hours");
                Matcher m = HOURS.matcher(text == null ? "" : text.trim());
                java.time.LocalTime from = m.matches() ? clock(m.group(1), m.group(2)) : null;
                java.time.LocalTime to = m.matches() ? clock(m.group(3), m.group(4)) : null;
                if (from == null || to == null || !from.isBefore(to)) {
                    f.error("outside_hours", "must be the allowed local hours like \"08:00-21:00\" (from before to), "
                            + "got '" + text + "'");
                    yield null;
                }
                yield new Rule.OutsideHours(from, to);
            }
            case "calls_more_than" -> {
                int moreThan = f.integer("calls_more_than", 1, 100);
                int days = f.required("within") ? f.days("within", 1, 90) : 7;
                yield new Rule.CallCount(moreThan, days * 86400.0);
            }
            default -> new Rule.AfterConversation(f.days("after_conversation", 1, 90) * 86400.0);
        };
        f.rejectOthers("outside_hours", "calls_more_than", "within", "after_conversation");
        return trigger;
    }

    /** A time of day from hours and minutes as written, or null when there is no such time. */
    private static java.time.LocalTime clock(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        return h == 24 && m == 0 ? java.time.LocalTime.MAX : h < 24 && m < 60 ? java.time.LocalTime.of(h, m) : null;
    }

    private Rule.Trigger rate(Fields rule) {
        Fields f = rule.child("rate");
        if (f == null) {
            return null;
        }
        Double over = f.required("over") ? f.number("over", "wpm", 60, 600) : null;
        Double seconds = f.required("for") ? f.duration("for", 3, 600) : null;
        f.rejectOthers("over", "for");
        return over == null || seconds == null ? null : new Rule.Rate(over, seconds);
    }

    private List<Rule.Condition> conditions(Fields rule, String field, Map<String, Concept> concepts) {
        YamlTree.Node list = rule.node(field);
        List<Rule.Condition> out = new ArrayList<>();
        if (list.type != YamlTree.Type.LIST) {
            rule.error(field, "expected a list of conditions (each with 'said'), got " + list.describe());
            return out;
        }
        for (YamlTree.Node item : list.list) {
            Fields f = new Fields(item, rule.rule, null, field);
            if (!f.isMap(field)) {
                continue;
            }
            if (f.has("any")) {
                Rule.Condition any = anyOf(f, field, concepts);
                if (any != null) {
                    out.add(any);
                }
                continue;
            }
            Rule.Condition condition = condition(f, field, concepts);
            if (condition != null) {
                out.add(condition);
            }
        }
        return out;
    }

    /**
     * {@code - any: [CONDITION, ...]} in {@code requires}: holds when one of its conditions does
     * (the conditions of {@code requires} must all hold, those of {@code unless} each stop the rule).
     */
    private Rule.Condition anyOf(Fields f, String field, Map<String, Concept> concepts) {
        f.rejectOthers("any");
        if (!field.equals("requires")) {
            f.error("any", "'any' goes in 'requires': the conditions of '" + field
                    + "' already stop the rule when any one of them holds");
            return null;
        }
        YamlTree.Node list = f.node("any");
        if (list.type != YamlTree.Type.LIST) {
            f.error("any", "expected a list of conditions, got " + list.describe());
            return null;
        }
        if (list.list.size() < 2) {
            f.error("any", "name at least two conditions (a single one goes in '" + field + "' itself)");
            return null;
        }
        List<Rule.Condition> options = new ArrayList<>();
        for (YamlTree.Node item : list.list) {
            Fields option = new Fields(item, f.rule, null, field + ".any");
            if (!option.isMap(field + ".any")) {
                continue;
            }
            if (option.has("any")) {
                option.error("any", "an 'any' inside an 'any' is the same as its conditions in the outer one");
                continue;
            }
            Rule.Condition condition = condition(option, field + ".any", concepts);
            if (condition != null) {
                options.add(condition);
            }
        }
        return options.size() == list.list.size()
                ? new Rule.Condition(new Rule.AnyOf(List.copyOf(options)), null, new Rule.WholeCall(), 1) : null;
    }

    /** One condition: {@code said}, {@code date} or {@code state}, with its {@code by}, {@code within} and {@code at_least}. */
    private Rule.Condition condition(Fields f, String field, Map<String, Concept> concepts) {
        List<String> kinds = java.util.stream.Stream.of("said", "date", "state").filter(f::has).toList();
        Rule.What what = null;
        if (kinds.size() != 1) {
            f.error(kinds.isEmpty() ? null : kinds.get(1), kinds.isEmpty()
                    ? "a condition needs one of 'said' (concepts), 'date' (near, later, past) or 'state'"
                    : "a condition looks for one thing; this one has " + String.join(" and ", kinds));
        } else if (kinds.get(0).equals("said")) {
            List<String> said = new ArrayList<>();
            YamlTree.Node node = f.node("said");
            List<YamlTree.Node> names = node.type == YamlTree.Type.LIST ? node.list : List.of(node);
            for (YamlTree.Node name : names) {
                String concept = f.conceptName(name, "said", concepts);
                if (concept != null) {
                    said.add(concept);
                }
            }
            if (names.isEmpty()) {
                f.error("said", "name at least one concept");
            }
            what = new Rule.Concepts(List.copyOf(said));
        } else if (kinds.get(0).equals("date")) {
            YamlTree.Node node = f.node("date");
            what = node.type == YamlTree.Type.SCALAR && node.text.trim().equals("same") ? new Rule.SameDay()
                    : dated(f, "date");
        } else {
            what = state(f, concepts);
        }
        if (!kinds.contains("state") && f.has("has")) {
            f.error("has", "'has' names a state's slots: it goes with 'state'");
        }
        Speaker by = null;
        if (f.has("by")) {
            String id = f.oneOf("by", List.of("agent", "caller", "anyone"));
            by = id == null || id.equals("anyone") ? null : Speaker.of(id);
        }
        Rule.Window within = new Rule.WholeCall();
        if (f.has("within")) {
            YamlTree.Node node = f.node("within");
            String text = node.type == YamlTree.Type.SCALAR ? node.text.trim() : "";
            if (text.equals("call")) {
                within = new Rule.WholeCall();
            } else if (text.equals("trigger")) {
                within = new Rule.SinceTrigger();
            } else if (text.equals("before")) {
                within = new Rule.BeforeTrigger();
            } else {
                Double seconds = f.duration("within", 0.1, MAX_WINDOW,
                        "; or 'call' (since the call started), 'trigger' (since the triggering words) or 'before' "
                                + "(the call until the triggering words)");
                within = seconds == null ? within : new Rule.Last(seconds);
            }
        }
        int atLeast = f.has("at_least") ? f.integer("at_least", 1, 20) : 1;
        f.rejectOthers("said", "date", "state", "has", "by", "within", "at_least");
        return what == null ? null : new Rule.Condition(what, by, within, atLeast);
    }

    /** {@code state: NAME} and its {@code has: [SLOT, ...]}, checked against {@link CallState}. */
    private Rule.State state(Fields f, Map<String, Concept> concepts) {
        String name = f.text("state");
        if (name == null) {
            return null;
        }
        CallState.Spec spec = CallState.SPECS.get(name.trim());
        if (spec == null) {
            f.error("state", "no state named '" + name.trim() + "' (states: "
                    + String.join(", ", CallState.SPECS.keySet()) + ")");
            return null;
        }
        for (String needed : spec.concepts()) {
            if (!concepts.containsKey(needed)) {
                f.error("state", "state '" + spec.name() + "' is read from the concept '" + needed
                        + "', which this file does not define");
            }
        }
        List<String> slots = new ArrayList<>();
        if (f.has("has")) {
            YamlTree.Node node = f.node("has");
            for (YamlTree.Node slot : node.type == YamlTree.Type.LIST ? node.list : List.of(node)) {
                String text = slot.type == YamlTree.Type.SCALAR ? slot.text.trim() : "";
                if (!spec.slots().contains(text)) {
                    errors.add(new RuleError(slot.line, f.rule, null, f.qualified("has"), "state '" + spec.name()
                            + "' has no slot " + slot.describe() + (spec.slots().isEmpty() ? " (it has none)"
                            : " (slots: " + String.join(", ", spec.slots()) + ")")));
                } else {
                    slots.add(text);
                }
            }
        }
        return new Rule.State(spec.name(), List.copyOf(slots));
    }

    private Template template(Fields f, String field) {
        String text = f.text(field);
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            f.error(field, "must not be empty");
            return null;
        }
        List<String> problems = new ArrayList<>();
        Template template = Template.parse(text, problems);
        problems.forEach(p -> f.error(field, p));
        return problems.isEmpty() ? template : null;
    }

    /** Reads one mapping's fields, remembering which were read so that the rest can be rejected. */
    private final class Fields {
        final YamlTree.Node node;
        final String rule;
        final String concept;
        final String prefix;
        final Set<String> read = new HashSet<>();

        Fields(YamlTree.Node node, String rule, String concept) {
            this(node, rule, concept, null);
        }

        Fields(YamlTree.Node node, String rule, String concept, String prefix) {
            this.node = node;
            this.rule = rule;
            this.concept = concept;
            this.prefix = prefix;
        }

        boolean isMap(String what) {
            if (node.type == YamlTree.Type.MAP) {
                return true;
            }
            errors.add(new RuleError(node.line, rule, concept, what, "expected a mapping of fields, got "
                    + node.describe()));
            return false;
        }

        Fields child(String key) {
            YamlTree.Node child = node(key);
            String path = qualified(key);
            if (child.type != YamlTree.Type.MAP) {
                errors.add(new RuleError(child.line, rule, concept, path, "expected a mapping of fields, got "
                        + child.describe()));
                return null;
            }
            return new Fields(child, rule, concept, path);
        }

        boolean has(String key) {
            read.add(key);
            return node.map.containsKey(key);
        }

        boolean required(String key) {
            if (has(key)) {
                return true;
            }
            error(null, "missing '" + qualified(key) + "'");
            return false;
        }

        YamlTree.Node node(String key) {
            read.add(key);
            return node.map.get(key);
        }

        int line(String key) {
            Integer line = key == null ? null : node.keyLines.get(key);
            return line == null ? node.line : line;
        }

        String qualified(String key) {
            return prefix == null ? key : prefix + "." + key;
        }

        void error(String key, String message) {
            errors.add(new RuleError(line(key), rule, concept, key == null ? prefix : qualified(key), message));
        }

        void rejectOthers(String... known) {
            for (String key : node.map.keySet()) {
                if (!List.of(known).contains(key)) {
                    error(key, "unknown field (known here: " + String.join(", ", known) + ")");
                }
            }
        }

        String text(String key) {
            YamlTree.Node value = node(key);
            if (value.type != YamlTree.Type.SCALAR) {
                error(key, "expected text, got " + value.describe());
                return null;
            }
            return value.text;
        }

        String oneOf(String key, List<String> allowed) {
            String value = text(key);
            if (value == null) {
                return null;
            }
            if (!allowed.contains(value.trim())) {
                error(key, "must be one of " + String.join(", ", allowed) + "; got '" + value + "'");
                return null;
            }
            return value.trim();
        }

        /** A number of days: "7 days", "1 week". */
        int days(String key, int min, int max) {
            YamlTree.Node value = node(key);
            Matcher m = DAYS.matcher(value.type == YamlTree.Type.SCALAR ? value.text.trim().toLowerCase(Locale.ROOT) : "");
            if (!m.matches()) {
                error(key, "must be a number of days like '7 days' or '2 weeks', got " + value.describe());
                return Settings.DEFAULTS.nearDays();
            }
            int days = Integer.parseInt(m.group(1)) * (m.group(2).startsWith("week") ? 7 : 1);
            if (days < min || days > max) {
                error(key, "must be from " + min + " to " + max + " days, got " + days);
            }
            return days;
        }

        boolean bool(String key) {
            YamlTree.Node value = node(key);
            if (!value.isBoolean()) {
                error(key, "must be true or false, got " + value.describe());
                return true;
            }
            return Boolean.parseBoolean(value.text);
        }

        int integer(String key, int min, int max) {
            YamlTree.Node value = node(key);
            int number;
            try {
                number = Integer.parseInt(value.type == YamlTree.Type.SCALAR ? value.text.trim() : "");
            } catch (NumberFormatException e) {
                error(key, "must be a whole number, got " + value.describe());
                return min;
            }
            if (number < min || number > max) {
                error(key, "must be from " + min + " to " + max + ", got " + number);
            }
            return number;
        }

        Double number(String key, String unit, double min, double max) {
            YamlTree.Node value = node(key);
            Matcher m = NUMBER_WITH_UNIT.matcher(value.type == YamlTree.Type.SCALAR ? value.text.trim() : "");
            if (!m.matches() || !(m.group(2).isEmpty() || m.group(2).equalsIgnoreCase(unit))) {
                error(key, "must be a number of " + unit + " (like '8 " + unit + "'), got " + value.describe());
                return null;
            }
            double number = Double.parseDouble(m.group(1));
            if (number < min || number > max) {
                error(key, "must be from " + fmt(min) + " to " + fmt(max) + " " + unit + ", got " + fmt(number));
                return null;
            }
            return number;
        }

        /** A duration field's seconds, or {@code fallback} when it is absent (or wrong: then an error is recorded). */
        double seconds(String key, double min, double max, double fallback) {
            if (!has(key)) {
                return fallback;
            }
            Double seconds = duration(key, min, max);
            return seconds == null ? fallback : seconds;
        }

        Double duration(String key, double min, double max) {
            return duration(key, min, max, "");
        }

        Double duration(String key, double min, double max, String orElse) {
            YamlTree.Node value = node(key);
            String text = value.type == YamlTree.Type.SCALAR ? value.text.trim().toLowerCase(Locale.ROOT) : "";
            Matcher m = DURATION.matcher(text);
            if (!m.matches()) {
                String hint = value.isNumber() ? " (write the unit: '" + value.text + " s')" : "";
                error(key, "must be a duration like '1.5 s', '500 ms' or '2 min'" + orElse + ", got "
                        + value.describe() + hint);
                return null;
            }
            double amount = Double.parseDouble(m.group(1));
            String unit = m.group(2);
            double seconds = unit.startsWith("ms") || unit.startsWith("milli") ? amount / 1000
                    : unit.startsWith("min") ? amount * 60 : amount;
            if (seconds < min || seconds > max) {
                error(key, "must be from " + fmt(min) + " s to " + fmt(max) + " s, got " + value.text.trim());
                return null;
            }
            return seconds;
        }

        String concept(String key, Map<String, Concept> concepts) {
            return conceptName(node(key), key, concepts);
        }

        String conceptName(YamlTree.Node value, String key, Map<String, Concept> concepts) {
            if (value.type != YamlTree.Type.SCALAR) {
                errors.add(new RuleError(value.line, rule, concept, qualified(key),
                        "expected a concept's name, got " + value.describe()));
                return null;
            }
            String name = value.text.trim();
            if (!concepts.containsKey(name)) {
                errors.add(new RuleError(value.line, rule, concept, qualified(key), "no concept named '" + name
                        + "'" + (concepts.isEmpty() ? "" : " (concepts: " + String.join(", ", concepts.keySet()) + ")")));
                return null;
            }
            return name;
        }
    }

    private static String fmt(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
}
