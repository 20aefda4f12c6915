package ${package}.config;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The merged configuration: every key with its value and where that value came from, so that an
 * error can say which file or environment variable to fix.
 */
public final class Settings {

    /**
     * @param value the text as given
     * @param origin where it was set, e.g. {@code application-prod.yaml} or
     *     {@code environment variable SERVER_PORT}
     */
    public record Entry(String value, String origin) {}

    private final String environment;
    private final Map<String, Entry> entries;

    Settings(String environment, Map<String, Entry> entries) {
        this.environment = environment;
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    /** The environment these settings are for: dev, staging, prod... */
    public String environment() {
        return environment;
    }

    /** Every key, sorted. */
    public Map<String, Entry> entries() {
        return entries;
    }

    /** The value of a key that must be set and not blank. */
    public String string(String key) {
        Entry entry = entries.get(key);
        if (entry == null || entry.value().isBlank()) {
            throw new ConfigException(key + " is not set: give it in application.yaml or as "
                    + ConfigLoader.environmentVariable(key));
        }
        return entry.value().strip();
    }

    /** The value of a key, or empty when it is unset or blank. */
    public Optional<String> optional(String key) {
        Entry entry = entries.get(key);
        return entry == null || entry.value().isBlank() ? Optional.empty() : Optional.of(entry.value().strip());
    }

    /** A whole number between {@code min} and {@code max}, both included. */
    public int integer(String key, int min, int max) {
        String text = string(key);
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be a whole number, not '" + text + "' (" + origin(key) + ")");
        }
        if (value < min || value > max) {
            throw new ConfigException(key + " must be between " + min + " and " + max + ", not " + value
                    + " (" + origin(key) + ")");
        }
        return value;
    }

    /** {@code true} or {@code false}, nothing else. */
    public boolean bool(String key) {
        String text = string(key);
        if (!text.equals("true") && !text.equals("false")) {
            throw new ConfigException(key + " must be true or false, not '" + text + "' (" + origin(key) + ")");
        }
        return Boolean.parseBoolean(text);
    }

    private String origin(String key) {
        return "set in " + entries.get(key).origin();
    }
}
