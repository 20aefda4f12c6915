#set( $symbol_dollar = '$' )
package ${package}.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Loads the configuration in three layers, each overriding the one before:
 * <ol>
 *   <li>{@code application.yaml}: every key with its default;</li>
 *   <li>{@code application-<env>.yaml} for the environment named by {@code APP_ENV}
 *       (default {@code dev}): only what differs there;</li>
 *   <li>environment variables: {@code server.port} is overridden by {@code SERVER_PORT}
 *       (upper case, dots and dashes become underscores).</li>
 * </ol>
 * Nested YAML keys are joined with dots ({@code server: {port: 8080}} is {@code server.port}).
 * A value written {@code ${symbol_dollar}{NAME}} is a placeholder, resolved when the service starts: the
 * environment variable {@code NAME}, else the content of the file named by {@code NAME_FILE} (a
 * mounted secret), else empty. Secrets ({@code SECRET_KEYS}) may only be placeholders: a file
 * that gives one a value is refused, so that no secret is ever committed.
 */
public final class ConfigLoader {

    public static final String ENVIRONMENT_VARIABLE = "APP_ENV";
    public static final String DEFAULT_ENVIRONMENT = "dev";
    public static final String BASE_FILE = "application.yaml";
    public static final Set<String> SECRET_KEYS = Set.of("api.token"#if( $persistence == 'postgres' ), "db.password"#end);

    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("[$]\\{([A-Z][A-Z0-9_]*)}");

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
     * @return the merged settings, placeholders resolved
     * @throws ConfigException if a file is missing or malformed, gives a secret a value or sets a
     *     key the base does not have
     */
    public Settings load(Map<String, String> environment) {
        String env = environment.getOrDefault(ENVIRONMENT_VARIABLE, DEFAULT_ENVIRONMENT);
        if (!ENVIRONMENT_NAME.matcher(env).matches()) {
            throw new ConfigException(ENVIRONMENT_VARIABLE + " must be a lower-case name such as dev or prod, not '" + env + "'");
        }
        Map<String, Settings.Entry> entries = new LinkedHashMap<>();
        Map<String, String> base = read(BASE_FILE).orElseThrow(() -> new ConfigException(BASE_FILE + " is missing from the classpath"));
        put(entries, base, BASE_FILE, environment);

        String overlayFile = "application-" + env + ".yaml";
        Map<String, String> overlay = read(overlayFile).orElseThrow(() -> new ConfigException("there is no " + overlayFile
                + " for " + ENVIRONMENT_VARIABLE + "=" + env + ": create it in src/main/resources or choose another environment"));
        for (String key : overlay.keySet()) {
            if (!base.containsKey(key)) {
                throw new ConfigException(key + " in " + overlayFile + " is not in " + BASE_FILE
                        + ": give every key its default in " + BASE_FILE + " (a typo?)");
            }
        }
        put(entries, overlay, overlayFile, environment);

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

    private Optional<Map<String, String>> read(String file) {
        return files.apply(file).map(text -> {
            Object root;
            try {
                // safe loading: plain maps, lists and scalars only, no objects built from tags
                root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            } catch (YAMLException e) {
                throw new ConfigException(file + " is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
            }
            Map<String, String> flat = new LinkedHashMap<>();
            if (root instanceof Map<?, ?> map) {
                flatten("", map, flat, file);
            } else if (root != null) {
                throw new ConfigException(file + " must be a mapping of keys to values");
            }
            for (String key : SECRET_KEYS) {
                String value = flat.get(key);
                if (value != null && !value.isEmpty() && !PLACEHOLDER.matcher(value).matches()) {
                    throw new ConfigException(key + " is a secret and must not have a value in " + file + ": write "
                            + "${symbol_dollar}{" + environmentVariable(key) + "} there and set " + environmentVariable(key)
                            + " in the environment instead (see SECRETS.md)");
                }
            }
            return flat;
        });
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, String> flat, String file) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = prefix + entry.getKey();
            Object value = entry.getValue();
            if (value instanceof Map<?, ?> nested) {
                flatten(key + ".", nested, flat, file);
            } else if (value instanceof List<?>) {
                throw new ConfigException(key + " in " + file + " is a list; give one value (a comma-separated text)");
            } else {
                flat.put(key, value == null ? "" : value.toString());
            }
        }
    }

    private static void put(Map<String, Settings.Entry> entries, Map<String, String> values, String origin,
            Map<String, String> environment) {
        for (String key : new TreeSet<>(values.keySet())) {
            entries.put(key, new Settings.Entry(resolve(values.get(key), environment), origin));
        }
    }

    /** A placeholder's value: the variable, else the file the {@code _FILE} variable names, else empty. */
    private static String resolve(String value, Map<String, String> environment) {
        Matcher placeholder = PLACEHOLDER.matcher(value);
        if (!placeholder.matches()) {
            return value;
        }
        String name = placeholder.group(1);
        if (environment.containsKey(name)) {
            return environment.get(name);
        }
        String file = environment.get(name + "_FILE");
        if (file == null) {
            return "";
        }
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new ConfigException(name + "_FILE names " + file + ", which cannot be read: " + e.getMessage());
        }
    }
}
