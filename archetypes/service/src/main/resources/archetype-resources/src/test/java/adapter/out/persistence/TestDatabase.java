package ${package}.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL server for the persistence tests, named by {@code TEST_DATABASE_URL} (a JDBC URL,
 * e.g. {@code jdbc:postgresql://127.0.0.1:5432/orders}), {@code TEST_DATABASE_USER} and
 * {@code TEST_DATABASE_PASSWORD}. Each instance works in a schema of its own, created by
 * {@link #connect()} and dropped with everything in it by {@link #close()}, so that parallel and
 * repeated runs never see each other's tables.
 *
 * <p>Without {@code TEST_DATABASE_URL} the tests are skipped, with a message saying how to run them,
 * except on CI ({@code CI=true}), where a missing database fails the build: a pipeline must not
 * pass without having tested the database code.
 */
public final class TestDatabase implements AutoCloseable {

    static final String URL = "TEST_DATABASE_URL";
    static final String USER = "TEST_DATABASE_USER";
    static final String PASSWORD = "TEST_DATABASE_PASSWORD";

    private final Map<String, String> environment;
    private final PGSimpleDataSource admin;
    private final PGSimpleDataSource dataSource;
    private final String schema;

    private TestDatabase(Map<String, String> environment, PGSimpleDataSource admin, PGSimpleDataSource dataSource,
            String schema) {
        this.environment = environment;
        this.admin = admin;
        this.dataSource = dataSource;
        this.schema = schema;
    }

    /** Connects to the server of {@code TEST_DATABASE_URL} and creates a fresh, empty schema there. */
    public static TestDatabase connect() {
        return connect(System.getenv());
    }

    static TestDatabase connect(Map<String, String> environment) {
        String url = environment.get(URL);
        if (url == null || url.isBlank()) {
            String missing = URL + " is not set: the PostgreSQL tests need a server, e.g. " + URL
                    + "=jdbc:postgresql://127.0.0.1:5432/orders " + USER + "=orders " + PASSWORD + "=... mvn verify";
            if ("true".equals(environment.get("CI"))) {
                fail(missing + " (CI=true: on CI the database tests must run, so this fails instead of skipping)");
            }
            Assumptions.abort(missing + "; skipped");
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            fail(URL + " must be a PostgreSQL JDBC URL such as jdbc:postgresql://127.0.0.1:5432/orders, not '" + url + "'");
        }
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        PGSimpleDataSource admin = dataSource(url, environment);
        PGSimpleDataSource scoped = dataSource(url, environment);
        scoped.setCurrentSchema(schema);
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            fail("cannot create a test schema on " + url + " (" + URL + "): " + e.getMessage(), e);
        }
        return new TestDatabase(Map.copyOf(environment), admin, scoped, schema);
    }

    private static PGSimpleDataSource dataSource(String url, Map<String, String> environment) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        String user = environment.get(USER);
        if (user != null && !user.isBlank()) {
            dataSource.setUser(user);
        }
        String password = environment.get(PASSWORD);
        if (password != null && !password.isEmpty()) {
            dataSource.setPassword(password);
        }
        return dataSource;
    }

    /** Connections whose search path is this instance's schema only. */
    public DataSource dataSource() {
        return dataSource;
    }

    public String schema() {
        return schema;
    }

    /** The JDBC URL of {@link #dataSource()}: {@code TEST_DATABASE_URL} with this schema as the current one. */
    public String url() {
        String url = environment.get(URL);
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** {@code TEST_DATABASE_USER}, or empty. */
    public String user() {
        return environment.getOrDefault(USER, "");
    }

    /** {@code TEST_DATABASE_PASSWORD}, or empty. */
    public String password() {
        return environment.getOrDefault(PASSWORD, "");
    }

    /** Flyway for this schema, with the service's migrations (db/migration) and history table. */
    Flyway flyway() {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .locations("classpath:db/migration")
                .load();
    }

    /** Drops the schema and everything in it. */
    @Override
    public void close() throws SQLException {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
