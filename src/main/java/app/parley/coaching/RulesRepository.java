package app.parley.coaching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The rules in force, swapped atomically. Sessions read {@link #current()} when a call starts;
 * {@link #replace} validates a new file, writes it to the site file and only then puts it in
 * force. A rejected file changes nothing. Thread-safe.
 */
public final class RulesRepository implements Supplier<RuleBook> {
    private final AtomicReference<RuleBook> current;
    private final Path siteFile;
    private final String language;

    private RulesRepository(RuleBook initial, Path siteFile, String language) {
        this.current = new AtomicReference<>(initial);
        this.siteFile = siteFile;
        this.language = language;
    }

    /**
     * The site's rules from {@code siteFile} when it exists, else the built-in pack of
     * {@code language}; later replacements are written to {@code siteFile}.
     */
    public static RulesRepository load(Path siteFile, String language) throws RuleBookException, IOException {
        RuleBook initial;
        if (Files.isRegularFile(siteFile)) {
            initial = RuleParser.parse(Files.readString(siteFile, StandardCharsets.UTF_8), siteFile.toString(), language);
        } else {
            initial = RuleBook.builtIn(language);
        }
        return new RulesRepository(initial, siteFile, language);
    }

    /** Rules kept in memory only (tests, a one-off {@code analyze}): replacements are not saved. */
    public static RulesRepository inMemory(RuleBook initial) {
        return new RulesRepository(initial, null, initial.language());
    }

    public RuleBook current() {
        return current.get();
    }

    @Override
    public RuleBook get() {
        return current();
    }

    /** The language the rules must be written for ({@code speech.language}). */
    public String language() {
        return language;
    }

    /** Checks a rules file without putting it in force. */
    public RuleBook validate(String text) throws RuleBookException {
        return RuleParser.parse(text, sourceName(), language);
    }

    /**
     * Validates {@code text}, saves it to the site file (atomically: a crash leaves the old file
     * or the new one) and puts it in force for calls that start from now on.
     */
    public synchronized RuleBook replace(String text) throws RuleBookException, IOException {
        RuleBook book = validate(text);
        if (siteFile != null) {
            Path dir = siteFile.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, siteFile.getFileName().toString(), ".tmp");
            try {
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, siteFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, siteFile, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
        current.set(book);
        return book;
    }

    private String sourceName() {
        return siteFile == null ? "submitted rules" : siteFile.toString();
    }
}
