package ${package}.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/**
 * The Flyway migrations (db/migration) and their rollbacks (db/rollback) on a real PostgreSQL server:
 * migrate, roll back and migrate again give the same schema; every script can run twice.
 */
class MigrationsTest {

    private static final Pattern SCRIPT = Pattern.compile("([VU])(\\d+)__(\\w+)\\.sql");
    private static final String HISTORY = "flyway_schema_history";

    /** A script of db/migration or db/rollback: its version and description come from its name. */
    private record Script(int version, String description, Path file) {

        String sql() throws IOException {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }

    private static List<Script> scripts(String folder, String prefix) throws IOException, URISyntaxException {
        Path dir = Path.of(MigrationsTest.class.getResource("/db/" + folder).toURI());
        List<Script> scripts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = SCRIPT.matcher(file.getFileName().toString());
                assertTrue(name.matches() && name.group(1).equals(prefix),
                        "db/" + folder + " holds only " + prefix + "<version>__<description>.sql files: " + file.getFileName());
                scripts.add(new Script(Integer.parseInt(name.group(2)), name.group(3), file));
            }
        }
        scripts.sort(Comparator.comparingInt(Script::version));
        return scripts;
    }

    private static List<Script> migrations() throws IOException, URISyntaxException {
        return scripts("migration", "V");
    }

    /** Newest first: the order in which the rollback plan runs them. */
    private static List<Script> rollbacks() throws IOException, URISyntaxException {
        List<Script> rollbacks = scripts("rollback", "U");
        Collections.reverse(rollbacks);
        return rollbacks;
    }

    @Test
    void every_migration_has_a_rollback_of_the_same_version_and_name() throws Exception {
        List<String> migrations = migrations().stream().map(s -> s.version() + "__" + s.description()).toList();
        List<String> rollbacks = scripts("rollback", "U").stream().map(s -> s.version() + "__" + s.description()).toList();

        assertFalse(migrations.isEmpty());
        assertEquals(migrations, rollbacks, "db/rollback needs a U<version>__<description>.sql for each V script");
    }

    @Test
    void migrate_rollback_migrate_gives_the_same_schema_each_time() throws Exception {
        try (TestDatabase database = TestDatabase.connect()) {
            Flyway flyway = database.flyway();

            assertEquals(migrations().size(), flyway.migrate().migrationsExecuted);
            List<String> migrated = schema(database);
            assertHas(migrated,
                    "column orders.id character varying(64) not null",
                    "column orders.customer character varying(100) not null",
                    "column orders.total_cents bigint not null",
                    "column orders.placed_at timestamp with time zone not null default now()",
                    "column order_lines.order_id character varying(64) not null",
                    "column order_lines.line_no integer not null",
                    "column order_lines.sku character varying(32) not null",
                    "column order_lines.quantity integer not null",
                    "column order_lines.unit_price_cents bigint not null",
                    "constraint order_lines.order_lines_order_fkey FOREIGN KEY",
                    "constraint orders.orders_total_is_subtotal_less_discount CHECK",
                    "index orders.orders_placed_at_idx ");
            assertEquals(versions(migrations()), appliedVersions(flyway));

            rollBack(database, rollbacks());
            List<String> rolledBack = schema(database);
            assertTrue(rolledBack.stream().allMatch(item -> item.contains(" " + HISTORY + ".")),
                    "only Flyway's history table is left:\n" + String.join("\n", rolledBack));
            assertEquals(List.of(), appliedVersions(flyway));

            rollBack(database, rollbacks()); // a second run finds nothing to undo and fails on nothing
            assertEquals(rolledBack, schema(database));

            assertEquals(migrations().size(), flyway.migrate().migrationsExecuted);
            assertEquals(migrated, schema(database));
            assertEquals(versions(migrations()), appliedVersions(flyway));
        }
    }

    @Test
    void rolling_back_the_newest_migration_returns_to_the_version_before_and_keeps_the_data() throws Exception {
        try (TestDatabase database = TestDatabase.connect()) {
            Flyway flyway = database.flyway();
            flyway.migrate();
            List<String> migrated = schema(database);
            execute(database, "INSERT INTO orders (id, customer, subtotal_cents, discount_cents, total_cents)"
                    + " VALUES ('a-1', 'acme', 1000, 0, 1000)");

            Script newest = rollbacks().get(0);
            rollBack(database, List.of(newest));

            assertEquals(versions(migrations()).subList(0, migrations().size() - 1), appliedVersions(flyway));
            assertTrue(schema(database).stream().noneMatch(item -> item.contains("placed_at")), "V2 is undone");
            assertEquals(1, flyway.migrate().migrationsExecuted, "migrate applies the rolled back version again");
            assertEquals(migrated, schema(database));
            assertEquals(1, count(database, "SELECT count(*) FROM orders WHERE id = 'a-1'"));
        }
    }

    @Test
    void every_migration_can_run_again_without_changing_schema_or_data() throws Exception {
        try (TestDatabase database = TestDatabase.connect()) {
            database.flyway().migrate();
            List<String> migrated = schema(database);
            execute(database, "INSERT INTO orders (id, customer, subtotal_cents, discount_cents, total_cents)"
                    + " VALUES ('a-1', 'acme', 1000, 0, 1000)");
            execute(database, "INSERT INTO order_lines (order_id, line_no, sku, quantity, unit_price_cents)"
                    + " VALUES ('a-1', 1, 'BOOK-1', 1, 1000)");

            for (Script migration : migrations()) {
                execute(database, migration.sql());
            }

            assertEquals(migrated, schema(database));
            assertEquals(1, count(database, "SELECT count(*) FROM order_lines WHERE order_id = 'a-1'"));
        }
    }

    /** What the rollback plan does: each script in its own transaction, in the order given. */
    private static void rollBack(TestDatabase database, List<Script> rollbacks) throws Exception {
        for (Script rollback : rollbacks) {
            try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                statement.execute(rollback.sql());
                connection.commit();
            }
        }
    }

    private static void assertHas(List<String> schema, String... expected) {
        for (String item : expected) {
            assertTrue(schema.stream().anyMatch(line -> line.startsWith(item)),
                    "no '" + item + "' in the schema:\n" + String.join("\n", schema));
        }
    }

    private static List<String> versions(List<Script> scripts) {
        return scripts.stream().map(script -> String.valueOf(script.version())).toList();
    }

    private static List<String> appliedVersions(Flyway flyway) {
        return Stream.of(flyway.info().applied())
                .filter(info -> info.getVersion() != null && info.getState().isApplied())
                .map(MigrationInfo::getVersion)
                .map(Object::toString)
                .toList();
    }

    /** Every column, constraint and index in the test's schema, one line each, sorted. */
    private static List<String> schema(TestDatabase database) throws SQLException {
        List<String> items = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection()) {
            query(connection, database.schema(), """
                    SELECT 'column ' || table_name || '.' || column_name || ' '
                        || CASE WHEN character_maximum_length IS NULL THEN data_type
                                ELSE data_type || '(' || character_maximum_length || ')' END
                        || CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE '' END
                        || coalesce(' default ' || column_default, '')
                    FROM information_schema.columns WHERE table_schema = ?""", items);
            query(connection, database.schema(), """
                    SELECT 'constraint ' || table_name || '.' || constraint_name || ' ' || constraint_type
                    FROM information_schema.table_constraints
                    WHERE table_schema = ? AND constraint_type <> 'CHECK'
                    UNION ALL
                    SELECT 'constraint ' || rel.relname || '.' || con.conname || ' ' || pg_get_constraintdef(con.oid)
                    FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid
                    JOIN pg_namespace ns ON ns.oid = rel.relnamespace
                    WHERE ns.nspname = ? AND con.contype = 'c'""", items);
            query(connection, database.schema(), """
                    SELECT 'index ' || tablename || '.' || indexname || ' ' || indexdef
                    FROM pg_indexes WHERE schemaname = ?""", items);
        }
        return items.stream().sorted().toList();
    }

    private static void query(Connection connection, String schema, String sql, List<String> into) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 1; i <= query.getParameterMetaData().getParameterCount(); i++) {
                query.setString(i, schema);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    into.add(rows.getString(1));
                }
            }
        }
    }

    private static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(TestDatabase database, String query) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
