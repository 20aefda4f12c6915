package ${package};

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.cairn.rules.archunit.CairnRules;

/**
 * Cairn's architecture rules on the library's own classes, as configured in {@code cairn.yaml}: among them, no public
 * signature outside {@code internal} names an internal type, and no package cycles.
 */
@AnalyzeClasses(packages = "${package}", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests CAIRN = CairnRules.fromConfig();
}
