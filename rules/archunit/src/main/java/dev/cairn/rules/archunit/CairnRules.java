package dev.cairn.rules.archunit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * Entry point of the Cairn ArchUnit rules. In a project's tests:
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.acme.orders", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchTests CAIRN = CairnRules.fromConfig();
 * }
 * }</pre>
 * Tools (such as {@code cairn check}) call {@link #rules} or {@link #evaluate} instead.
 */
public final class CairnRules {
    private static final Pattern ARCHUNIT_LOCATION = Pattern.compile("\\s+in \\([^()\\s]*:\\d+\\)");
    private static final Comparator<Violation> BY_FILE_AND_LINE = Comparator
            .comparing(Violation::sourcePath, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(Violation::line)
            .thenComparing(Violation::ruleId)
            .thenComparing(Violation::className)
            .thenComparing(Violation::message);

    private static volatile Path explicitProjectRoot;

    private CairnRules() {
    }

    /**
     * The Cairn rules as {@code @ArchTest}s, one per rule set, configured by the {@code cairn.yaml} found from the
     * working directory (the Maven module's folder, else its parents up to the one holding {@code .git}).
     * {@code ERROR} violations fail the set's test; {@code WARN} ones are printed.
     *
     * @return the tests to assign to an {@code @ArchTest static final ArchTests} field
     */
    public static ArchTests fromConfig() {
        return ArchTests.in(CairnArchTests.class);
    }

    /**
     * Like {@link #fromConfig()} with an explicit project root. The root is held per JVM: the last call wins, so use one
     * project root per test run.
     *
     * @param projectRoot the folder holding {@code cairn.yaml} (or none, for defaults) and the sources
     * @return the tests to assign to an {@code @ArchTest static final ArchTests} field
     */
    public static ArchTests fromConfig(Path projectRoot) {
        explicitProjectRoot = projectRoot.toAbsolutePath().normalize();
        return ArchTests.in(CairnArchTests.class);
    }

    /**
     * Every Cairn rule for these classes, severities resolved. The base package, when not configured, is the longest
     * common package of {@code classes}. The migration rule is present only when legacy packages are configured.
     *
     * @param config the project's configuration, never {@code null}
     * @param classes the project's classes, as imported by ArchUnit
     * @param projectRoot the project root; the migration rule's store is {@code .cairn/archunit-store/} below it
     * @return the rules in catalogue order, {@code OFF} ones included
     */
    public static List<CairnRule> rules(CairnConfig config, JavaClasses classes, Path projectRoot) {
        return rules(config, classes, projectRoot, !LegacyStore.inCi());
    }

    static List<CairnRule> rules(CairnConfig config, JavaClasses classes, Path projectRoot, boolean mayCreateStore) {
        return RuleCatalog.rules(config, ProjectLayout.of(config, classes), new LegacyStore(projectRoot, mayCreateStore));
    }

    /**
     * Evaluates every rule that is not {@code OFF}. The migration rule compares with, and on the first run outside CI
     * records, {@code .cairn/archunit-store/}.
     *
     * @param config the project's configuration, never {@code null}
     * @param classes the project's classes, as imported by ArchUnit
     * @param projectRoot the project root: sources are located below it and paths are relative to it
     * @return the violations, sorted by file and line
     * @throws CairnConfigException in CI ({@code CI=true}) when legacy packages are configured but no store was committed
     */
    public static List<Violation> evaluate(CairnConfig config, JavaClasses classes, Path projectRoot) {
        return evaluate(config, classes, projectRoot, !LegacyStore.inCi(), rule -> true);
    }

    static List<Violation> evaluate(CairnConfig config, JavaClasses classes, Path projectRoot, boolean mayCreateStore,
                                    Predicate<CairnRule> which) {
        SourceLocator locator = new SourceLocator(projectRoot);
        List<Violation> violations = new ArrayList<>();
        for (CairnRule rule : rules(config, classes, projectRoot, mayCreateStore)) {
            if (rule.severity() != Severity.OFF && which.test(rule)) {
                EvaluationResult result = rule.rule().evaluate(classes);
                result.handleViolations((Collection<Object> objects, String message) -> {
                    SourceLocator.Location location = locator.locate(objects);
                    violations.add(new Violation(rule.id(), rule.severity(), location.className(), location.sourcePath(),
                            location.line(), oneLine(message), rule.hint()));
                });
            }
        }
        return onePerLine(violations);
    }

    /** Several dependencies on one line (a constructor call and a method call...) make one finding: the first message. */
    private static List<Violation> onePerLine(List<Violation> violations) {
        Map<List<Object>, Violation> byLine = new LinkedHashMap<>();
        violations.stream().sorted(BY_FILE_AND_LINE).forEach(violation -> byLine.putIfAbsent(
                List.of(violation.ruleId(), violation.className(), String.valueOf(violation.sourcePath()), violation.line()), violation));
        return List.copyOf(byLine.values());
    }

    /**
     * ArchUnit's message without its {@code in (File.java:12)} locations (the violation has a better one) and cut to its
     * summary: a cycle's message goes on to list every dependency, one per line.
     */
    static String oneLine(String message) {
        StringBuilder summary = new StringBuilder();
        for (String line : message.split("\\R")) {
            String text = line.trim();
            if (text.isEmpty() || text.matches("\\d+\\. .*")) {
                break;
            }
            summary.append(summary.length() == 0 ? "" : " ").append(text);
        }
        return ARCHUNIT_LOCATION.matcher(summary).replaceAll("");
    }

    /**
     * Finds the project root from a folder: the first of it and its parents that holds {@code cairn.yaml}, looking no
     * higher than the folder holding {@code .git}; {@code start} itself when none does.
     *
     * @param start usually the working directory
     * @return the project root, never {@code null}
     */
    public static Path findProjectRoot(Path start) {
        Path absolute = start.toAbsolutePath().normalize();
        for (Path folder = absolute; folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve(CairnConfig.FILE_NAME))) {
                return folder;
            }
            if (Files.exists(folder.resolve(".git"))) {
                break;
            }
        }
        return absolute;
    }

    /** @return the root the {@code @ArchTest}s use: the explicit one, else found from the working directory */
    static Path projectRoot() {
        Path explicit = explicitProjectRoot;
        return explicit != null ? explicit : findProjectRoot(Path.of(""));
    }

    /**
     * Renders a failure: every violation as {@code path:line: message [rule id]}, then why and how to fix, per rule.
     *
     * @param title what failed, e.g. {@code Cairn layers rules}
     * @param violations at least one
     * @param rules the rules the violations came from, for their reasons and hints
     * @return the text, lines separated by {@code \n}
     */
    static String report(String title, List<Violation> violations, List<CairnRule> rules) {
        StringBuilder text = new StringBuilder(title).append(" (").append(violations.size())
                .append(violations.size() == 1 ? " violation)" : " violations)").append(":\n");
        Map<String, CairnRule> involved = new LinkedHashMap<>();
        for (Violation violation : violations) {
            text.append("  ").append(violation.format()).append('\n');
            rules.stream().filter(rule -> rule.id().equals(violation.ruleId())).findFirst()
                    .ifPresent(rule -> involved.putIfAbsent(rule.id(), rule));
        }
        for (CairnRule rule : involved.values()) {
            text.append("[").append(rule.id()).append("] because ").append(rule.because()).append("; fix: ").append(rule.hint()).append('\n');
        }
        return text.toString();
    }
}
