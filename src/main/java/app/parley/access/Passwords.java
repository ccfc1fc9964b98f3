package app.parley.access;

import io.vertx.ext.auth.hashing.HashingStrategy;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Password hashes: PBKDF2-HMAC-SHA512 with a random salt and 210,000 iterations (OWASP's
 * figure), from Vert.x's own {@code vertx-auth-common}, so no native code or extra library is
 * needed. Slow on purpose (about 0.2 s): never call it on an event loop.
 */
public final class Passwords {
    /** Iterations for new hashes; a stored hash keeps the count it was made with. */
    static final int ITERATIONS = 210_000;
    /** The shortest password accepted. */
    public static final int MIN_LENGTH = 10;

    private static final HashingStrategy HASHING = HashingStrategy.load();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Passwords() {
    }

    public static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HASHING.hash("pbkdf2", Map.of("it", Integer.toString(ITERATIONS)),
                Base64.getEncoder().encodeToString(salt), password);
    }

    public static boolean matches(String hash, String password) {
        return hash != null && password != null && HASHING.verify(hash, password);
    }

    /** A random password of {@code length} letters and digits, with no look-alikes (l, 1, O, 0). */
    public static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    /** Why a new password is refused, or null when it will do. */
    public static String weakness(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "a password has at least " + MIN_LENGTH + " characters";
        }
        if (password.chars().distinct().count() < 4) {
            return "a password uses at least four different characters";
        }
        return null;
    }
}
