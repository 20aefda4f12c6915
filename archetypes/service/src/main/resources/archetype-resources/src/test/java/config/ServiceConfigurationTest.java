package ${package}.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ${package}.application.port.FeatureFlags;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Feature flags as Spring's environment gives them: from the configuration files, overridden by variables. */
class ServiceConfigurationTest {

    private static FeatureFlags flags(Map<String, Object> files, Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        environment.getPropertySources().addLast(new MapPropertySource("application.yaml", files));
        ConfigurationPropertySources.attach(environment); // as Spring Boot does, for relaxed names
        return new ServiceConfiguration().featureFlags(environment);
    }

    @Test
    void reads_the_flags_of_the_configuration_files() {
        FeatureFlags flags = flags(Map.of("features.bulk-discount", "true"), Map.of());

        assertTrue(flags.isEnabled(FeatureFlags.BULK_DISCOUNT));
        assertFalse(flags.isEnabled("never-configured"));
    }

    @Test
    void an_environment_variable_switches_a_flag_as_in_the_plain_variant() {
        assertFalse(flags(Map.of("features.bulk-discount", "true"), Map.of("FEATURES_BULK_DISCOUNT", "false"))
                .isEnabled(FeatureFlags.BULK_DISCOUNT));
        assertTrue(flags(Map.of("features.bulk-discount", "false"), Map.of("FEATURES_BULK_DISCOUNT", "true"))
                .isEnabled(FeatureFlags.BULK_DISCOUNT));
    }
}
