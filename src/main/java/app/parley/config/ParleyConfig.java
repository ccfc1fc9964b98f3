package app.parley.config;

import java.nio.file.Path;
import java.time.Duration;

/** Parley's validated configuration. Load it with {@link ConfigLoader}. */
public record ParleyConfig(Path data, Http http, AudioSocket audiosocket, Speech speech, Calls calls, Ami ami,
        Telephony telephony, Coaching coaching) {

    public record Http(String host, int port) {
    }

    public record AudioSocket(String host, int port) {
    }

    public record Speech(Path model, String language, int workers, int warmRecognizers) {
    }

    public record Calls(Duration endAfter, Duration partialFlush) {
    }

    /** The AMI account. The secret is never shown by {@link #toString()}. */
    public record Ami(boolean enabled, String host, int port, String username, String secret,
            Duration reconnectMin, Duration reconnectMax, Duration pingInterval) {
        @Override
        public String toString() {
            return "Ami[enabled=" + enabled + ", " + username + "@" + host + ":" + port + ", secret=****]";
        }
    }

    public record Telephony(String coachVariable, String agentVariable, String roleVariable,
            java.util.Set<String> coachedContexts, java.util.Set<String> coachedQueues, String tapHost, int tapPort,
            String tapFormat, Duration tapRetry) {
    }

    /** {@code rules}: the site's rules file as configured (see {@link #coachingRules()}). */
    public record Coaching(Path rules) {
    }

    /** The site's coaching rules file, a relative path taken from the data folder. */
    public Path coachingRules() {
        return data.resolve(coaching.rules());
    }

    public ParleyConfig withData(Path dataDir) {
        return new ParleyConfig(dataDir, http, audiosocket, speech, calls, ami, telephony, coaching);
    }

    public ParleyConfig withModel(Path model) {
        return new ParleyConfig(data, http, audiosocket,
                new Speech(model, speech.language(), speech.workers(), speech.warmRecognizers()), calls, ami,
                telephony, coaching);
    }
}
