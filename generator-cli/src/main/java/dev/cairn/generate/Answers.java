package dev.cairn.generate;

import java.util.List;
import java.util.Properties;

/**
 * Everything a render needs besides the template: the archetype properties resolved as the plugin
 * resolves them, and the overlays chosen.
 *
 * @param properties the plugin's request properties, insertion order preserved, never {@code null}
 * @param overlays overlay names in the order they apply, never {@code null}
 */
public record Answers(Properties properties, List<String> overlays) {

    public String get(String key) {
        return properties.getProperty(key);
    }

    public String artifactId() {
        return properties.getProperty("artifactId");
    }
}
