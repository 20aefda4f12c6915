package dev.cairn.playbook;

import java.io.IOException;

/**
 * An automatic check of a playbook item, one of a closed set (docs/playbook-format.md lists them with examples). Each
 * is a value read from the playbook; {@link #verify} looks at the project and says whether it holds and why.
 */
public sealed interface Verification permits FileExists, FileMatches, YamlKey, RulePasses, SecretsClean, PipelineStage,
        TemplateCurrent, CoverageAtLeast, AdrCountAtLeast, AnswerEquals {

    /** The type as a playbook writes it, e.g. {@code file-exists}. */
    String type();

    /** What is checked, one line, e.g. {@code file-exists docs/architecture.md}; the type alone for a check without arguments. */
    default String describe() {
        return type();
    }

    /**
     * @param project the project to look at, never {@code null}
     * @return whether the item holds, with what was found
     * @throws IOException when a file the check needs cannot be read
     */
    Verdict verify(Project project) throws IOException;

    /**
     * What a verification found.
     *
     * @param passed whether the item holds
     * @param detail what was found, one line, for the report (why it failed, or what passed)
     */
    record Verdict(boolean passed, String detail) {

        public static Verdict pass(String detail) {
            return new Verdict(true, detail);
        }

        public static Verdict fail(String detail) {
            return new Verdict(false, detail);
        }
    }
}
