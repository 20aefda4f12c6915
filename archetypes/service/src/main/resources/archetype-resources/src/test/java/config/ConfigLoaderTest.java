#set( $symbol_dollar = '$' )
package ${package}.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private final Map<String, String> files = new HashMap<>(Map.of(
            "application.yaml", "server:\n  port: 8080\n  threads: 8\npricing:\n  bulk-quantity: 10\n",
            "application-dev.yaml", "server:\n  threads: 2\n",
            "application-prod.yaml", "server.port: 80\n"));

    private Settings load(Map<String, String> environment) {
        return new ConfigLoader(name -> Optional.ofNullable(files.get(name))).load(environment);
    }

    @Test
    void the_environment_file_overrides_the_base_and_dev_is_the_default() {
        Settings dev = load(Map.of());
        assertEquals("dev", dev.environment());
        assertEquals("8080", dev.string("server.port"));
        assertEquals("2", dev.string("server.threads"));
        assertEquals(new Settings.Entry("2", "application-dev.yaml"), dev.entries().get("server.threads"));

        Settings prod = load(Map.of("APP_ENV", "prod"));
        assertEquals("80", prod.string("server.port"));
        assertEquals("8", prod.string("server.threads"));
    }

    @Test
    void environment_variables_override_both_files() {
        Settings settings = load(Map.of("APP_ENV", "prod", "SERVER_PORT", "9090", "PRICING_BULK_QUANTITY", "3"));

        assertEquals("9090", settings.string("server.port"));
        assertEquals(new Settings.Entry("3", "environment variable PRICING_BULK_QUANTITY"),
                settings.entries().get("pricing.bulk-quantity"));
    }

    @Test
    void unrelated_environment_variables_do_not_become_settings() {
        Settings settings = load(Map.of("HOME", "/home/me", "PATH", "/bin"));

        assertEquals(3, settings.entries().size());
    }

    @Test
    void secrets_come_from_the_environment_only() {
        assertEquals(Optional.of("t0ken"), load(Map.of("API_TOKEN", "t0ken")).optional("api.token")); // cairn:ignore cairn.secrets.hardcoded (a fake value)
        assertEquals(Optional.empty(), load(Map.of()).optional("api.token"));

        files.put("application-prod.yaml", "api:\n  token: committed-by-mistake\n");
        ConfigException e = assertThrows(ConfigException.class, () -> load(Map.of("APP_ENV", "prod")));
        assertTrue(e.getMessage().contains("application-prod.yaml") && e.getMessage().contains("API_TOKEN"),
                e.getMessage());
        assertTrue(!e.getMessage().contains("committed-by-mistake"), "the error must not repeat the secret");
    }

    @Test
    void a_placeholder_reads_the_variable_or_the_mounted_file_it_names(@TempDir Path dir) throws Exception {
        files.put("application.yaml", files.get("application.yaml") + "api:\n  token: ${symbol_dollar}{API_TOKEN}\n");
        Path mounted = dir.resolve("api-token");
        Files.writeString(mounted, "from-file\n");

        assertEquals(Optional.of("t0ken"), load(Map.of("API_TOKEN", "t0ken")).optional("api.token")); // cairn:ignore cairn.secrets.hardcoded (a fake value)
        assertEquals(Optional.of("from-file"), load(Map.of("API_TOKEN_FILE", mounted.toString())).optional("api.token"));
        assertEquals(Optional.empty(), load(Map.of()).optional("api.token"));
        ConfigException unreadable = assertThrows(ConfigException.class,
                () -> load(Map.of("API_TOKEN_FILE", dir.resolve("missing").toString())));
        assertTrue(unreadable.getMessage().startsWith("API_TOKEN_FILE names "), unreadable.getMessage());
    }

    @Test
    void malformed_yaml_and_tags_are_refused_with_the_file_name() {
        files.put("application-dev.yaml", "server: [unclosed\n");
        ConfigException e = assertThrows(ConfigException.class, () -> load(Map.of()));
        assertTrue(e.getMessage().startsWith("application-dev.yaml is not valid YAML"), e.getMessage());

        files.put("application-dev.yaml", "server: !!java.io.File {}\n");
        assertThrows(ConfigException.class, () -> load(Map.of()));
    }

    @Test
    void an_unknown_environment_or_a_bad_name_is_refused() {
        ConfigException missing = assertThrows(ConfigException.class, () -> load(Map.of("APP_ENV", "qa")));
        assertTrue(missing.getMessage().contains("application-qa.yaml"), missing.getMessage());
        assertThrows(ConfigException.class, () -> load(Map.of("APP_ENV", "../prod")));
    }

    @Test
    void an_environment_file_may_only_override_keys_the_base_has() {
        files.put("application-dev.yaml", "server:\n  thread: 2\n");

        ConfigException e = assertThrows(ConfigException.class, () -> load(Map.of()));
        assertTrue(e.getMessage().startsWith("server.thread in application-dev.yaml"), e.getMessage());
    }

    @Test
    void variable_names_are_upper_case_with_underscores() {
        assertEquals("PRICING_BULK_DISCOUNT_PERCENT", ConfigLoader.environmentVariable("pricing.bulk-discount-percent"));
    }

    @Test
    void the_files_shipped_with_the_service_load_in_every_environment() {
        for (String env : new String[] {"dev", "staging", "prod"}) {
            Settings settings = ConfigLoader.fromClasspath().load(Map.of("APP_ENV", env, "API_TOKEN", "t"));
            ServiceConfig config = ServiceConfig.from(settings);
            assertEquals(env, config.environment());
        }
    }
}
