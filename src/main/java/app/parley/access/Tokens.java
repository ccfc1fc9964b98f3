package app.parley.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** API tokens of machine clients: long random secrets, kept only as their SHA-256. */
public final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** A new token: 256 random bits, URL-safe. */
    public static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return "parley_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** A new token's id, shown in lists and used to revoke it. */
    public static String newId() {
        return Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE);
    }

    /** How a token is kept: its SHA-256 (a long random token needs no salt or slow hash). */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
