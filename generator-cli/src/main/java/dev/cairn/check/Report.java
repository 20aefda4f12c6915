package dev.cairn.check;

import java.util.List;

/**
 * What a check reports: the findings to show (only the new ones when a baseline is in use), their fingerprints,
 * and how they compare with the baseline. Every reporter is a pure function of it.
 *
 * @param cairnVersion the version of Cairn that checked
 * @param findings in {@link Finding#ORDER}
 * @param fingerprints one per finding, same order
 * @param baseline {@code null} when no baseline was given
 * @param project where the checked folder lies, for reports that link into the repository
 */
public record Report(String cairnVersion, List<Finding> findings, List<String> fingerprints, BaselineSummary baseline,
        Project project) {

    /**
     * Where the checked folder lies. Findings name files relative to it; SARIF and Markdown need them relative to
     * the repository's root, which is the folder itself or a parent holding {@code .git}.
     *
     * @param rootUri the repository root (or the folder, outside a repository) as an absolute {@code file:} URI
     *     ending in '/'
     * @param pathInRepository the folder relative to the repository root, '/'-separated, ending in '/', or ""
     */
    public record Project(String rootUri, String pathInRepository) {

        /** A file of the check, relative to the repository root. */
        public String inRepository(String file) {
            return pathInRepository + file;
        }
    }

    /**
     * How today's findings compare with the baseline.
     *
     * @param file the baseline's name as given
     * @param size how many findings the baseline holds
     * @param known how many of today's findings it holds (not reported)
     * @param fixed its findings that are gone
     */
    public record BaselineSummary(String file, int size, int known, List<Baseline.Entry> fixed) {}

    public Report {
        if (findings.size() != fingerprints.size()) {
            throw new IllegalArgumentException("one fingerprint per finding");
        }
        findings = List.copyOf(findings);
        java.util.Objects.requireNonNull(project, "project");
        fingerprints = List.copyOf(fingerprints);
    }

    /** How many findings of a severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** How many findings of a severity a tool found. */
    public long count(Tool tool, Severity severity) {
        return findings.stream().filter(f -> f.tool() == tool && f.severity() == severity).count();
    }

    /** Whether the check fails: any error among the reported findings. Warnings never fail it. */
    public boolean failed() {
        return count(Severity.ERROR) > 0;
    }
}
