package dev.cairn.template;

import java.nio.file.Path;

/**
 * Where Cairn keeps what it fetched and what the user configured, after the XDG base directories:
 * the cache in {@code $XDG_CACHE_HOME/cairn} (default {@code ~/.cache/cairn}), the configuration
 * file in {@code $XDG_CONFIG_HOME/cairn/config.yaml} (default {@code ~/.config/cairn/config.yaml}).
 * The system properties {@code cairn.cache.dir} and {@code cairn.config} replace them, for tools
 * that embed Cairn and for tests.
 */
public final class CairnDirectories {

    public static final String CACHE_PROPERTY = "cairn.cache.dir";
    public static final String CONFIG_PROPERTY = "cairn.config";

    private CairnDirectories() {}

    /** The cache folder; it may not exist yet. */
    public static Path cache() {
        String configured = System.getProperty(CACHE_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return base("XDG_CACHE_HOME", ".cache").resolve("cairn");
    }

    /** The configuration file; it may not exist. */
    public static Path configFile() {
        String configured = System.getProperty(CONFIG_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return base("XDG_CONFIG_HOME", ".config").resolve("cairn").resolve("config.yaml");
    }

    private static Path base(String variable, String underHome) {
        String xdg = System.getenv(variable);
        // the specification: a relative path in the variable is invalid and to be ignored
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        return Path.of(System.getProperty("user.home"), underHome);
    }
}
