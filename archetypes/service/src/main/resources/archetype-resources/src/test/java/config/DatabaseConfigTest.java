package ${package}.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The db.* settings as the service's own application*.yaml files give them, per environment. */
class DatabaseConfigTest {

    // a fresh value each run: nothing here looks like a committed password
    private final String password = UUID.randomUUID().toString();

    private static DatabaseConfig load(Map<String, String> environment) {
        return DatabaseConfig.from(ConfigLoader.fromClasspath().load(environment));
    }

    @Test
    void dev_uses_a_local_database_and_the_password_from_the_environment() {
        DatabaseConfig config = load(Map.of("DB_PASSWORD", password));

        assertTrue(config.url().startsWith("jdbc:postgresql://localhost:5432/"), config.url());
        assertFalse(config.user().isBlank());
        assertEquals(password, config.password());
    }

    @Test
    void the_password_can_come_from_a_mounted_file(@TempDir Path dir) throws Exception {
        Path mounted = Files.writeString(dir.resolve("db-password"), password + "\n");

        assertEquals(password, load(Map.of("DB_PASSWORD_FILE", mounted.toString())).password());
    }

    @Test
    void without_a_password_the_service_does_not_start() {
        ConfigException e = assertThrows(ConfigException.class, () -> load(Map.of()));

        assertTrue(e.getMessage().startsWith("DB_PASSWORD is not set (nor DB_PASSWORD_FILE"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "prod"})
    void staging_and_prod_take_the_database_url_from_the_environment_only(String environment) {
        Map<String, String> variables = new HashMap<>(Map.of("APP_ENV", environment, "DB_PASSWORD", password));
        ConfigException e = assertThrows(ConfigException.class, () -> load(variables));
        assertTrue(e.getMessage().startsWith("db.url is not set"), e.getMessage());

        variables.put("DB_URL", "jdbc:postgresql://db." + environment + ":5432/orders");
        assertEquals("jdbc:postgresql://db." + environment + ":5432/orders", load(variables).url());
    }

    @Test
    void a_url_for_another_database_is_refused() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> load(Map.of("DB_URL", "jdbc:mysql://localhost/orders", "DB_PASSWORD", password)));

        assertTrue(e.getMessage().startsWith("db.url must be a PostgreSQL JDBC URL"), e.getMessage());
    }

    @Test
    void a_url_the_driver_cannot_read_is_refused_before_any_connection() {
        DatabaseConfig config = new DatabaseConfig("jdbc:postgresql://localhost:notaport/orders", "orders", password);

        ConfigException e = assertThrows(ConfigException.class, () -> Database.dataSource(config));
        assertTrue(e.getMessage().startsWith("db.url is not a valid PostgreSQL JDBC URL"), e.getMessage());
    }

    @Test
    void the_password_never_shows_in_the_text_for_logs() {
        DatabaseConfig config = load(Map.of("DB_PASSWORD", password));

        assertFalse(config.toString().contains(password), config.toString());
        assertTrue(config.toString().contains(config.url()), config.toString());
    }
}
