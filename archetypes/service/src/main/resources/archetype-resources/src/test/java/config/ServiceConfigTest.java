package ${package}.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceConfigTest {

    private final Map<String, String> base = new HashMap<>(Map.of(
            "service.name", "orders",
            "service.implementation", "plain",
            "server.port", "8080",
            "server.threads", "8",
            "pricing.bulk-quantity", "10",
            "pricing.bulk-discount-percent", "5",
            "api.token-required", "false",
            "features.bulk-discount", "false"));

    private ServiceConfig config(Map<String, String> environment) {
        Map<String, String> files = Map.of(
                "application.yaml", yaml(base),
                "application-dev.yaml", "features:\n  bulk-discount: true\n",
                "application-prod.yaml", "api:\n  token-required: true\n");
        return ServiceConfig.from(new ConfigLoader(name -> Optional.ofNullable(files.get(name))).load(environment));
    }

    /** Flat YAML: a dotted key is the same setting as the nested one. */
    private static String yaml(Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        values.forEach((key, value) -> text.append(key).append(": \"").append(value).append("\"\n"));
        return text.toString();
    }

    @Test
    void reads_typed_values() {
        ServiceConfig config = config(Map.of());

        assertEquals(new ServiceConfig("dev", "orders", "plain", 8080, 8, 10, 5, Optional.empty(),
                Map.of("bulk-discount", true)), config);
    }

    @Test
    void an_environment_that_requires_the_token_does_not_start_without_it() {
        ConfigException e = assertThrows(ConfigException.class, () -> config(Map.of("APP_ENV", "prod")));
        assertTrue(e.getMessage().startsWith("API_TOKEN is not set"), e.getMessage());

        assertEquals(Optional.of("t"), config(Map.of("APP_ENV", "prod", "API_TOKEN", "t")).apiToken());
    }

    @Test
    void a_bad_value_names_the_key_and_where_it_came_from() {
        ConfigException e = assertThrows(ConfigException.class, () -> config(Map.of("SERVER_PORT", "eighty")));
        assertEquals("server.port must be a whole number, not 'eighty' (set in environment variable SERVER_PORT)",
                e.getMessage());

        base.put("pricing.bulk-discount-percent", "150");
        e = assertThrows(ConfigException.class, () -> config(Map.of()));
        assertTrue(e.getMessage().contains("application.yaml"), e.getMessage());

        base.put("pricing.bulk-discount-percent", "5");
        base.put("api.token-required", "yes");
        assertThrows(ConfigException.class, () -> config(Map.of()));
    }

    @Test
    void the_token_never_shows_in_the_text_form() {
        ServiceConfig config = config(Map.of("API_TOKEN", "s3cret")); // cairn:ignore cairn.secrets.hardcoded (a fake value)

        assertFalse(config.toString().contains("s3cret"), config.toString());
        assertTrue(config.toString().contains("apiToken=(set)"), config.toString());
    }
}
