package dev.cairn.rules.archunit;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * TEMPORARY stand-in for the rule pack's API (the lead replaces it on merge): one rule, enough for
 * cairn check's tests to see an ArchUnit finding with a file and a line.
 */
public final class CairnRules {

    private CairnRules() {}

    public static List<Violation> evaluate(CairnConfig config, JavaClasses classes, Path projectRoot) {
        List<Violation> violations = new ArrayList<>();
        for (JavaClass javaClass : classes) {
            for (JavaFieldAccess access : javaClass.getFieldAccessesFromSelf()) {
                if (access.getTargetOwner().isEquivalentTo(System.class)
                        && (access.getName().equals("out") || access.getName().equals("err"))) {
                    String source = "src/main/java/" + javaClass.getPackageName().replace('.', '/') + "/"
                            + javaClass.getSource().flatMap(s -> s.getFileName()).orElse(javaClass.getSimpleName() + ".java");
                    violations.add(new Violation("cairn.coding.no-standard-streams", Severity.ERROR, javaClass.getName(),
                            source, access.getLineNumber(), access.getDescription(), "use a logger"));
                }
            }
        }
        return violations;
    }
}
