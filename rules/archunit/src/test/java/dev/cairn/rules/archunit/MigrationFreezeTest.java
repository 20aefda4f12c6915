package dev.cairn.rules.archunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.cairn.rules.archunit.fixture.migration.billing.Invoice;
import dev.cairn.rules.archunit.fixture.migration.billing.Receipt;
import dev.cairn.rules.archunit.fixture.migration.billing.Refund;
import dev.cairn.rules.archunit.fixture.migration.legacy.OldTax;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cairn.migration.no-new-legacy: old uses of legacy packages frozen in .cairn/archunit-store/, new ones fail. */
class MigrationFreezeTest {
    private static final String FIXTURE = "dev/cairn/rules/archunit/fixture/migration/";
    private static final CairnConfig CONFIG = CairnConfig.parse(
            "migration:\n  legacy-packages: [dev.cairn.rules.archunit.fixture.migration.legacy..]\n", "cairn.yaml");

    @TempDir
    Path projectRoot;

    @BeforeEach
    void copySourcesIntoTheProject() throws IOException {
        Path from = Fixtures.MODULE.resolve("src/test/java/" + FIXTURE);
        Path to = projectRoot.resolve("src/main/java/" + FIXTURE);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.createDirectories(to.resolve(from.relativize(file)).getParent());
                Files.copy(file, to.resolve(from.relativize(file)));
            }
        }
    }

    private List<Violation> run(boolean mayCreateStore, Class<?>... classes) {
        JavaClasses imported = new ClassFileImporter().importClasses(classes);
        return CairnRules.evaluate(CONFIG, imported, projectRoot, mayCreateStore,
                rule -> rule.id().equals(RuleIds.MIGRATION_NO_NEW_LEGACY));
    }

    @Test
    void first_run_records_second_passes_a_new_use_fails() throws IOException {
        assertThat(run(true, Invoice.class, Receipt.class, OldTax.class)).as("first run records").isEmpty();
        Path stored = projectRoot.resolve(".cairn/archunit-store/cairn.migration.no-new-legacy.txt");
        assertThat(Files.readString(stored)).contains("Invoice.tax(long)> calls method <").contains("OldTax.of(long)>");
        assertThat(projectRoot.resolve(".cairn/archunit-store/stored.rules")).exists();

        assertThat(run(true, Invoice.class, Receipt.class, OldTax.class)).as("same violations again").isEmpty();

        List<Violation> withRefund = run(true, Invoice.class, Receipt.class, Refund.class, OldTax.class);
        assertThat(withRefund).singleElement().satisfies(violation -> {
            assertThat(violation.ruleId()).isEqualTo(RuleIds.MIGRATION_NO_NEW_LEGACY);
            assertThat(violation.sourcePath()).isEqualTo("src/main/java/" + FIXTURE + "billing/Refund.java");
            assertThat(violation.line()).isEqualTo(7);
            assertThat(violation.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(run(true, Invoice.class, Receipt.class, Refund.class, OldTax.class)).as("new uses are never recorded")
                .hasSize(1);
    }

    @Test
    void a_fixed_use_leaves_the_store_so_it_cannot_come_back() throws IOException {
        run(true, Invoice.class, Receipt.class, OldTax.class);

        assertThat(run(true, Receipt.class, OldTax.class)).isEmpty();
        assertThat(Files.readString(projectRoot.resolve(".cairn/archunit-store/cairn.migration.no-new-legacy.txt"))).isBlank();
        assertThat(run(true, Invoice.class, Receipt.class, OldTax.class)).hasSize(1);
    }

    @Test
    void ci_refuses_to_create_the_store() {
        assertThatThrownBy(() -> run(false, Invoice.class, OldTax.class))
                .isInstanceOfSatisfying(CairnConfigException.class, e -> {
                    assertThat(e.file()).isEqualTo(".cairn/archunit-store/stored.rules");
                    assertThat(e.hint()).contains("commit .cairn/archunit-store/");
                });
        assertThat(projectRoot.resolve(".cairn/archunit-store/stored.rules")).doesNotExist();
    }

    @Test
    void ci_uses_a_committed_store() {
        run(true, Invoice.class, OldTax.class);

        assertThat(run(false, Invoice.class, OldTax.class)).isEmpty();
        assertThat(run(false, Invoice.class, Refund.class, OldTax.class)).hasSize(1);
    }
}
