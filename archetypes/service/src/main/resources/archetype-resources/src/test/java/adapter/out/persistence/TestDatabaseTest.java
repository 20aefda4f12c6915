package ${package}.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Without a database the PostgreSQL tests are skipped on a developer's machine, and fail on CI. */
class TestDatabaseTest {

    @Test
    void without_a_database_url_the_tests_are_skipped_with_how_to_run_them() {
        TestAbortedException skipped = assertThrows(TestAbortedException.class, () -> TestDatabase.connect(Map.of()));

        assertTrue(skipped.getMessage().contains("TEST_DATABASE_URL is not set"), skipped.getMessage());
    }

    @Test
    void on_ci_a_missing_database_fails_instead_of_skipping() {
        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> TestDatabase.connect(Map.of("CI", "true", "TEST_DATABASE_URL", " ")));

        assertTrue(failed.getMessage().contains("CI=true"), failed.getMessage());
    }

    @Test
    void a_url_that_is_not_for_postgresql_fails() {
        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> TestDatabase.connect(Map.of("TEST_DATABASE_URL", "postgres://db/orders")));

        assertTrue(failed.getMessage().contains("must be a PostgreSQL JDBC URL"), failed.getMessage());
    }
}
