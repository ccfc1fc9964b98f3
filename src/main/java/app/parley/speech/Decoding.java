package app.parley.speech;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How hard the recogniser searches: the decoder options of Kaldi that Vosk reads from the model
 * folder's {@code conf/model.conf} (and nowhere else: its Java API has no setter for them). Each
 * option is null where the model's own file is to stand.
 *
 * <p>{@code beam}: how far below the best path a hypothesis may score and still be followed;
 * {@code maxActive}: at most this many decoder states per frame (the beam narrows when more
 * would pass); {@code latticeBeam}: how much of the lattice is kept for the final result;
 * {@code framesPerChunk}: audio frames (10 ms) the acoustic network computes at once. The
 * downloaded model is never changed: {@link #apply} lays a folder beside it whose
 * {@code conf/model.conf} is rewritten and whose every other file is a link to the model's.
 */
public record Decoding(Double beam, Integer maxActive, Double latticeBeam, Integer framesPerChunk) {
    /** Every option as the model's own conf/model.conf has it. */
    public static final Decoding MODEL = new Decoding(null, null, null, null);
    /**
     * As parley-defaults.yaml has it (speech.decoding): the model's own search. The narrower one
     * measured in docs/speech.md ("Decoding settings": beam 8, max-active 1000, lattice-beam 1, a
     * sixth less CPU, no more word errors on the corpus) changes which words are heard where the
     * coaching figures and the suite were measured, so a site turns it on.
     */
    public static final Decoding DEFAULT = MODEL;

    public Decoding {
        if (beam != null && !(beam > 0 && beam <= 50)) {
            throw new IllegalArgumentException("beam must be above 0 and at most 50, got " + beam);
        }
        if (maxActive != null && (maxActive < 10 || maxActive > 100_000)) {
            throw new IllegalArgumentException("max-active must be from 10 to 100000, got " + maxActive);
        }
        if (latticeBeam != null && !(latticeBeam > 0 && latticeBeam <= 50)) {
            throw new IllegalArgumentException("lattice-beam must be above 0 and at most 50, got " + latticeBeam);
        }
        if (framesPerChunk != null && (framesPerChunk < 3 || framesPerChunk > 300)) {
            throw new IllegalArgumentException("frames-per-chunk must be from 3 to 300, got " + framesPerChunk);
        }
    }

    /** The model.conf options these settings replace or add, as Kaldi spells them. */
    public Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>();
        if (beam != null) {
            options.put("beam", number(beam));
        }
        if (maxActive != null) {
            options.put("max-active", Integer.toString(maxActive));
        }
        if (latticeBeam != null) {
            options.put("lattice-beam", number(latticeBeam));
        }
        if (framesPerChunk != null) {
            options.put("frames-per-chunk", Integer.toString(framesPerChunk));
        }
        return options;
    }

    /** Whether the model's own file stands as it is. */
    public boolean isModels() {
        return options().isEmpty();
    }

    @Override
    public String toString() {
        if (isModels()) {
            return "the model's own";
        }
        List<String> parts = new ArrayList<>();
        options().forEach((k, v) -> parts.add(k + " " + v));
        return String.join(", ", parts);
    }

    /**
     * The model folder Vosk is to load: {@code modelDir} itself when nothing is changed, else
     * {@code into} (created, empty or absent) holding a link to each of the model's entries but
     * {@code conf}, and a {@code conf} whose {@code model.conf} is the model's with these
     * options replaced (or added at its end) and whose other files are links.
     */
    public Path apply(Path modelDir, Path into) throws IOException {
        if (isModels()) {
            return modelDir;
        }
        Path model = modelDir.toAbsolutePath();
        Path conf = model.resolve("conf");
        if (!Files.isRegularFile(conf.resolve("model.conf"))) {
            throw new IOException("no conf/model.conf in " + model + " to apply speech.decoding to");
        }
        Files.createDirectories(into.resolve("conf"));
        linkAllBut(model, into, "conf");
        linkAllBut(conf, into.resolve("conf"), "model.conf");
        Files.writeString(into.resolve("conf/model.conf"),
                rewrite(Files.readString(conf.resolve("model.conf"), StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        return into;
    }

    /** A model.conf's text with these options in it: each replaced where it stands, the rest appended. */
    String rewrite(String modelConf) {
        Map<String, String> left = new LinkedHashMap<>(options());
        StringBuilder out = new StringBuilder();
        for (String line : modelConf.split("\n", -1)) {
            String trimmed = line.trim();
            int equals = trimmed.indexOf('=');
            if (trimmed.startsWith("--") && equals > 2) {
                String key = trimmed.substring(2, equals);
                String value = left.remove(key);
                if (value != null) {
                    out.append("--").append(key).append('=').append(value).append('\n');
                    continue;
                }
            }
            if (!line.isEmpty()) {
                out.append(line).append('\n');
            }
        }
        left.forEach((key, value) -> out.append("--").append(key).append('=').append(value).append('\n'));
        return out.toString();
    }

    /** Removes a folder {@link #apply} laid (its links, not what they point at). */
    static void remove(Path overlay) {
        try (Stream<Path> entries = Files.walk(overlay)) {
            for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + overlay, e);
        }
    }

    private static void linkAllBut(Path from, Path to, String except) throws IOException {
        try (Stream<Path> entries = Files.list(from)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (!name.equals(except)) {
                    Files.createSymbolicLink(to.resolve(name), entry);
                }
            }
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.1f", value) : Double.toString(value);
    }
}
