package app.parley.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model.conf a Decoding lays beside a model, and the model left as it was downloaded. */
class DecodingTest {
    private static final String SMALL_MODEL_CONF = """
            --min-active=200
            --max-active=3000
            --beam=10.0
            --lattice-beam=2.0
            --acoustic-scale=1.0
            --frame-subsampling-factor=3
            --endpoint.rule2.min-trailing-silence=0.5
            """;

    @TempDir
    Path dir;

    @Test
    void optionsReplaceTheModelsOwnWhereTheyStandAndTheRestAreAppended() {
        String conf = new Decoding(8.0, 1000, 1.5, 30).rewrite(SMALL_MODEL_CONF);
        assertEquals("""
                --min-active=200
                --max-active=1000
                --beam=8.0
                --lattice-beam=1.5
                --acoustic-scale=1.0
                --frame-subsampling-factor=3
                --endpoint.rule2.min-trailing-silence=0.5
                --frames-per-chunk=30
                """, conf);
    }

    @Test
    void theModelsOwnSettingsLoadTheModelFolderItself() throws Exception {
        assertTrue(Decoding.MODEL.isModels());
        assertSame(dir, Decoding.MODEL.apply(dir, dir.resolve("unused")));
        assertFalse(Files.exists(dir.resolve("unused")));
    }

    @Test
    void theOverlayLinksEveryModelFileAndLeavesTheModelUnchanged() throws Exception {
        Path model = Files.createDirectories(dir.resolve("model"));
        Files.createDirectories(model.resolve("am"));
        Files.writeString(model.resolve("am/final.mdl"), "weights");
        Files.createDirectories(model.resolve("conf"));
        Files.writeString(model.resolve("conf/model.conf"), SMALL_MODEL_CONF);
        Files.writeString(model.resolve("conf/mfcc.conf"), "--sample-frequency=16000\n");
        Path overlay = new Decoding(7.0, null, null, null).apply(model, dir.resolve("overlay"));
        assertTrue(Files.isSymbolicLink(overlay.resolve("am")));
        assertEquals("weights", Files.readString(overlay.resolve("am/final.mdl")));
        assertTrue(Files.isSymbolicLink(overlay.resolve("conf/mfcc.conf")));
        assertFalse(Files.isSymbolicLink(overlay.resolve("conf/model.conf")));
        assertTrue(Files.readString(overlay.resolve("conf/model.conf")).contains("--beam=7.0\n"));
        assertEquals(SMALL_MODEL_CONF, Files.readString(model.resolve("conf/model.conf"), StandardCharsets.UTF_8));
        Decoding.remove(overlay);
        assertFalse(Files.exists(overlay));
        assertEquals("weights", Files.readString(model.resolve("am/final.mdl")));
    }

    @Test
    void outOfRangeOptionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Decoding(0.0, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Decoding(null, 5, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Decoding(null, null, null, 1000));
    }
}
