package app.parley.coaching;

/**
 * The rules file's {@code settings}: defaults and the limits that keep prompts from flooding
 * the screen. Times in seconds.
 *
 * @param cooldown        a rule's default cooldown: after it fires, it stays quiet this long
 * @param situationCooldown after a prompt for a situation, no other prompt for the same situation for this long
 * @param maxPerMinute    at most this many prompts in any minute of a call
 * @param partialSettle   a partial result's last word (the likeliest to change) counts once it has stood this long
 * @param baselineWarmUp  seconds of a speaker's voiced audio before their loudness baseline is trusted
 * @param nearDays        a date is near when it is no more than this many days after the call's
 */
record Settings(double cooldown, double situationCooldown, int maxPerMinute, double partialSettle, double baselineWarmUp,
        int nearDays) {
    static final Settings DEFAULTS = new Settings(60, 30, 3, 0.5, 4, 7);
}
