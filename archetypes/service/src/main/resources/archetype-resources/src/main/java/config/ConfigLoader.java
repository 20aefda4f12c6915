package ${package}.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Loads the configuration in three layers, each overriding the one before:
 * <ol>
 *   <li>{@code application.properties}: every key with its default;</li>
 *   <li>{@code application-<env>.properties} for the environment named by {@code APP_ENV}
 *       (default {@code dev}): only what differs there;</li>
 *   <li>environment variables: {@code server.port} is overridden by {@code SERVER_PORT}
 *       (upper case, dots and dashes become underscores).</li>
 * </ol>
 * Secrets ({@code SECRET_KEYS}) come from environment variables only: a
 * properties file that sets one is refused, so that no secret is ever committed.
 */
public final class ConfigLoader {

    public static final String ENVIRONMENT_VARIABLE = "APP_ENV";
    public static final String DEFAULT_ENVIRONMENT = "dev";
    public static final String BASE_FILE = "application.properties";
    public static final Set<String> SECRET_KEYS = Set.of("api.token");

    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final Function<String, Optional<String>> files;

    /**
     * @param files reads a configuration file by name: its text, or empty when there is none
     */
    public ConfigLoader(Function<String, Optional<String>> files) {
        this.files = files;
    }

    /** Reads the files from the classpath (src/main/resources, packaged in the jar). */
    public static ConfigLoader fromClasspath() {
        return new ConfigLoader(name -> {
            try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(name)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        });
    }

    /**
     * @param environment the process's environment variables, e.g. {@code System.getenv()}
     * @return the merged settings
     * @throws ConfigException if a file is missing or malformed, sets a secret or a key the base does not have
     */
    public Settings load(Map<String, String> environment) {
        String env = environment.getOrDefault(ENVIRONMENT_VARIABLE, DEFAULT_ENVIRONMENT);
        if (!ENVIRONMENT_NAME.matcher(env).matches()) {
            throw new ConfigException(ENVIRONMENT_VARIABLE + " must be a lower-case name such as dev or prod, not '" + env + "'");
        }
        Map<String, Settings.Entry> entries = new LinkedHashMap<>();
        Properties base = read(BASE_FILE).orElseThrow(() -> new ConfigException(BASE_FILE + " is missing from the classpath"));
        put(entries, base, BASE_FILE);

        String overlayFile = "application-" + env + ".properties";
        Properties overlay = read(overlayFile).orElseThrow(() -> new ConfigException("there is no " + overlayFile
                + " for " + ENVIRONMENT_VARIABLE + "=" + env + ": create it in src/main/resources or choose another environment"));
        for (String key : overlay.stringPropertyNames()) {
            if (!base.containsKey(key)) {
                throw new ConfigException(key + " in " + overlayFile + " is not in " + BASE_FILE
                        + ": give every key its default in " + BASE_FILE + " (a typo?)");
            }
        }
        put(entries, overlay, overlayFile);

        Set<String> keys = new TreeSet<>(entries.keySet());
        keys.addAll(SECRET_KEYS);
        for (String key : keys) {
            String variable = environmentVariable(key);
            String value = environment.get(variable);
            if (value != null) {
                entries.put(key, new Settings.Entry(value, "environment variable " + variable));
            }
        }
        return new Settings(env, entries);
    }

    /** The environment variable that overrides a key: {@code pricing.bulk-quantity} -> {@code PRICING_BULK_QUANTITY}. */
    public static String environmentVariable(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private Optional<Properties> read(String file) {
        return files.apply(file).map(text -> {
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(text));
            } catch (IOException | IllegalArgumentException e) {
                throw new ConfigException(file + " is not a valid properties file: " + e.getMessage());
            }
            for (String key : properties.stringPropertyNames()) {
                if (SECRET_KEYS.contains(key)) {
                    throw new ConfigException(key + " is a secret and must not be in " + file + ": remove it and set "
                            + environmentVariable(key) + " in the environment instead (see SECRETS.md)");
                }
            }
            return properties;
        });
    }

    private static void put(Map<String, Settings.Entry> entries, Properties properties, String origin) {
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            entries.put(key, new Settings.Entry(properties.getProperty(key), origin));
        }
    }
}
