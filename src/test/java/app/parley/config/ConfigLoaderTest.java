package app.parley.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
    void sectionGivenAValueIsAnError() throws Exception {
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(site("http: 8080\n"), Map.of()));
        assertTrue(e.getMessage().contains(":1: unknown key 'http'"), e.getMessage());
    }
}
