package dev.cairn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Cairn's own architecture: {@code cli -> features -> template}. picocli is compiled from source into
 * this module's classes, so only {@code dev.cairn..} is imported: picocli's own classes are targets of
 * dependencies here, never subjects.
 */
@AnalyzeClasses(packages = "dev.cairn", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Feature packages: each owns a job and is reached from the command line, never the other way. */
    static final String[] FEATURES = {
        "dev.cairn.template..", "dev.cairn.generate..", "dev.cairn.update..", "dev.cairn.check..", "dev.cairn.playbook.."
    };

    @ArchTest
    static final ArchRule ONLY_THE_COMMAND_LINE_USES_PICOCLI =
            noClasses().that().resideOutsideOfPackage("dev.cairn.cli..")
                    .should().dependOnClassesThat().resideInAPackage("picocli..")
                    .because("features are called from commands, tests and other tools alike; parsing is the CLI's job");

    @ArchTest
    static final ArchRule FEATURES_DO_NOT_KNOW_THE_COMMAND_LINE =
            noClasses().that().resideInAnyPackage(FEATURES)
                    .should().dependOnClassesThat().resideInAPackage("dev.cairn.cli..")
                    .because("dependencies point one way: cli -> features -> template");

    @ArchTest
    static final ArchRule TEMPLATES_DO_NOT_KNOW_GENERATION =
            noClasses().that().resideInAPackage("dev.cairn.template..")
                    .should().dependOnClassesThat().resideInAPackage("dev.cairn.generate..")
                    .because("a template is read the same way by new, update and lint");

    @ArchTest
    static final ArchRule NO_CYCLES_BETWEEN_PACKAGES =
            slices().matching("dev.cairn.(*)..").should().beFreeOfCycles();
}
