package ${package}.adapter.out.flags;

import ${package}.application.port.FeatureFlags;
import java.util.Map;

/**
 * Feature flags as the configuration sets them ({@code features.*} in application.yaml and its
 * per-environment files, or {@code FEATURES_*} variables). Read once at start: switching a flag
 * means a restart, which keeps every request of one process consistent.
 */
public final class ConfiguredFeatureFlags implements FeatureFlags {

    private final Map<String, Boolean> flags;

    /**
     * @param flags each flag by name, without the {@code features.} prefix
     */
    public ConfiguredFeatureFlags(Map<String, Boolean> flags) {
        this.flags = Map.copyOf(flags);
    }

    @Override
    public boolean isEnabled(String feature) {
        return flags.getOrDefault(feature, false);
    }
}
