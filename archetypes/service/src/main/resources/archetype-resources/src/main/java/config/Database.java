package ${package}.config;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The service's PostgreSQL database: connections from {@link DatabaseConfig}, and the schema brought
 * up to date with src/main/resources/db/migration before the service takes its first request, so that
 * a release and its schema always go out together.
 */
public final class Database {

    /** Flyway's default, named here because the rollback scripts (db/rollback) edit this table too. */
    public static final String HISTORY_TABLE = "flyway_schema_history";

    private Database() {}

    /**
     * A connection per call, closed by the caller, to the database of {@code config}. For many requests
     * at once, put a connection pool in front (see the README, "Database").
     *
     * @throws ConfigException if the URL is one the PostgreSQL driver cannot read
     */
    public static DataSource dataSource(DatabaseConfig config) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        try {
            dataSource.setURL(config.url());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("db.url is not a valid PostgreSQL JDBC URL: '" + config.url() + "'");
        }
        dataSource.setUser(config.user());
        dataSource.setPassword(config.password());
        return dataSource;
    }

    /**
     * Applies the migrations the database has not had yet, in the connections' current schema.
     *
     * @return how many were applied: 0 when the schema was up to date
     * @throws org.flywaydb.core.api.FlywayException if a migration fails (it is rolled back) or an applied
     *     one was changed since
     */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table(HISTORY_TABLE)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
