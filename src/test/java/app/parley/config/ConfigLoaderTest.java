package app.parley.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader();

    private Path site(String yaml) throws Exception {
        Path file = dir.resolve("parley.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void defaultsNeedNoFile() {
        ParleyConfig config = loader.load(null, Map.of());
        assertEquals(8080, config.http().port());
        assertEquals(9092, config.audiosocket().port());
        assertEquals(Path.of("data"), config.data());
        assertEquals(Path.of("models/model-en-us"), config.speech().model());
        assertEquals(Duration.ofSeconds(3), config.calls().endAfter());
        assertEquals(Duration.ofSeconds(1), config.calls().partialFlush());
        assertEquals(Path.of("data/coaching-rules.yaml"), config.coachingRules());
    }

    @Test
    void coachingRulesAreFoundInTheDataFolderUnlessTheSiteSaysWhere() throws Exception {
        assertEquals(Path.of("/srv/parley/coaching-rules.yaml"),
                loader.load(null, Map.of()).withData(Path.of("/srv/parley")).coachingRules());
        ParleyConfig site = loader.load(site("coaching:\n  rules: /etc/parley/rules.yaml\n"), Map.of());
        assertEquals(Path.of("/etc/parley/rules.yaml"), site.withData(Path.of("/srv/parley")).coachingRules());
        assertEquals(Path.of("data/site-rules.yaml"),
                loader.load(null, Map.of("PARLEY_COACHING_RULES", "site-rules.yaml")).coachingRules());
    }

    @Test
    void siteFileOverridesDefaultsAndEnvironmentOverridesBoth() throws Exception {
        Path file = site("http:\n  port: 8181\naudiosocket:\n  port: 9393\ncalls:\n  end_after: 500 ms\n");
        ParleyConfig config = loader.load(file, Map.of("PARLEY_AUDIOSOCKET_PORT", "9494", "PARLEY_DATA", "/srv/parley"));
        assertEquals(8181, config.http().port());
        assertEquals(9494, config.audiosocket().port());
        assertEquals(Path.of("/srv/parley"), config.data());
        assertEquals(Duration.ofMillis(500), config.calls().endAfter());
    }

    @Test
    void overloadLimitsHaveCommentedDefaultsAndComeFromTheEnvironment() {
        ParleyConfig defaults = loader.load(null, Map.of());
        assertEquals(Duration.ofSeconds(3), defaults.speech().maxLag());
        assertEquals(0, defaults.calls().maxLive(), "no live limit unless the site sets one");
        ParleyConfig site = loader.load(null, Map.of("PARLEY_SPEECH_MAX_LAG", "1500 ms", "PARLEY_CALLS_MAX_LIVE", "18"));
        assertEquals(Duration.ofMillis(1500), site.speech().maxLag());
        assertEquals(18, site.calls().maxLive());
        ConfigException negative = assertThrows(ConfigException.class,
                () -> loader.load(null, Map.of("PARLEY_CALLS_MAX_LIVE", "-1")));
        assertTrue(negative.getMessage().contains("calls.max_live"), negative.getMessage());
        ConfigException none = assertThrows(ConfigException.class,
                () -> loader.load(null, Map.of("PARLEY_SPEECH_MAX_LAG", "0 s")));
        assertTrue(none.getMessage().contains("speech.max_lag"), none.getMessage());
    }

    @Test
    void aStopWaitsThirtySecondsForTheCallsUnlessTheSiteSaysOtherwiseAndNeverLongerThanTenMinutes() throws Exception {
        assertEquals(Duration.ofSeconds(30), loader.load(null, Map.of()).calls().stopWithin());
        assertEquals(Duration.ZERO, loader.load(null, Map.of("PARLEY_CALLS_STOP_WITHIN", "0 s")).calls().stopWithin(),
                "0: calls still being decoded are marked at once");
        assertEquals(Duration.ofSeconds(80), loader.load(site("calls:\n  stop_within: 80 seconds\n"), Map.of())
                .calls().stopWithin());
        ConfigException tooLong = assertThrows(ConfigException.class,
                () -> loader.load(null, Map.of("PARLEY_CALLS_STOP_WITHIN", "11 minutes")));
        assertTrue(tooLong.getMessage().contains("calls.stop_within"), tooLong.getMessage());
        ConfigException notADuration = assertThrows(ConfigException.class,
                () -> loader.load(null, Map.of("PARLEY_CALLS_STOP_WITHIN", "soon")));
        assertTrue(notADuration.getMessage().contains("calls.stop_within"), notADuration.getMessage());
    }

    @Test
    void redactionIsOnByDefaultForEveryCategory() {
        ParleyConfig.Redaction redaction = loader.load(null, Map.of()).redaction();
        assertEquals(new app.parley.redaction.RedactionPolicy(java.util.EnumSet.allOf(app.parley.redaction.Category.class),
                4, 2.5), redaction.policy());
        assertEquals(app.parley.redaction.RedactionPolicy.DEFAULT, redaction.policy());
    }

    @Test
    void redactionIsSetPerSiteAndFromTheEnvironment() throws Exception {
        Path file = site("redaction:\n  categories: card, ssn\n  card_last_digits: 0\n  hold: 1500 ms\n");
        app.parley.redaction.RedactionPolicy policy = loader.load(file, Map.of()).redaction().policy();
        assertEquals(java.util.Set.of(app.parley.redaction.Category.CARD, app.parley.redaction.Category.SSN),
                policy.categories());
        assertEquals(0, policy.cardLastDigits());
        assertEquals(1.5, policy.holdSeconds());
        assertEquals(app.parley.redaction.RedactionPolicy.OFF,
                loader.load(file, Map.of("PARLEY_REDACTION_ENABLED", "false")).redaction().policy());
    }

    @Test
    void badRedactionSettingsNameTheKey() throws Exception {
        Path unknown = site("redaction:\n  categories: card, cvv\n");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(unknown, Map.of()));
        assertEquals(unknown + ":2: key 'redaction.categories' names an unknown category 'cvv' (known: card, "
                + "security-code, expiry, ssn)", e.getMessage());
        e = assertThrows(ConfigException.class, () -> loader.load(null, Map.of("PARLEY_REDACTION_CATEGORIES", "")));
        assertTrue(e.getMessage().startsWith("environment variable PARLEY_REDACTION_CATEGORIES: key "
                + "'redaction.categories' names no category"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> loader.load(null, Map.of("PARLEY_REDACTION_CARD_LAST_DIGITS", "6")));
        assertTrue(e.getMessage().contains("'redaction.card_last_digits' must be from 0 to 4, got 6"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> loader.load(null, Map.of("PARLEY_REDACTION_HOLD", "1 minute")));
        assertTrue(e.getMessage().contains("'redaction.hold' must be at most 10 seconds"), e.getMessage());
        assertEquals(app.parley.redaction.RedactionPolicy.OFF, loader.load(null, Map.of("PARLEY_REDACTION_ENABLED",
                "false", "PARLEY_REDACTION_CATEGORIES", "")).redaction().policy(), "off needs no category");
    }

    @Test
    void unknownKeyIsNamedWithItsLine() throws Exception {
        Path file = site("http:\n  port: 8181\n  prot: 1\n");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file, Map.of()));
        assertTrue(e.getMessage().startsWith(file + ":3: unknown key 'http.prot'"), e.getMessage());
    }

    @Test
    void repeatedKeyIsAnError() throws Exception {
        Path file = site("http:\n  port: 8181\n  port: 8282\n");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file, Map.of()));
        assertTrue(e.getMessage().startsWith(file + ":3:"), e.getMessage());
        assertTrue(e.getMessage().contains("port"), e.getMessage());
    }

    @Test
    void badValueNamesTheKeyAndLine() throws Exception {
        Path file = site("# comment\nspeech:\n  workers: many\n");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file, Map.of()));
        assertEquals(file + ":3: key 'speech.workers' must be a whole number, got 'many'", e.getMessage());
    }

    @Test
    void badEnvironmentValueNamesTheVariable() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.load(null, Map.of("PARLEY_HTTP_PORT", "99999")));
        assertEquals("environment variable PARLEY_HTTP_PORT: key 'http.port' must be from 0 to 65535, got 99999",
                e.getMessage());
    }

    @Test
    void badDurationAndLanguageAreExplained() throws Exception {
        ConfigException duration = assertThrows(ConfigException.class,
                () -> loader.load(site("calls:\n  end_after: soon\n"), Map.of()));
        assertTrue(duration.getMessage().contains("must be a duration"), duration.getMessage());
        ConfigException language = assertThrows(ConfigException.class,
                () -> loader.load(null, Map.of("PARLEY_SPEECH_LANGUAGE", "fr")));
        assertTrue(language.getMessage().contains("must be one of [en, es]"), language.getMessage());
    }

    @Test
    void theVoiceGateIsOffByDefaultAndTunedFromTheSiteOrTheEnvironment() throws Exception {
        assertEquals(app.parley.speech.VoiceGate.Settings.DEFAULT, loader.load(null, Map.of()).speech().gate());
        ParleyConfig on = loader.load(site("speech:\n  vad:\n    hangover: 800 ms\n"),
                Map.of("PARLEY_SPEECH_VAD_ENABLED", "true"));
        assertTrue(on.speech().gate().enabled());
        assertEquals(java.time.Duration.ofMillis(800), on.speech().gate().hangover());
        ConfigException bad = assertThrows(ConfigException.class,
                () -> loader.load(site("speech:\n  vad:\n    preroll: a bit\n"), Map.of()));
        assertTrue(bad.getMessage().contains("speech.vad.preroll") && bad.getMessage().contains("must be a duration"),
                bad.getMessage());
    }

    @Test
    void decodingOptionsAreNumbersOrTheModelsOwn() throws Exception {
        assertEquals(app.parley.speech.Decoding.DEFAULT, loader.load(null, Map.of()).speech().decoding());
        ParleyConfig site = loader.load(site("speech:\n  decoding:\n    beam: 8\n    max_active: model\n"),
                Map.of("PARLEY_SPEECH_DECODING_LATTICE_BEAM", "1.5"));
        assertEquals(8.0, site.speech().decoding().beam());
        assertEquals(null, site.speech().decoding().maxActive());
        assertEquals(1.5, site.speech().decoding().latticeBeam());
        ConfigException fraction = assertThrows(ConfigException.class,
                () -> loader.load(site("speech:\n  decoding:\n    max_active: 1500.5\n"), Map.of()));
        assertTrue(fraction.getMessage().contains("speech.decoding.max_active")
                && fraction.getMessage().contains("whole number"), fraction.getMessage());
        ConfigException word = assertThrows(ConfigException.class,
                () -> loader.load(site("speech:\n  decoding:\n    beam: wide\n"), Map.of()));
        assertTrue(word.getMessage().contains("speech.decoding.beam") && word.getMessage().contains("'model'"),
                word.getMessage());
        ConfigException range = assertThrows(ConfigException.class,
                () -> loader.load(null, Map.of("PARLEY_SPEECH_DECODING_BEAM", "0")));
        assertTrue(range.getMessage().contains("must be from"), range.getMessage());
    }

    @Test
    void sectionGivenAValueIsAnError() throws Exception {
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(site("http: 8080\n"), Map.of()));
        assertTrue(e.getMessage().contains(":1: unknown key 'http'"), e.getMessage());
    }

    @Test
    void ledgerDefaultsAreTheIssuesPolicy() {
        ParleyConfig.Ledger ledger = loader.load(null, Map.of()).ledger();
        assertEquals(new ParleyConfig.Phone("1", "011", "1"), ledger.phone());
        assertEquals(List.of(
                new ParleyConfig.DiscountBand(1, 30, new BigDecimal("0"), new BigDecimal("5")),
                new ParleyConfig.DiscountBand(31, 90, new BigDecimal("5"), new BigDecimal("10")),
                new ParleyConfig.DiscountBand(91, 180, new BigDecimal("10"), new BigDecimal("20")),
                new ParleyConfig.DiscountBand(181, null, new BigDecimal("15"), new BigDecimal("30"))),
                ledger.offers().discountBands());
        assertEquals(3, ledger.offers().payInFullDays());
        assertEquals(3, ledger.offers().instalments());
        assertEquals(12, ledger.offers().planMonths());
        assertEquals(new BigDecimal("5"), ledger.offers().planRatePct());
        assertEquals(new BigDecimal("25.00"), ledger.offers().planMinInstalment());
        assertEquals(Duration.ofMinutes(10), ledger.cache().expireAfter());
        assertEquals(Duration.ofSeconds(5), ledger.cache().recheckImports());
    }

    @Test
    void ledgerKeysAreSetFromASiteFileAndTheEnvironment() throws Exception {
        Path file = site("ledger:\n  phone:\n    country_code: \"44\"\n    international_prefix: \"00\"\n"
                + "    trunk_prefix: \"0\"\n  offers:\n    discount_bands: \"1-60: 0-2.5%, 61+ days: 5-10%\"\n");
        ParleyConfig.Ledger ledger = loader.load(file, Map.of("PARLEY_LEDGER_OFFERS_PLAN_RATE", "0%",
                "PARLEY_LEDGER_PHONE_TRUNK_PREFIX", "none")).ledger();
        assertEquals(new ParleyConfig.Phone("44", "00", ""), ledger.phone());
        assertEquals(List.of(new ParleyConfig.DiscountBand(1, 60, new BigDecimal("0"), new BigDecimal("2.5")),
                new ParleyConfig.DiscountBand(61, null, new BigDecimal("5"), new BigDecimal("10"))),
                ledger.offers().discountBands());
        assertEquals(new BigDecimal("0"), ledger.offers().planRatePct());
    }

    @Test
    void theStoresConnectionsAndWriterQueueAreSetAndChecked() throws Exception {
        ParleyConfig.Store defaults = loader.load(null, Map.of()).store();
        assertEquals(app.parley.store.CallStore.DEFAULT_READ_CONNECTIONS, defaults.readConnections());
        assertEquals(10_000, defaults.writeQueue());
        ParleyConfig.Store site = loader.load(site("store:\n  read_connections: 8\n  write_queue: 500\n"), Map.of()).store();
        assertEquals(8, site.readConnections());
        assertEquals(500, site.writeQueue());
        assertEquals(2, loader.load(null, Map.of("PARLEY_STORE_READ_CONNECTIONS", "2")).store().readConnections());
        assertEquals(20_000, loader.load(null, Map.of("PARLEY_STORE_WRITE_QUEUE", "20000")).store().writeQueue());
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.load(null, Map.of("PARLEY_STORE_READ_CONNECTIONS", "0")));
        assertTrue(e.getMessage().contains("'store.read_connections' must be from 1 to 64, got 0"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> loader.load(null, Map.of("PARLEY_STORE_WRITE_QUEUE", "10")));
        assertTrue(e.getMessage().contains("'store.write_queue' must be from 100 to 1000000, got 10"), e.getMessage());
    }

    @Test
    void badDiscountBandsAreNamedWithWhatIsWrong() {
        Map<String, String> cases = Map.of(
                "1-30: 0-5%, 32-90: 5-10%, 91+: 10-20%", "band 2 '32-90: 5-10%' must start at 31 days",
                "0-30: 0-5%, 31+: 5-10%", "band 1 '0-30: 0-5%' must start at 1 day",
                "1-30: 0-5%, 31-90: 5-10%", "the last band '31-90: 5-10%' must be open-ended",
                "1+: 0-5%, 31-90: 5-10%", "band 1 '1+: 0-5%' is open-ended ('+') but is not the last",
                "1-30: 6-5%, 31+: 5-10%", "band 1 '1-30: 6-5%' must have its opening discount at most its maximum",
                "1-30: 0-5, 31+: 5-10%", "band 1 '1-30: 0-5' must look like '31-90: 5-10%'",
                "1-30: 0-5%, 31+: 5-101%", "band 2 '31+: 5-101%' must have its opening discount");
        cases.forEach((bands, expected) -> {
            ConfigException e = assertThrows(ConfigException.class,
                    () -> loader.load(null, Map.of("PARLEY_LEDGER_OFFERS_DISCOUNT_BANDS", bands)));
            assertTrue(e.getMessage().startsWith("environment variable PARLEY_LEDGER_OFFERS_DISCOUNT_BANDS: key "
                    + "'ledger.offers.discount_bands' " + expected), bands + " -> " + e.getMessage());
        });
    }

    @Test
    void contradictoryOrMalformedLedgerValuesNameTheKey() throws Exception {
        ConfigException plan = assertThrows(ConfigException.class,
                () -> loader.load(site("ledger:\n  offers:\n    instalments: 3\n    plan_months: 3\n"), Map.of()));
        assertEquals(dir.resolve("parley.yaml") + ":4: key 'ledger.offers.plan_months' must be more than "
                + "ledger.offers.instalments (3): the monthly plan is the longer one, got 3", plan.getMessage());
        ConfigException octal = assertThrows(ConfigException.class,
                () -> loader.load(null, Map.of("PARLEY_LEDGER_PHONE_INTERNATIONAL_PREFIX", "+00")));
        assertTrue(octal.getMessage().contains("'ledger.phone.international_prefix' must be 1 to 4 digits"),
                octal.getMessage());
        ConfigException same = assertThrows(ConfigException.class,
                () -> loader.load(null, Map.of("PARLEY_LEDGER_PHONE_INTERNATIONAL_PREFIX", "1")));
        assertEquals("built-in defaults: key 'ledger.phone.trunk_prefix' must differ from "
                + "ledger.phone.international_prefix ('1')", same.getMessage());
        ConfigException rate = assertThrows(ConfigException.class,
                () -> loader.load(null, Map.of("PARLEY_LEDGER_OFFERS_PLAN_RATE", "0.05")));
        assertTrue(rate.getMessage().contains("'ledger.offers.plan_rate' must be a percentage such as '5%'"),
                rate.getMessage());
        ConfigException amount = assertThrows(ConfigException.class,
                () -> loader.load(null, Map.of("PARLEY_LEDGER_OFFERS_PLAN_MIN_INSTALMENT", "25,00")));
        assertTrue(amount.getMessage().contains("'ledger.offers.plan_min_instalment' must be an amount"),
                amount.getMessage());
        ConfigException expiry = assertThrows(ConfigException.class,
                () -> loader.load(null, Map.of("PARLEY_LEDGER_CACHE_EXPIRE_AFTER", "0 s")));
        assertTrue(expiry.getMessage().contains("'ledger.cache.expire_after' must be longer than 0"),
                expiry.getMessage());
    }

    @Test
    void theMetricsScraperTokenComesFromAFileOrTheEnvironmentAndIsNeverShown() throws Exception {
        assertFalse(loader.load(null, Map.of()).metrics().scraperAllowed(), "no token unless one is given");
        String token = "0123456789abcdef0123456789abcdef0123456789abcdef";
        Path file = dir.resolve("metrics-token");
        Files.writeString(file, token + "\n");
        ParleyConfig fromFile = loader.load(null, Map.of("PARLEY_METRICS_TOKEN_FILE", file.toString()));
        assertEquals(token, fromFile.metrics().scraperToken());
        assertFalse(fromFile.toString().contains(token), fromFile.toString());
        assertEquals(token, loader.load(null, Map.of("PARLEY_METRICS_TOKEN", token)).metrics().scraperToken());
    }

    @Test
    void aShortMissingOrDoubleMetricsTokenNamesTheKey() throws Exception {
        Path file = dir.resolve("short-token");
        Files.writeString(file, "guessable\n");
        ConfigException tooShort = assertThrows(ConfigException.class,
                () -> loader.load(site("metrics:\n  token_file: " + file + "\n"), Map.of()));
        assertEquals(dir.resolve("parley.yaml") + ":2: key 'metrics.token_file' gives a token of 9 characters: at "
                + "least 32 are needed (openssl rand -hex 32 makes one)", tooShort.getMessage());
        assertFalse(tooShort.getMessage().contains("guessable"), "the token itself is never shown");
        ConfigException missing = assertThrows(ConfigException.class,
                () -> loader.load(null, Map.of("PARLEY_METRICS_TOKEN_FILE", dir.resolve("nowhere").toString())));
        assertTrue(missing.getMessage().contains("key 'metrics.token_file' names a file that cannot be read"),
                missing.getMessage());
        ConfigException both = assertThrows(ConfigException.class, () -> loader.load(null, Map.of(
                "PARLEY_METRICS_TOKEN_FILE", file.toString(), "PARLEY_METRICS_TOKEN", "x".repeat(40))));
        assertTrue(both.getMessage().contains("key 'metrics.token_file' and metrics.token are both set"),
                both.getMessage());
    }

    @Test
    void oneNodeUnlessTheSiteListsItsClusterMembers() throws Exception {
        ParleyConfig.Cluster single = loader.load(null, Map.of()).cluster();
        assertFalse(single.enabled());
        assertEquals(new ParleyConfig.Cluster(false, "127.0.0.1", 5701, 0, List.of(), 0), single);
        Path file = site("store:\n  backend: postgresql\n  url: jdbc:postgresql://db:5432/parley\n"
                + "cluster:\n  enabled: true\n  host: 10.0.0.11\n  members: 10.0.0.12:5701, 10.0.0.11:5701\n");
        ParleyConfig.Cluster three = loader.load(file, Map.of("PARLEY_CLUSTER_PORT", "5801",
                "PARLEY_CLUSTER_BUS_PORT", "5802")).cluster();
        assertEquals(new ParleyConfig.Cluster(true, "10.0.0.11", 5801, 5802, List.of("10.0.0.11:5701", "10.0.0.12:5701"), 0),
                three);
    }

    @Test
    void aClusterNeedsMembersWithPortsAndAStoreItsNodesShare() throws Exception {
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(null, Map.of(
                "PARLEY_CLUSTER_ENABLED", "true", "PARLEY_STORE_BACKEND", "postgresql",
                "PARLEY_STORE_URL", "jdbc:postgresql://db/parley")));
        assertTrue(e.getMessage().contains("'cluster.members' names no member"), e.getMessage());
        Path file = site("cluster:\n  members: 10.0.0.12\n");
        e = assertThrows(ConfigException.class, () -> loader.load(file, Map.of()));
        assertEquals(file + ":2: key 'cluster.members' each member is host:port (port 1 to 65535), got '10.0.0.12'",
                e.getMessage());
        e = assertThrows(ConfigException.class, () -> loader.load(null, Map.of("PARLEY_CLUSTER_ENABLED", "true",
                "PARLEY_CLUSTER_MEMBERS", "127.0.0.1:5701")));
        assertTrue(e.getMessage().contains("'cluster.enabled' needs a store the nodes share"), e.getMessage());
    }

    @Test
    void theQuorumToFollowThePbxIsAMajorityUnlessTheSiteSetsOneTheMembersCanReach() throws Exception {
        Map<String, String> three = Map.of("PARLEY_CLUSTER_ENABLED", "true", "PARLEY_STORE_BACKEND", "postgresql",
                "PARLEY_STORE_URL", "jdbc:postgresql://db/parley",
                "PARLEY_CLUSTER_MEMBERS", "10.0.0.11:5701,10.0.0.12:5701,10.0.0.13:5701");
        ParleyConfig.Cluster cluster = loader.load(null, three).cluster();
        assertEquals(0, cluster.quorum());
        assertEquals(2, cluster.followerQuorum());
        Map<String, String> two = new java.util.HashMap<>(three);
        two.put("PARLEY_CLUSTER_MEMBERS", "10.0.0.11:5701,10.0.0.12:5701");
        assertEquals(1, loader.load(null, two).cluster().followerQuorum(), "two nodes: no quorum");
        Map<String, String> set = new java.util.HashMap<>(three);
        set.put("PARLEY_CLUSTER_QUORUM", "3");
        assertEquals(3, loader.load(null, set).cluster().followerQuorum());
        set.put("PARLEY_CLUSTER_QUORUM", "4");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(null, set));
        assertTrue(e.getMessage().contains("'cluster.quorum' is 4, more than the 3 node(s) cluster.members lists"),
                e.getMessage());
    }
}
