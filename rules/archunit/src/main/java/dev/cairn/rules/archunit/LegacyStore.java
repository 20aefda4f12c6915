package dev.cairn.rules.archunit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.TextFileBasedViolationStore;
import com.tngtech.archunit.library.freeze.ViolationStore;

/**
 * ArchUnit's text file store, kept in the project at {@code .cairn/archunit-store/} whatever {@code archunit.properties}
 * says, with a file name derived from the rule (no random UUIDs in a committed folder).
 * Outside CI a missing store is created by the first run; in CI it must have been committed, because a store created
 * there would silently accept every existing violation and then be thrown away.
 */
final class LegacyStore implements ViolationStore {
    /** The store folder, relative to the project root. */
    static final String FOLDER = ".cairn/archunit-store";

    private final Path folder;
    private final boolean mayCreate;
    private final TextFileBasedViolationStore files = new TextFileBasedViolationStore(LegacyStore::fileName);

    /**
     * @param projectRoot the project root; the store lives in {@code .cairn/archunit-store/} below it
     * @param mayCreate whether a missing store (or a rule missing from it) may be recorded now; false in CI
     */
    LegacyStore(Path projectRoot, boolean mayCreate) {
        this.folder = projectRoot.resolve(FOLDER);
        this.mayCreate = mayCreate;
    }

    /** @return whether the environment is a CI build ({@code CI=true}, set by GitHub Actions, GitLab CI and others) */
    static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    @Override
    public void initialize(Properties ignoredArchUnitProperties) {
        if (!mayCreate && !Files.isRegularFile(folder.resolve("stored.rules"))) {
            throw missing();
        }
        Properties properties = new Properties();
        properties.setProperty("default.path", folder.toString());
        properties.setProperty("default.allowStoreCreation", Boolean.toString(mayCreate));
        properties.setProperty("default.allowStoreUpdate", "true");
        files.initialize(properties);
    }

    @Override
    public boolean contains(ArchRule rule) {
        return files.contains(rule);
    }

    @Override
    public void save(ArchRule rule, List<String> violations) {
        if (!mayCreate && !files.contains(rule)) {
            throw missing();
        }
        files.save(rule, violations);
    }

    @Override
    public List<String> getViolations(ArchRule rule) {
        return files.getViolations(rule);
    }

    private CairnConfigException missing() {
        return new CairnConfigException(FOLDER + "/stored.rules", 0,
                "no frozen violations for " + RuleIds.MIGRATION_NO_NEW_LEGACY + ", and CI=true never records them",
                "run the architecture tests (or cairn check) once locally and commit " + FOLDER + "/");
    }

    private static String fileName(String ruleDescription) {
        return ruleDescription.startsWith(RuleIds.MIGRATION_NO_NEW_LEGACY)
                ? RuleIds.MIGRATION_NO_NEW_LEGACY + ".txt"
                : ruleDescription.replaceAll("[^A-Za-z0-9.-]+", "-") + ".txt";
    }
}
