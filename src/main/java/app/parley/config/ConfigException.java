package app.parley.config;

/** An invalid configuration; the message names the key and, for a file, the line. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
