package app.parley.cli;

import app.parley.config.ConfigLoader;
import app.parley.config.ParleyConfig;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes: the config file and the store's folder. */
final class CommonOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "Site configuration (YAML); env PARLEY_* overrides it.")
    Path config;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of the embedded store (default: data/, or env PARLEY_DATA).")
    Path data;

    ParleyConfig load() {
        ParleyConfig loaded = new ConfigLoader().load(config, System.getenv());
        if (data != null) {
            loaded = loaded.withData(data);
        }
        return loaded.withModel(locateModel(loaded.speech().model()));
    }

    /**
     * A relative model path is looked up in the working directory, then beside the checkout the
     * jar was built in (target/parley.jar -> models/), so the jar runs from anywhere.
     */
    private static Path locateModel(Path model) {
        if (model.isAbsolute() || Files.isDirectory(model)) {
            return model;
        }
        try {
            Path jar = Path.of(CommonOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path checkout = jar.getParent() == null ? null : jar.getParent().getParent();
            if (checkout != null && Files.isDirectory(checkout.resolve(model))) {
                return checkout.resolve(model);
            }
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            // Fall through: the error about the missing model names the configured path.
        }
        return model;
    }
}
