package app.parley.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.testing.TestAudio;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/metrics.md names every metric Parley writes, and it and the Grafana dashboard use no
 * Parley metric name that Parley does not write: renaming one without the docs fails here.
 */
class MetricsDocsTest {
    private static final Pattern PARLEY_NAME = Pattern.compile("\\bparley_[a-z0-9_]+");
    /** What Prometheus adds to a histogram's or a timer's name. */
    private static final Pattern SUFFIX = Pattern.compile("_(bucket|count|sum|max)$");

    /** The metric families of a Parley with every part registered, as Prometheus names them. */
    private static Set<String> written() throws Exception {
        try (ParleyMetrics metrics = new ParleyMetrics()) {
            metrics.speechRecognizers(() -> 0, () -> 0);
            metrics.liveFeedClients(() -> 0);
            metrics.storeWriter(() -> 0);
            metrics.cluster(() -> 3, 2, () -> true);
            Vertx vertx = Vertx.vertx();
            try {
                metrics.followPbxLink(vertx.eventBus(), "docs.test");
            } finally {
                vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            }
            Set<String> families = new TreeSet<>();
            for (String line : metrics.scrape().split("\n")) {
                if (line.startsWith("# TYPE parley_")) {
                    families.add(SUFFIX.matcher(line.split(" ")[2]).replaceFirst(""));
                }
            }
            return families;
        }
    }

    private static Set<String> named(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PARLEY_NAME.matcher(text);
        while (m.find()) {
            names.add(SUFFIX.matcher(m.group()).replaceFirst(""));
        }
        return names;
    }

    @Test
    void theMetricsPageNamesEveryMetricAndNoOther() throws Exception {
        Set<String> written = written();
        assertTrue(written.size() >= 10, written.toString());
        String page = Files.readString(TestAudio.repoRoot().resolve("docs/metrics.md"), StandardCharsets.UTF_8);
        List<String> undocumented = new ArrayList<>();
        for (String name : written) {
            if (!page.contains("| `" + name + "` |")) {
                undocumented.add(name);
            }
        }
        assertEquals(List.of(), undocumented, "metrics without their row in docs/metrics.md");
        Set<String> unknown = named(page);
        unknown.removeAll(written);
        assertEquals(Set.of(), unknown, "names in docs/metrics.md that Parley does not write");
    }

    @Test
    void theDashboardQueriesOnlyMetricsParleyWrites() throws Exception {
        Path file = TestAudio.repoRoot().resolve("docs/grafana/parley.json");
        JsonNode dashboard = new ObjectMapper().readTree(file.toFile());
        StringBuilder queries = new StringBuilder();
        int panels = 0;
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.path("targets")) {
                queries.append(target.get("expr").asText()).append('\n');
                panels++;
            }
        }
        Set<String> queried = named(queries.toString());
        Set<String> unknown = new TreeSet<>(queried);
        unknown.removeAll(written());
        assertEquals(Set.of(), unknown, "dashboard queries of metrics Parley does not write");
        assertTrue(queried.containsAll(Set.of("parley_calls_live", "parley_word_to_screen_seconds",
                "parley_prompt_to_screen_seconds", "parley_decode_lag_seconds")), queried.toString());
        assertTrue(panels >= 15, "queries: " + panels);
    }
}
