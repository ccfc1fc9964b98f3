package app.parley.call;

import java.time.Instant;

/** What the agent said of prompt number {@code prompt} of a call: {@code helpful} or {@code dismissed}. */
public record PromptFeedback(int prompt, String verdict, String agent, Instant at) {
    public static final java.util.Set<String> VERDICTS = java.util.Set.of("helpful", "dismissed");
}
