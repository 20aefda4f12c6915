package dev.cairn.check;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.cairn.rules.archunit.CairnConfig;
import dev.cairn.rules.archunit.CairnRules;
import dev.cairn.rules.archunit.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/** Runs the ArchUnit pack on compiled classes: ArchUnit's importer, then {@link CairnRules#evaluate}. */
public final class ArchUnitRun {

    private ArchUnitRun() {}

    /**
     * @param classes a folder of class files or a jar
     * @return findings in no particular order; rules switched off in cairn.yaml report none
     */
    public static List<Finding> run(CairnConfig config, Path classes, Path root) throws IOException {
        JavaClasses imported;
        if (Files.isDirectory(classes)) {
            imported = new ClassFileImporter().importPath(classes);
        } else {
            try (JarFile jar = new JarFile(classes.toFile())) {
                imported = new ClassFileImporter().importJar(jar);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Violation v : CairnRules.evaluate(config, imported, root)) {
            Severity severity = switch (v.severity()) {
                case ERROR -> Severity.ERROR;
                case WARN -> Severity.WARNING;
                case OFF -> null;
            };
            if (severity != null) {
                findings.add(new Finding(Tool.ARCHUNIT, v.ruleId(), severity,
                        v.sourcePath() == null ? null : v.sourcePath().replace('\\', '/'), Math.max(0, v.line()), 0,
                        v.message(), v.hint()));
            }
        }
        return findings;
    }
}
