package app.parley.config;

import java.nio.file.Path;
import java.time.Duration;

/** Parley's validated configuration. Load it with {@link ConfigLoader}. */
public record ParleyConfig(Path data, Http http, AudioSocket audiosocket, Speech speech, Calls calls,
        Coaching coaching) {

    public record Http(String host, int port) {
    }

    public record AudioSocket(String host, int port) {
    }

    public record Speech(Path model, String language, int workers, int warmRecognizers) {
    }

    public record Calls(Duration endAfter, Duration partialFlush) {
    }

    /** {@code rules}: the site's rules file as configured (see {@link #coachingRules()}). */
    public record Coaching(Path rules) {
    }

    /** The site's coaching rules file, a relative path taken from the data folder. */
    public Path coachingRules() {
        return data.resolve(coaching.rules());
    }

    public ParleyConfig withData(Path dataDir) {
        return new ParleyConfig(dataDir, http, audiosocket, speech, calls, coaching);
    }

    public ParleyConfig withPorts(int httpPort, int audioSocketPort) {
        return new ParleyConfig(data, new Http(http.host(), httpPort),
                new AudioSocket(audiosocket.host(), audioSocketPort), speech, calls, coaching);
    }

    public ParleyConfig withModel(Path model) {
        return new ParleyConfig(data, http, audiosocket,
                new Speech(model, speech.language(), speech.workers(), speech.warmRecognizers()), calls, coaching);
    }
}
