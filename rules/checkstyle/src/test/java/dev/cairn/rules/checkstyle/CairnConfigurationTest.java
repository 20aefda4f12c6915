package dev.cairn.rules.checkstyle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.puppycrawl.tools.checkstyle.ConfigurationLoader;
import com.puppycrawl.tools.checkstyle.ConfigurationLoader.IgnoredModulesOptions;
import com.puppycrawl.tools.checkstyle.PropertiesExpander;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import com.puppycrawl.tools.checkstyle.api.Configuration;
import dev.cairn.rules.checkstyle.CheckVerifier.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CairnConfigurationTest {

    private static final String STANDARD = "cairn/checkstyle.xml";
    private static final String STRICT = "cairn/checkstyle-strict.xml";

    // Structural modules and suppression hooks report nothing of their own, so they need no id.
    private static final Set<String> NOT_REPORTING = Set.of(
        "Checker", "TreeWalker", "SuppressWarningsFilter", "SuppressionFilter", "SuppressWarningsHolder",
        "SuppressWithNearbyCommentFilter", "SuppressionCommentFilter");

    private static Configuration load(String location, Properties properties) {
        try {
            return ConfigurationLoader.loadConfiguration(
                location, new PropertiesExpander(properties), IgnoredModulesOptions.OMIT);
        } catch (CheckstyleException e) {
            throw new IllegalStateException(location + ": " + e.getMessage(), e);
        }
    }

    private static Configuration load(String location) {
        return load(location, new Properties());
    }

    private static List<Configuration> reportingModules(Configuration module) {
        List<Configuration> modules = new ArrayList<>();
        if (!NOT_REPORTING.contains(module.getName())) {
            modules.add(module);
        }
        Arrays.stream(module.getChildren()).forEach(child -> modules.addAll(reportingModules(child)));
        return modules;
    }

    private static String idOf(Configuration module) {
        try {
            return Arrays.asList(module.getPropertyNames()).contains("id") ? module.getProperty("id") : null;
        } catch (CheckstyleException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ids(String location) {
        return reportingModules(load(location)).stream().map(CairnConfigurationTest::idOf).toList();
    }

    private static List<Finding> run(String location, Properties properties, String input) {
        return CheckVerifier.findings(load(location, properties), CheckVerifier.input(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {STANDARD, STRICT})
    void every_reporting_module_has_a_unique_cairn_id(String location) {
        List<Configuration> modules = reportingModules(load(location));

        assertThat(modules).allSatisfy(module ->
            assertThat(idOf(module)).as("id of %s in %s", module.getName(), location)
                .matches("cairn\\.[a-z]+\\.[a-z-]+"));
        assertThat(ids(location)).doesNotHaveDuplicates();
    }

    @Test
    void strict_is_the_standard_and_more() {
        assertThat(ids(STRICT)).containsAll(ids(STANDARD)).hasSizeGreaterThan(ids(STANDARD).size());
    }

    @Test
    void the_standard_reports_each_finding_by_its_cairn_id() {
        assertThat(run(STANDARD, new Properties(), "configuration/InputCairnStandardViolations.java"))
            .extracting(Finding::source, Finding::line)
            .containsExactlyInAnyOrder(
                tuple("cairn.imports.no-star", 3),
                tuple("cairn.imports.unused", 4),
                tuple("cairn.frameworks.import", 5),
                tuple("cairn.imports.unused", 5),
                tuple("cairn.secrets.hardcoded", 8),
                tuple("cairn.coding.missing-switch-default", 11),
                tuple("cairn.coding.empty-catch", 17),
                tuple("cairn.coding.simplify-boolean-expression", 23),
                tuple("cairn.coding.simplify-boolean-return", 23));
    }

    @ParameterizedTest
    @ValueSource(strings = {STANDARD, STRICT})
    void framework_import_defaults_in_the_configurations_are_the_checks_own(String location) throws Exception {
        Configuration check = reportingModules(load(location)).stream()
            .filter(module -> "cairn.frameworks.import".equals(idOf(module)))
            .findFirst().orElseThrow();

        assertThat(check.getProperty("frameworks").split(", "))
            .containsExactlyElementsOf(FrameworkImportCheck.DEFAULT_FRAMEWORKS);
        assertThat(check.getProperty("allowedPackages").split(", "))
            .containsExactlyElementsOf(FrameworkImportCheck.DEFAULT_ALLOWED_PACKAGES);
    }

    @Test
    void allowed_packages_can_be_set_by_a_property() {
        Properties properties = new Properties();
        properties.setProperty("cairn.allowedPackages", "domain");

        assertThat(run(STANDARD, properties, "configuration/InputCairnStandardViolations.java"))
            .extracting(Finding::source)
            .doesNotContain("cairn.frameworks.import")
            .contains("cairn.secrets.hardcoded");
    }

    @Test
    void annotations_and_comments_suppress_by_id() {
        assertThat(run(STANDARD, new Properties(), "configuration/InputCairnSuppressions.java"))
            .extracting(Finding::source, Finding::line)
            .containsExactly(tuple("cairn.secrets.hardcoded", 14));
    }

    @Test
    void a_suppressions_file_named_by_checkstyle_suppressions_file_suppresses_by_id() {
        Properties properties = new Properties();
        properties.setProperty("checkstyle.suppressions.file",
            CheckVerifier.input("configuration/suppressions.xml").toString());

        assertThat(run(STANDARD, properties, "configuration/InputCairnSuppressions.java")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {STANDARD, STRICT})
    void well_written_code_passes(String location) {
        assertThat(run(location, new Properties(), "configuration/InputCairnStrictCompliant.java")).isEmpty();
    }

    @Test
    void cairn_checks_can_be_named_by_their_short_names() {
        com.puppycrawl.tools.checkstyle.DefaultConfiguration check =
            new com.puppycrawl.tools.checkstyle.DefaultConfiguration("HardcodedSecret");

        assertThat(CheckVerifier.findings(CheckVerifier.treeWalkerWith(check),
                CheckVerifier.input("configuration/InputCairnSuppressions.java")))
            .extracting(Finding::line)
            .containsExactly(5, 7, 10, 11, 14);
    }
}
