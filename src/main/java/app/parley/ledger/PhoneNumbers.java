package app.parley.ledger;

import app.parley.config.ParleyConfig;

/**
 * Brings a phone number written any common way to E.164 ({@code +15550100101}), so numbers
 * match however the billing system or the PBX wrote them. With country code 1, trunk prefix 1
 * and international prefix 011: {@code +1 (555) 010-0101}, {@code 1-555-010-0101},
 * {@code 555.010.0101} and {@code 011 1 555 010 0101} are all {@code +15550100101}. Pure.
 */
public final class PhoneNumbers {
    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 15;

    private final String countryCode;
    private final String internationalPrefix;
    private final String trunkPrefix;

    public PhoneNumbers(ParleyConfig.Phone config) {
        this.countryCode = config.countryCode();
        this.internationalPrefix = config.internationalPrefix();
        this.trunkPrefix = config.trunkPrefix();
    }

    /** Thrown for text that is not a phone number; the message says why. */
    public static final class InvalidPhoneException extends IllegalArgumentException {
        InvalidPhoneException(String message) {
            super(message);
        }
    }

    /**
     * The number in E.164 form. Separators (spaces, {@code - . / ( )}) are ignored, an
     * extension ({@code x12}, {@code ext. 12}) is dropped, {@code +44 (0)20 ...} loses its
     * {@code (0)}; a number without {@code +} or the international prefix is national: its
     * trunk prefix is dropped and the default country code put in front.
     */
    public String normalize(String raw) {
        String text = raw.strip();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int extension = firstOf(lower, "ext", "x", "#", ";");
        if (extension >= 0) {
            text = text.substring(0, extension).strip();
        }
        if (text.isEmpty()) {
            throw new InvalidPhoneException("an empty phone number");
        }
        boolean plus = text.startsWith("+");
        if (plus) {
            text = text.substring(1).replace("(0)", "");
        }
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (" -./()\u00a0".indexOf(c) < 0) {
                throw new InvalidPhoneException("'" + raw + "' is not a phone number (unexpected '" + c + "')");
            }
        }
        String number = digits.toString();
        String international;
        if (plus) {
            international = number;
        } else if (number.startsWith(internationalPrefix)) {
            international = number.substring(internationalPrefix.length());
        } else {
            String national = !trunkPrefix.isEmpty() && number.startsWith(trunkPrefix)
                    ? number.substring(trunkPrefix.length()) : number;
            international = countryCode + national;
        }
        if (international.length() < MIN_DIGITS || international.length() > MAX_DIGITS) {
            throw new InvalidPhoneException("'" + raw + "' is not a phone number (" + international.length()
                    + " digits with the country code; E.164 numbers have " + MIN_DIGITS + " to " + MAX_DIGITS + ")");
        }
        if (international.startsWith("0")) {
            throw new InvalidPhoneException("'" + raw + "' is not a phone number (no country code starts with 0)");
        }
        return "+" + international;
    }

    private static int firstOf(String text, String... markers) {
        int first = -1;
        for (String marker : markers) {
            int at = text.indexOf(marker);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
