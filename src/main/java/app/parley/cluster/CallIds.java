package app.parley.cluster;

/** What a call id in a message from another node must be before this node looks for it on its disk. */
final class CallIds {
    /** As long as the store's {@code calls.id}. */
    static final int LONGEST = 64;

    private CallIds() {
    }

    /** A string of 1 to {@link #LONGEST} characters, not blank, with no control characters. */
    static boolean valid(Object value) {
        return value instanceof String id && !id.isBlank() && id.length() <= LONGEST
                && id.chars().noneMatch(Character::isISOControl);
    }
}
