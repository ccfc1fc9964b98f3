package app.parley.call;

/**
 * Which published rules coached a call: version {@code version} of the rules history, as the
 * profile of {@code team}, or as the floor's rules (team null). A call stored before rollout
 * existed has none.
 */
public record CoachedBy(int version, String team) {

    /** The floor's rules (everyone's). */
    public static CoachedBy floor(int version) {
        return new CoachedBy(version, null);
    }

    @Override
    public String toString() {
        return "version " + version + (team == null ? " (floor)" : " (team " + team + ")");
    }
}
