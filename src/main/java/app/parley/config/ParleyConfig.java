package app.parley.config;

import java.nio.file.Path;
import java.time.Duration;

/** Parley's validated configuration. Load it with {@link ConfigLoader}. */
public record ParleyConfig(Path data, Http http, AudioSocket audiosocket, Speech speech, Calls calls) {

    public record Http(String host, int port) {
    }

    public record AudioSocket(String host, int port) {
    }

    public record Speech(Path model, String language, int workers, int warmRecognizers) {
    }

    public record Calls(Duration endAfter, Duration partialFlush) {
    }

    public ParleyConfig withData(Path dataDir) {
        return new ParleyConfig(dataDir, http, audiosocket, speech, calls);
    }

    public ParleyConfig withPorts(int httpPort, int audioSocketPort) {
        return new ParleyConfig(data, new Http(http.host(), httpPort),
                new AudioSocket(audiosocket.host(), audioSocketPort), speech, calls);
    }

    public ParleyConfig withModel(Path model) {
        return new ParleyConfig(data, http, audiosocket,
                new Speech(model, speech.language(), speech.workers(), speech.warmRecognizers()), calls);
    }
}
