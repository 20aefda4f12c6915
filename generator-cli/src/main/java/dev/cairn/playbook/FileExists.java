package dev.cairn.playbook;

import java.io.IOException;
import java.util.List;

/**
 * {@code file-exists: PATH}: a file is there. PATH is relative to the project and may be a glob
 * ({@code docs/adr/*.md}, {@code src/main/java/**}{@code /ReadinessHandler.java}); one matching file is enough.
 *
 * @param path a path or glob relative to the project root
 */
public record FileExists(String path) implements Verification {

    static final String TYPE = "file-exists";

    static FileExists read(VerificationSpec spec) {
        return new FileExists(spec.path(spec.value(), "'file-exists: docs/architecture.md'"));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String describe() {
        return TYPE + " " + path;
    }

    @Override
    public Verdict verify(Project project) throws IOException {
        List<String> found = project.files(path);
        return found.isEmpty() ? Verdict.fail("no file " + path) : Verdict.pass(found.get(0) + (found.size() > 1
                ? " and " + (found.size() - 1) + " more" : ""));
    }
}
