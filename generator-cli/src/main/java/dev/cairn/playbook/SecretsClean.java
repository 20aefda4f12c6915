package dev.cairn.playbook;

import dev.cairn.check.Finding;
import dev.cairn.check.SecretScan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code secrets-clean: true}: no secret is written in the project, as {@code cairn check} finds them: the secret scan
 * over every text file (.gitignore and cairn.yaml's {@code secrets.ignore} respected) and Checkstyle's
 * {@code cairn.secrets.hardcoded} over the Java sources.
 */
public record SecretsClean() implements Verification {

    static final String TYPE = "secrets-clean";

    static SecretsClean read(VerificationSpec spec) {
        spec.requireTrue();
        return new SecretsClean();
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Verdict verify(Project project) throws IOException {
        List<Finding> secrets = new ArrayList<>(SecretScan.scan(project.root(), project.projectFiles().otherFiles()));
        project.checkstyleFindings().stream().filter(f -> f.ruleId().startsWith("cairn.secrets.")).forEach(secrets::add);
        secrets.sort(Finding.ORDER);
        if (secrets.isEmpty()) {
            return Verdict.pass("no secret in " + (project.projectFiles().javaSources().size() + project.projectFiles().otherFiles().size())
                    + " files");
        }
        Finding first = secrets.get(0);
        return Verdict.fail(secrets.size() + " secret" + (secrets.size() == 1 ? "" : "s") + " found, the first: " + first.file()
                + ":" + first.line() + " (" + first.ruleId() + ")");
    }
}
