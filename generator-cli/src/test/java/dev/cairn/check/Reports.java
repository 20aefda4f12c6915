package dev.cairn.check;

import java.util.List;

/** Reports the reporter tests share: one finding of each tool, a warning, a file name that needs escaping. */
final class Reports {

    static final Report.Project PROJECT = new Report.Project("file:///work/repo/", "services/orders/");

    static final List<Finding> FINDINGS = List.of(
            new Finding(Tool.SECRETS, "cairn.secrets.aws-access-key-id", Severity.ERROR, "config/app settings.properties", 3, 12,
                    "AWS access key id", "remove it, rotate the key and read it from the environment"),
            new Finding(Tool.ARCHUNIT, "cairn.coding.no-standard-streams", Severity.ERROR, "src/main/java/com/acme/App.java", 7, 0,
                    "Method <com.acme.App.main(java.lang.String[])> gets field <java.lang.System.out> in (App.java:7)",
                    "use a logger"),
            new Finding(Tool.CHECKSTYLE, "cairn.imports.unused", Severity.WARNING, "src/main/java/com/acme/App.java", 3, 8,
                    "Unused import - java.util.List.", null),
            new Finding(Tool.CHECKSTYLE, "cairn.imports.unused", Severity.WARNING, "src/main/java/com/acme/App.java", 4, 8,
                    "Unused import - java.util.Map.", null),
            new Finding(Tool.ARCHUNIT, "cairn.layers.domain-independent", Severity.ERROR, null, 0, 0,
                    "Layer 'domain' may not depend on <a|b> *at all*", "move it"));

    private Reports() {}

    static Report sample() {
        List<Finding> sorted = FINDINGS.stream().sorted(Finding.ORDER).toList();
        return new Report("1.2.3", sorted, Fingerprints.of(sorted, (file, line) -> "line " + line), null, PROJECT);
    }

    static Report clean() {
        return new Report("1.2.3", List.of(), List.of(), null, PROJECT);
    }

    static Report withBaseline() {
        Report sample = sample();
        return new Report("1.2.3", sample.findings().subList(0, 1), sample.fingerprints().subList(0, 1),
                new Report.BaselineSummary("cairn-baseline.json", 5, 4,
                        List.of(new Baseline.Entry("abc", "checkstyle", "cairn.imports.unused", "src/Old.java", "Unused import - x."))),
                PROJECT);
    }
}
