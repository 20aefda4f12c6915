package dev.cairn.playbook;

import dev.cairn.check.CheckstyleRun;
import dev.cairn.check.CheckstyleSetup;
import dev.cairn.check.Finding;
import dev.cairn.rules.archunit.RuleIds;
import dev.cairn.rules.archunit.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code rule-passes: RULE_ID}: one rule of Cairn's packs reports nothing on the project, neither error nor warning. An
 * ArchUnit rule ({@code cairn.layers.hexagonal}, a project's {@code cairn.project.*}) runs on the compiled classes in
 * {@value Project#CLASSES}, so the project must have been built; a Checkstyle rule ({@code cairn.coding.empty-catch})
 * runs on the Java sources. Both run as {@code cairn check} runs them, with the project's cairn.yaml; a rule switched
 * off there fails the item rather than pass unexamined.
 *
 * @param ruleId the rule's stable id
 * @param archunit whether it is an ArchUnit rule (else Checkstyle)
 */
public record RulePasses(String ruleId, boolean archunit) implements Verification {

    static final String TYPE = "rule-passes";

    /** Checkstyle's ids, from the strict configuration, which holds every module of the standard one. */
    private static volatile Set<String> checkstyleIds;

    static RulePasses read(VerificationSpec spec) {
        String id = spec.text("'rule-passes: cairn.layers.hexagonal'");
        if (RuleIds.BUILT_IN.contains(id) || id.startsWith(RuleIds.PROJECT_PREFIX) && id.length() > RuleIds.PROJECT_PREFIX.length()) {
            return new RulePasses(id, true);
        }
        if (checkstyleIds().contains(id)) {
            return new RulePasses(id, false);
        }
        throw spec.error(spec.value(), "'" + id + "' is not a rule id of Cairn's ArchUnit or Checkstyle packs",
                "use an id of the README's rule catalogue, e.g. cairn.layers.hexagonal or cairn.coding.empty-catch");
    }

    static Set<String> checkstyleIds() {
        Set<String> ids = checkstyleIds;
        if (ids == null) {
            ids = CheckstyleRun.ruleIds(new CheckstyleSetup("strict", CheckstyleSetup.resource("cairn/checkstyle-strict.xml"), null));
            checkstyleIds = ids;
        }
        return ids;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String describe() {
        return TYPE + " " + ruleId;
    }

    @Override
    public Verdict verify(Project project) throws IOException {
        List<Finding> findings;
        if (archunit) {
            if (project.config().severityOf(ruleId, Severity.ERROR) == Severity.OFF) {
                return Verdict.fail(ruleId + " is switched off in cairn.yaml");
            }
            if (ruleId.equals(RuleIds.MIGRATION_NO_NEW_LEGACY) && project.config().legacyPackages().isEmpty()) {
                return Verdict.fail(ruleId + " checks nothing: cairn.yaml names no migration.legacy-packages");
            }
            if (ruleId.startsWith(RuleIds.PROJECT_PREFIX)
                    && project.config().dependencyRules().stream().noneMatch(rule -> rule.id().equals(ruleId))) {
                return Verdict.fail(ruleId + " is not declared in cairn.yaml's dependency-rules");
            }
            Optional<List<Finding>> all = project.archunitFindings();
            if (all.isEmpty()) {
                return Verdict.fail("no compiled classes in " + Project.CLASSES + ": build the project first (mvn verify)");
            }
            findings = all.get();
        } else {
            findings = project.checkstyleFindings();
        }
        List<Finding> mine = findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        if (mine.isEmpty()) {
            return Verdict.pass(ruleId + " reports nothing");
        }
        Finding first = mine.get(0);
        return Verdict.fail(mine.size() + " finding" + (mine.size() == 1 ? "" : "s") + ", the first: "
                + (first.file() == null ? "" : first.file() + (first.line() > 0 ? ":" + first.line() : "") + ": ") + first.message());
    }
}
