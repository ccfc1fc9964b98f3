package app.parley.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the built-in defaults ({@code parley-defaults.yaml}), then a site file, then
 * environment variables, and validates the result strictly: an unknown key, a repeated key or
 * a value of the wrong shape is an error naming the key (and the file's line).
 */
public final class ConfigLoader {
    private static final String DEFAULTS = "/parley-defaults.yaml";
    private static final Pattern DURATION = Pattern.compile(
            "(\\d+)\\s*(ms|milliseconds?|s|seconds?|m|min|minutes?|h|hours?|d|days?)");
    private static final Set<String> LANGUAGES = Set.of("en", "es");
    private static final int MIN_SCRAPER_TOKEN = 32;
    /** A stop that waits longer is killed first by any process manager (systemd's default is 90 s). */
    private static final java.time.Duration MAX_STOP_WITHIN = java.time.Duration.ofMinutes(10);
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,4})?)\\s*%");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,13}(?:\\.\\d{1,2})?");
    private static final Pattern BAND = Pattern.compile(
            "(\\d{1,5})\\s*(?:-\\s*(\\d{1,5})|(\\+))\\s*(?:days?)?\\s*:\\s*(\\d{1,3}(?:\\.\\d{1,4})?)\\s*%?\\s*-\\s*"
                    + "(\\d{1,3}(?:\\.\\d{1,4})?)\\s*%");

    private final YAMLFactory yaml = (YAMLFactory) new YAMLFactory()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private final ObjectMapper mapper = new ObjectMapper(yaml);

    /** The defaults, overridden by {@code siteFile} (may be null) and then by {@code env}. */
    public ParleyConfig load(Path siteFile, Map<String, String> env) {
        ObjectNode tree = defaults();
        Map<String, String> origin = new HashMap<>();
        if (siteFile != null) {
            overlay(tree, siteFile, origin);
        }
        for (String key : leafKeys(tree)) {
            String value = env.get(envName(key));
            if (value != null) {
                set(tree, key, TextNode.valueOf(value));
                origin.put(key, "environment variable " + envName(key));
            }
        }
        return bind(new Reader(tree, origin));
    }

    /** PARLEY_ + the key in capitals with _ for dots. */
    public static String envName(String key) {
        return "PARLEY_" + key.replace('.', '_').toUpperCase(Locale.ROOT);
    }

    private ParleyConfig bind(Reader r) {
        int workers = r.integer("speech.workers", 1, 64);
        ParleyConfig.Ami ami = new ParleyConfig.Ami(r.bool("ami.enabled"), r.text("ami.host"),
                r.integer("ami.port", 1, 65535), r.text("ami.username"), amiSecret(r), r.duration("ami.reconnect_min"),
                r.duration("ami.reconnect_max"), r.duration("ami.ping_interval"));
        if (ami.reconnectMax().compareTo(ami.reconnectMin()) < 0) {
            throw r.error("ami.reconnect_max", "must not be shorter than ami.reconnect_min");
        }
        ParleyConfig.Telephony telephony = new ParleyConfig.Telephony(r.text("telephony.coach_variable"),
                r.text("telephony.agent_variable"), r.text("telephony.role_variable"),
                r.list("telephony.coached_contexts"), r.list("telephony.coached_queues"), r.text("telephony.tap_host"),
                r.integer("telephony.tap_port", 0, 65535), r.oneOf("telephony.tap_format", Set.of("slin", "slin16")),
                r.duration("telephony.tap_retry"));
        return new ParleyConfig(
                Path.of(r.text("data")),
                http(r),
                audioSocket(r),
                new ParleyConfig.Speech(Path.of(r.text("speech.model")), r.oneOf("speech.language", LANGUAGES),
                        workers, r.integer("speech.warm_recognizers", 0, 256),
                        new app.parley.speech.VoiceGate.Settings(r.bool("speech.vad.enabled"),
                                r.duration("speech.vad.hangover"), r.duration("speech.vad.preroll"),
                                r.duration("speech.vad.pause")),
                        decoding(r), r.positiveDuration("speech.max_lag")),
                new ParleyConfig.Calls(r.duration("calls.end_after"), r.duration("calls.partial_flush"),
                        r.integer("calls.max_live", 0, 100_000), r.durationUpTo("calls.stop_within", MAX_STOP_WITHIN)),
                ami, telephony,
                new ParleyConfig.Coaching(Path.of(r.text("coaching.rules"))), ledger(r), store(r),
                new ParleyConfig.Recordings(r.bool("recordings.enabled"), Path.of(r.text("recordings.dir"))),
                new ParleyConfig.Access(r.positiveDuration("access.session_idle"), r.bool("access.secure_cookies"),
                        r.positiveDuration("access.audit_retention"), oidc(r)),
                redaction(r), metrics(r), cluster(r));
    }

    /**
     * The cluster: its members each host:port, at least one when it is on, and a store the nodes
     * share (each node's embedded H2 would be a store of its own).
     */
    private static ParleyConfig.Cluster cluster(Reader r) {
        boolean enabled = r.bool("cluster.enabled");
        List<String> members = new ArrayList<>();
        for (String member : r.list("cluster.members")) {
            int colon = member.lastIndexOf(':');
            int port = -1;
            try {
                port = colon > 0 ? Integer.parseInt(member.substring(colon + 1)) : -1;
            } catch (NumberFormatException e) {
                // named below
            }
            if (port < 1 || port > 65535) {
                throw r.error("cluster.members", "each member is host:port (port 1 to 65535), got '" + member + "'");
            }
            members.add(member);
        }
        java.util.Collections.sort(members);
        if (enabled && members.isEmpty()) {
            throw r.error("cluster.members", "names no member while cluster.enabled is true: list the nodes' "
                    + "host:port (cluster.host and cluster.port of each), this one's included");
        }
        if (enabled && !r.optionalText("store.backend").equals("postgresql")) {
            throw r.error("cluster.enabled", "needs a store the nodes share: set store.backend to postgresql "
                    + "(the embedded store is one node's own)");
        }
        int quorum = r.integer("cluster.quorum", 0, 1000);
        if (enabled && quorum > members.size()) {
            throw r.error("cluster.quorum", "is " + quorum + ", more than the " + members.size()
                    + " node(s) cluster.members lists: no node could ever follow the PBX");
        }
        return new ParleyConfig.Cluster(enabled, r.text("cluster.host"), r.integer("cluster.port", 1, 65535),
                r.integer("cluster.bus_port", 0, 65535), List.copyOf(members), quorum);
    }

    /** The recogniser's search (speech.decoding): each option a number, or 'model' for the model's own. */
    private static app.parley.speech.Decoding decoding(Reader r) {
        return new app.parley.speech.Decoding(r.numberOrModel("speech.decoding.beam", 0.5, 50),
                integer(r.numberOrModel("speech.decoding.max_active", 10, 100_000), "speech.decoding.max_active", r),
                r.numberOrModel("speech.decoding.lattice_beam", 0.1, 50),
                integer(r.numberOrModel("speech.decoding.frames_per_chunk", 3, 300), "speech.decoding.frames_per_chunk", r));
    }

    private static Integer integer(Double value, String key, Reader r) {
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value)) {
            throw r.error(key, "must be a whole number or 'model', got " + value);
        }
        return value.intValue();
    }

    /** The scraper's token, if any: long enough that guessing it is hopeless. */
    private static ParleyConfig.Metrics metrics(Reader r) {
        String token = secret(r, "metrics.token", "metrics.token_file", "token");
        if (!token.isEmpty() && token.length() < MIN_SCRAPER_TOKEN) {
            String key = r.optionalText("metrics.token_file").isEmpty() ? "metrics.token" : "metrics.token_file";
            throw r.error(key, "gives a token of " + token.length() + " characters: at least " + MIN_SCRAPER_TOKEN
                    + " are needed (openssl rand -hex 32 makes one)");
        }
        return new ParleyConfig.Metrics(token);
    }

    /** Which categories are redacted (each a known one; none only when redaction is off). */
    private static ParleyConfig.Redaction redaction(Reader r) {
        boolean enabled = r.bool("redaction.enabled");
        Set<app.parley.redaction.Category> categories = java.util.EnumSet.noneOf(app.parley.redaction.Category.class);
        for (String name : r.list("redaction.categories")) {
            categories.add(app.parley.redaction.Category.byId(name).orElseThrow(() -> r.error("redaction.categories",
                    "names an unknown category '" + name + "' (known: card, security-code, expiry, ssn)")));
        }
        if (enabled && categories.isEmpty()) {
            throw r.error("redaction.categories", "names no category while redaction.enabled is true: list at least "
                    + "one of card, security-code, expiry, ssn, or set redaction.enabled to false");
        }
        java.time.Duration hold = r.duration("redaction.hold");
        if (hold.compareTo(java.time.Duration.ofSeconds(10)) > 0) {
            throw r.error("redaction.hold", "must be at most 10 seconds (results ending in digits wait this long "
                    + "before they are shown), got " + hold.toMillis() + " ms");
        }
        return new ParleyConfig.Redaction(enabled, categories, r.integer("redaction.card_last_digits", 0, 4), hold);
    }

    /** The HTTP listener, with TLS when both PEM files are named (each must be readable). */
    private static ParleyConfig.Http http(Reader r) {
        String cert = r.optionalText("http.tls_cert_file");
        String key = r.optionalText("http.tls_key_file");
        if (cert.isEmpty() != key.isEmpty()) {
            throw r.error(cert.isEmpty() ? "http.tls_cert_file" : "http.tls_key_file", "TLS needs both the "
                    + "certificate and the key file");
        }
        for (String[] file : new String[][] {{"http.tls_cert_file", cert}, {"http.tls_key_file", key}}) {
            if (!file[1].isEmpty() && !Files.isReadable(Path.of(file[1]))) {
                throw r.error(file[0], "names a file that cannot be read: " + file[1]);
            }
        }
        return new ParleyConfig.Http(r.text("http.host"), r.integer("http.port", 0, 65535),
                cert.isEmpty() ? null : Path.of(cert), key.isEmpty() ? null : Path.of(key));
    }

    /** Sign-in through an identity provider: when enabled, its issuer, client, secret and address are required. */
    private static ParleyConfig.Oidc oidc(Reader r) {
        boolean enabled = r.bool("access.oidc.enabled");
        String secret = secret(r, "access.oidc.client_secret", "access.oidc.client_secret_file", "client secret");
        Map<String, String> roleMap = new java.util.LinkedHashMap<>();
        for (String pair : r.list("access.oidc.role_map")) {
            String[] parts = pair.split("=", 2);
            String role = parts.length == 2 ? parts[1].strip() : "";
            if (parts.length != 2 || parts[0].isBlank() || !Set.of("agent", "supervisor", "qa", "admin").contains(role)) {
                throw r.error("access.oidc.role_map", "each entry is group=role with role agent, supervisor, qa or "
                        + "admin, got '" + pair + "'");
            }
            roleMap.put(parts[0].strip(), role);
        }
        String issuer = r.optionalText("access.oidc.issuer");
        String publicUrl = r.optionalText("access.oidc.public_url");
        if (enabled) {
            if (!issuer.startsWith("https://") && !issuer.startsWith("http://")) {
                throw r.error("access.oidc.issuer", "must be the provider's URL when access.oidc.enabled is true, got '"
                        + issuer + "'");
            }
            if (secret.isEmpty()) {
                throw r.error("access.oidc.enabled", "needs the client secret: set access.oidc.client_secret_file or "
                        + "PARLEY_ACCESS_OIDC_CLIENT_SECRET");
            }
            if (!publicUrl.startsWith("https://") && !publicUrl.startsWith("http://")) {
                throw r.error("access.oidc.public_url", "must be Parley's address as browsers see it, got '"
                        + publicUrl + "'");
            }
        }
        return new ParleyConfig.Oidc(enabled, issuer, r.text("access.oidc.client_id"), secret,
                publicUrl.replaceAll("/+$", ""), r.optionalText("access.oidc.audience"), r.text("access.oidc.roles_claim"),
                Map.copyOf(roleMap), r.text("access.oidc.agent_id_claim"), r.text("access.oidc.teams_claim"));
    }

    /** The AudioSocket listener; each allowed source must be an IP address ("any": every address). */
    private static ParleyConfig.AudioSocket audioSocket(Reader r) {
        List<String> sources = new ArrayList<>();
        Set<String> listed = r.list("audiosocket.allowed_sources");
        if (!listed.contains("any")) {
            for (String source : listed) {
                if (!io.netty.util.NetUtil.isValidIpV4Address(source) && !io.netty.util.NetUtil.isValidIpV6Address(source)) {
                    throw r.error("audiosocket.allowed_sources", "'" + source + "' is not an IP address (or give 'any')");
                }
                sources.add(source);
            }
            if (sources.isEmpty()) {
                throw r.error("audiosocket.allowed_sources", "names no address: give the PBX's address, or 'any'");
            }
        }
        return new ParleyConfig.AudioSocket(r.text("audiosocket.host"), r.integer("audiosocket.port", 0, 65535),
                List.copyOf(sources), r.integer("audiosocket.max_connections_per_source", 1, 100_000),
                r.positiveDuration("audiosocket.idle_timeout"));
    }

    private static ParleyConfig.Store store(Reader r) {
        String backend = r.oneOf("store.backend", Set.of("embedded", "postgresql"));
        String url = r.optionalText("store.url");
        String password = secret(r, "store.password", "store.password_file", "password");
        if (backend.equals("postgresql") && !url.startsWith("jdbc:postgresql://")) {
            throw r.error("store.url", "must be a PostgreSQL JDBC URL such as jdbc:postgresql://db:5432/parley "
                    + "when store.backend is postgresql, got '" + url + "'");
        }
        return new ParleyConfig.Store(backend, url, r.optionalText("store.user"), password,
                r.positiveDuration("store.retry_for"), r.duration("store.retention"),
                r.positiveDuration("store.retention_check"), r.integer("store.read_connections", 1, 64),
                r.integer("store.write_queue", 100, 1_000_000));
    }

    /** The AMI secret from ami.secret or the first line of ami.secret_file; required when AMI is on. */
    private static String amiSecret(Reader r) {
        String secret = secret(r, "ami.secret", "ami.secret_file", "secret");
        if (secret.isEmpty() && r.bool("ami.enabled")) {
            throw r.error("ami.enabled", "needs the account's secret: set PARLEY_AMI_SECRET or ami.secret_file");
        }
        return secret;
    }

    /**
     * A secret given as {@code valueKey} or as the first line of the file named by {@code fileKey}
     * (not both, and not an empty file); empty when neither is set.
     */
    private static String secret(Reader r, String valueKey, String fileKey, String noun) {
        String secret = r.optionalText(valueKey);
        String file = r.optionalText(fileKey);
        if (!secret.isEmpty() && !file.isEmpty()) {
            throw r.error(fileKey, "and " + valueKey + " are both set: give the " + noun + " one way");
        }
        if (!file.isEmpty()) {
            try {
                List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
                secret = lines.isEmpty() ? "" : lines.get(0).strip();
            } catch (IOException e) {
                throw r.error(fileKey, "names a file that cannot be read: " + file);
            }
            if (secret.isEmpty()) {
                throw r.error(fileKey, "names an empty file: " + file);
            }
        }
        return secret;
    }

    private static ParleyConfig.Ledger ledger(Reader r) {
        ParleyConfig.Phone phone = new ParleyConfig.Phone(r.digits("ledger.phone.country_code", 1, 3, false),
                r.digits("ledger.phone.international_prefix", 1, 4, false),
                r.digits("ledger.phone.trunk_prefix", 1, 2, true));
        if (phone.internationalPrefix().equals(phone.trunkPrefix())) {
            throw r.error("ledger.phone.trunk_prefix", "must differ from ledger.phone.international_prefix ('"
                    + phone.internationalPrefix() + "')");
        }
        ParleyConfig.LedgerCache cache = new ParleyConfig.LedgerCache(r.integer("ledger.cache.max_accounts", 1, 10_000_000),
                r.positiveDuration("ledger.cache.expire_after"), r.positiveDuration("ledger.cache.recheck_imports"));
        int instalments = r.integer("ledger.offers.instalments", 2, 3);
        int planMonths = r.integer("ledger.offers.plan_months", 2, 120);
        if (planMonths <= instalments) {
            throw r.error("ledger.offers.plan_months", "must be more than ledger.offers.instalments (" + instalments
                    + "): the monthly plan is the longer one, got " + planMonths);
        }
        ParleyConfig.Offers offers = new ParleyConfig.Offers(r.discountBands("ledger.offers.discount_bands"),
                r.integer("ledger.offers.pay_in_full_days", 0, 90), instalments, planMonths,
                r.percent("ledger.offers.plan_rate", new BigDecimal("50")),
                r.amount("ledger.offers.plan_min_instalment"));
        return new ParleyConfig.Ledger(phone, cache, offers);
    }

    private ObjectNode defaults() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS)) {
            return (ObjectNode) mapper.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("built-in defaults " + DEFAULTS + " unreadable", e);
        }
    }

    private void overlay(ObjectNode tree, Path file, Map<String, String> origin) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
        }
        Map<String, Integer> lines = new HashMap<>();
        JsonNode site;
        try {
            lines.putAll(keyLines(text));
            site = mapper.readTree(text);
        } catch (IOException e) {
            int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException p && p.getLocation() != null
                    ? p.getLocation().getLineNr() : 0;
            String reason = e.getMessage().split("\n")[0];
            throw new ConfigException(file + ":" + line + ": " + reason);
        }
        if (site == null || site.isMissingNode() || site.isNull()) {
            return;
        }
        if (!site.isObject()) {
            throw new ConfigException(file + ":1: expected a mapping of keys to values");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = flatten("", site).entrySet().iterator();
        Set<String> known = Set.copyOf(leafKeys(tree));
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            String place = file + ":" + lines.getOrDefault(key, 0);
            if (!known.contains(key)) {
                throw new ConfigException(place + ": unknown key '" + key + "' (known keys: "
                        + String.join(", ", leafKeys(tree)) + ")");
            }
            if (field.getValue().isContainerNode()) {
                throw new ConfigException(place + ": key '" + key + "' takes a single value");
            }
            set(tree, key, field.getValue());
            origin.put(key, place);
        }
    }

    /** The line on which each key path is written. */
    private Map<String, Integer> keyLines(String text) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        Deque<String> path = new ArrayDeque<>();
        try (JsonParser parser = yaml.createParser(text)) {
            String pendingField = null;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case FIELD_NAME -> {
                        pendingField = parser.currentName();
                        String key = path.isEmpty() ? pendingField : String.join(".", reversed(path)) + "." + pendingField;
                        lines.putIfAbsent(key, parser.currentTokenLocation().getLineNr());
                    }
                    case START_OBJECT -> {
                        if (pendingField != null) {
                            path.push(pendingField);
                        }
                        pendingField = null;
                    }
                    case END_OBJECT -> {
                        if (!path.isEmpty()) {
                            path.pop();
                        }
                    }
                    case START_ARRAY -> parser.skipChildren();
                    default -> pendingField = null;
                }
            }
        }
        return lines;
    }

    private static List<String> reversed(Deque<String> path) {
        List<String> list = new java.util.ArrayList<>(path);
        java.util.Collections.reverse(list);
        return list;
    }

    private static Map<String, JsonNode> flatten(String prefix, JsonNode node) {
        Map<String, JsonNode> flat = new java.util.LinkedHashMap<>();
        node.fields().forEachRemaining(field -> {
            String key = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            if (field.getValue().isObject()) {
                flat.putAll(flatten(key, field.getValue()));
            } else {
                flat.put(key, field.getValue());
            }
        });
        return flat;
    }

    private static List<String> leafKeys(JsonNode tree) {
        return List.copyOf(flatten("", tree).keySet());
    }

    private static void set(ObjectNode tree, String key, JsonNode value) {
        String[] parts = key.split("\\.");
        ObjectNode node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (ObjectNode) node.get(parts[i]);
        }
        node.set(parts[parts.length - 1], value);
    }

    /** Typed access to the merged tree; errors say where a bad value came from. */
    private static final class Reader {
        private final ObjectNode tree;
        private final Map<String, String> origin;

        Reader(ObjectNode tree, Map<String, String> origin) {
            this.tree = tree;
            this.origin = origin;
        }

        String text(String key) {
            String value = optionalText(key);
            if (value.isEmpty()) {
                throw error(key, "must not be empty");
            }
            return value;
        }

        String optionalText(String key) {
            return raw(key).asText().trim();
        }

        boolean bool(String key) {
            String value = text(key).toLowerCase(Locale.ROOT);
            if (!value.equals("true") && !value.equals("false")) {
                throw error(key, "must be true or false, got '" + value + "'");
            }
            return value.equals("true");
        }

        /** A comma-separated list; empty when the value is empty. */
        Set<String> list(String key) {
            Set<String> items = new java.util.LinkedHashSet<>();
            for (String item : optionalText(key).split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
            return Set.copyOf(items);
        }

        int integer(String key, int min, int max) {
            String value = text(key);
            int number;
            try {
                number = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw error(key, "must be a whole number, got '" + value + "'");
            }
            if (number < min || number > max) {
                throw error(key, "must be from " + min + " to " + max + ", got " + number);
            }
            return number;
        }

        /** A number from {@code min} to {@code max}, or null for the word 'model' (the model's own value). */
        Double numberOrModel(String key, double min, double max) {
            String value = text(key);
            if (value.equals("model")) {
                return null;
            }
            double number;
            try {
                number = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw error(key, "must be a number or 'model', got '" + value + "'");
            }
            if (!(number >= min && number <= max)) {
                throw error(key, "must be from " + min + " to " + max + " or 'model', got " + value);
            }
            return number;
        }

        String oneOf(String key, Set<String> allowed) {
            String value = text(key);
            if (!allowed.contains(value)) {
                throw error(key, "must be one of " + new java.util.TreeSet<>(allowed) + ", got '" + value + "'");
            }
            return value;
        }

        Duration duration(String key) {
            String value = text(key).toLowerCase(Locale.ROOT);
            Matcher m = DURATION.matcher(value);
            if (!m.matches()) {
                throw error(key, "must be a duration such as '500 ms', '3 seconds' or '2 minutes', got '" + value + "'");
            }
            long amount = Long.parseLong(m.group(1));
            String unit = m.group(2);
            if (unit.startsWith("ms") || unit.startsWith("milli")) {
                return Duration.ofMillis(amount);
            } else if (unit.startsWith("s")) {
                return Duration.ofSeconds(amount);
            } else if (unit.startsWith("h")) {
                return Duration.ofHours(amount);
            } else if (unit.startsWith("d")) {
                return Duration.ofDays(amount);
            }
            return Duration.ofMinutes(amount);
        }

        /** A duration of at most {@code max} (0 allowed). */
        Duration durationUpTo(String key, Duration max) {
            Duration duration = duration(key);
            if (duration.compareTo(max) > 0) {
                throw error(key, "must be at most " + max.toMinutes() + " minutes, got " + duration.toSeconds() + " seconds");
            }
            return duration;
        }

        Duration positiveDuration(String key) {
            Duration duration = duration(key);
            if (duration.isZero()) {
                throw error(key, "must be longer than 0");
            }
            return duration;
        }

        /** A string of {@code min} to {@code max} digits; "none" is the empty string when {@code noneAllowed}. */
        String digits(String key, int min, int max, boolean noneAllowed) {
            String value = text(key);
            if (noneAllowed && value.equals("none")) {
                return "";
            }
            if (!value.matches("\\d{" + min + "," + max + "}")) {
                throw error(key, "must be " + min + " to " + max + " digits" + (noneAllowed ? " or 'none'" : "")
                        + " (quote it so YAML keeps leading zeros), got '" + value + "'");
            }
            return value;
        }

        /** A percentage written with its sign, such as {@code 5%} or {@code 2.5 %}. */
        BigDecimal percent(String key, BigDecimal max) {
            String value = text(key);
            Matcher m = PERCENT.matcher(value);
            if (!m.matches()) {
                throw error(key, "must be a percentage such as '5%' or '2.5%', got '" + value + "'");
            }
            BigDecimal percent = new BigDecimal(m.group(1));
            if (percent.compareTo(max) > 0) {
                throw error(key, "must be at most " + max.toPlainString() + "%, got '" + value + "'");
            }
            return percent;
        }

        BigDecimal amount(String key) {
            String value = text(key);
            if (!AMOUNT.matcher(value).matches()) {
                throw error(key, "must be an amount such as '25.00', got '" + value + "'");
            }
            return new BigDecimal(value).setScale(2);
        }

        /**
         * Bands such as {@code "1-30: 0-5%, 31-90: 5-10%, 181+: 15-30%"}: starting at 1 day,
         * each starting the day after the previous ends, the last open-ended, min &lt;= max &lt;= 100 %.
         */
        List<ParleyConfig.DiscountBand> discountBands(String key) {
            String value = text(key);
            List<ParleyConfig.DiscountBand> bands = new ArrayList<>();
            String[] parts = value.split(",");
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i].trim();
                Matcher m = BAND.matcher(part);
                if (!m.matches()) {
                    throw error(key, "band " + (i + 1) + " '" + part + "' must look like '31-90: 5-10%' or '181+: 15-30%'");
                }
                int from = Integer.parseInt(m.group(1));
                Integer to = m.group(2) == null ? null : Integer.valueOf(m.group(2));
                BigDecimal min = new BigDecimal(m.group(4));
                BigDecimal max = new BigDecimal(m.group(5));
                int expectedFrom = bands.isEmpty() ? 1 : bands.get(bands.size() - 1).toDays() + 1;
                if (from != expectedFrom) {
                    throw error(key, "band " + (i + 1) + " '" + part + "' must start at " + expectedFrom
                            + (bands.isEmpty() ? " day" : " days (the day after the previous band ends)"));
                }
                if (to != null && to < from) {
                    throw error(key, "band " + (i + 1) + " '" + part + "' ends before it starts");
                }
                if (to == null && i != parts.length - 1) {
                    throw error(key, "band " + (i + 1) + " '" + part + "' is open-ended ('+') but is not the last");
                }
                if (to != null && i == parts.length - 1) {
                    throw error(key, "the last band '" + part + "' must be open-ended, such as '" + from + "+: ...'");
                }
                if (min.compareTo(max) > 0 || max.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw error(key, "band " + (i + 1) + " '" + part + "' must have its opening discount at most its "
                            + "maximum, and the maximum at most 100%");
                }
                bands.add(new ParleyConfig.DiscountBand(from, to, min, max));
            }
            return bands;
        }

        private JsonNode raw(String key) {
            JsonNode node = tree;
            for (String part : key.split("\\.")) {
                node = node.path(part);
            }
            return node;
        }

        ConfigException error(String key, String problem) {
            String from = origin.getOrDefault(key, "built-in defaults");
            return new ConfigException(from + ": key '" + key + "' " + problem);
        }
    }
}
