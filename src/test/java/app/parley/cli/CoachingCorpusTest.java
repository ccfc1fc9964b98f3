package app.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.testing.TestAudio;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The labelled corpus (corpus/*.txt), synthesized with flite and sox, through
 * {@code parley evaluate}: speech recognition, loudness, talk-over and the built-in English
 * rules, exactly as {@code analyze} runs a recording. The aim of issue 6: recall and precision
 * of at least 0.9 on the three main kinds, and no prompt at all on the clean calls. About three
 * minutes on two cores.
 */
class CoachingCorpusTest {
    private static final List<String> MAIN_KINDS = List.of("urgency", "options", "emotional-control");

    @TempDir
    Path dir;

    @Test
    void corpusMeetsTheAimOnTheMainKindsAndStaysQuietOnCleanCalls() throws Exception {
        Path config = dir.resolve("parley.yaml");
        Files.writeString(config, "speech:\n  model: " + TestAudio.model().toAbsolutePath() + "\n");
        Path out = dir.resolve("evaluation.json");
        int exit = Main.run("evaluate", "--corpus", TestAudio.repoRoot().resolve("corpus").toString(),
                "--make-call", TestAudio.repoRoot().resolve("scripts/make-call").toString(),
                "--config", config.toString(), "--data", dir.resolve("data").toString(), "--json", out.toString());
        assertEquals(0, exit);
        JsonNode result = new ObjectMapper().readTree(out.toFile()).get("sets").get(0);
        assertTrue(result.get("calls").size() >= 25);
        for (String main : MAIN_KINDS) {
            JsonNode kind = null;
            for (JsonNode row : result.get("kinds")) {
                if (row.get("kind").asText().equals(main)) {
                    kind = row;
                }
            }
            assertTrue(kind != null, "the evaluation reports " + main + ": " + result.get("kinds"));
            String figures = kind.toString();
            assertTrue(kind.get("expected").asInt() >= 5, figures);
            assertTrue(kind.get("recall").asDouble() >= 0.9, figures);
            assertTrue(kind.get("precision").asDouble() >= 0.9, figures);
        }
        assertTrue(result.get("clean_calls").asInt() >= 5);
        assertEquals(0, result.get("prompts_on_clean_calls").asInt(), "prompts on clean calls");
    }
}
