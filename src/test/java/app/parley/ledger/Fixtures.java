package app.parley.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.parley.config.ConfigLoader;
import app.parley.config.ParleyConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The hand-computed ledgers under src/test/resources/ledger/fixtures: each folder is an import
 * (CSV files) and {@code expected.yaml}, whose comments show the arithmetic and whose
 * {@code checks} list, per as-of date and account, the facts fields the reconciliation must
 * give. Only the fields written there are compared (lists must match in length).
 */
final class Fixtures {
    static final ParleyConfig.Ledger DEFAULTS = new ConfigLoader().load(null, Map.of()).ledger();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Fixtures() {
    }

    static Path root() {
        try {
            return Path.of(Fixtures.class.getResource("/ledger/fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path dir(String name) {
        return root().resolve(name);
    }

    static Stream<String> names() throws IOException {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).sorted().toList().stream();
        }
    }

    static PhoneNumbers phones() {
        return new PhoneNumbers(DEFAULTS.phone());
    }

    static Reconciler reconciler() {
        return new Reconciler(DEFAULTS.offers());
    }

    /** The checks of a fixture: as_of, account and the expected facts subset. */
    static List<JsonNode> checks(String name) {
        try {
            JsonNode expected = YAML.readTree(dir(name).resolve("expected.yaml").toFile());
            List<JsonNode> checks = new java.util.ArrayList<>();
            expected.get("checks").forEach(checks::add);
            assertTrue(!checks.isEmpty(), name + " has no checks");
            return checks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails, naming the path, where {@code actual} differs from what {@code expected} lists. */
    static void assertSubset(JsonNode expected, JsonNode actual, String path) {
        if (actual == null || actual.isMissingNode()) {
            fail(path + ": missing");
        }
        if (expected.isObject()) {
            assertTrue(actual.isObject(), path + ": expected an object, got " + actual);
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                assertSubset(field.getValue(), actual.get(field.getKey()), path + "." + field.getKey());
            }
        } else if (expected.isArray()) {
            assertTrue(actual.isArray(), path + ": expected a list, got " + actual);
            assertEquals(expected.size(), actual.size(), path + ": length of " + actual);
            for (int i = 0; i < expected.size(); i++) {
                assertSubset(expected.get(i), actual.get(i), path + "[" + i + "]");
            }
        } else if (expected.isNull()) {
            assertTrue(actual.isNull(), path + ": expected null, got " + actual);
        } else if (expected.isNumber()) {
            assertTrue(actual.isNumber(), path + ": expected the number " + expected + ", got " + actual);
            assertEquals(0, expected.decimalValue().compareTo(actual.decimalValue()),
                    path + ": expected " + expected + ", got " + actual);
        } else {
            assertTrue(actual.isValueNode() && !actual.isNumber(), path + ": expected '" + expected.asText()
                    + "', got " + actual);
            assertEquals(expected.asText(), actual.asText(), path);
        }
    }
}
