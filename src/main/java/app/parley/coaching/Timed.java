package app.parley.coaching;

/** Something understood in a party's words, with the call time of those words. */
record Timed<T>(T what, double start, double end) {
    boolean within(double from, double to) {
        return end >= from && start <= to;
    }
}
