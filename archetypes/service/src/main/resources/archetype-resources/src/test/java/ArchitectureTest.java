package ${package};

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.cairn.rules.archunit.CairnRules;

/**
 * The organisation's architecture rules (layers, framework isolation, coding standards, naming), as
 * cairn.yaml at the project root configures them. A violation fails 'mvn verify' with the file,
 * the line, the rule id and how to fix it.
 */
@AnalyzeClasses(packages = "${package}", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests CAIRN = CairnRules.fromConfig();
}
