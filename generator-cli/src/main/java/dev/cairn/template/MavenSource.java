package dev.cairn.template;

import java.nio.file.Path;
import java.util.List;

/**
 * A template published to a Maven repository, by its coordinates: {@code groupId:artifactId} for
 * the newest release, {@code groupId:artifactId:version} for that version. Resolved with Maven
 * Resolver through the user's Maven settings ({@link MavenRepositories}).
 *
 * @param coordinates never {@code null}; a {@code null} version means the newest release
 * @param settings the Maven settings to resolve with, never {@code null}
 */
public record MavenSource(MavenCoordinates coordinates, MavenSettingsFiles settings) implements TemplateSource {

    /** {@code groupId:artifactId}: the version is recorded beside it, and {@link #atVersion} brings it back. */
    @Override
    public String describe() {
        return coordinates.withoutVersion();
    }

    @Override
    public String displayName() {
        return coordinates.toString();
    }

    @Override
    public TemplateFiles open() {
        try (MavenRepositories repositories = MavenRepositories.open(settings)) {
            MavenCoordinates exact = coordinates.version() != null ? coordinates
                    : coordinates.withVersion(newest(repositories.releases(coordinates.groupId(), coordinates.artifactId()),
                            repositories));
            Path jar = repositories.resolve(exact, "jar");
            return TemplateFiles.fromZip(jar, exact.toString());
        }
    }

    @Override
    public List<String> versions() {
        try (MavenRepositories repositories = MavenRepositories.open(settings)) {
            return repositories.releases(coordinates.groupId(), coordinates.artifactId());
        }
    }

    @Override
    public TemplateSource atVersion(String version) {
        return new MavenSource(coordinates.withVersion(version), settings);
    }

    private String newest(List<String> releases, MavenRepositories repositories) {
        if (releases.isEmpty()) {
            throw new dev.cairn.CairnException(null, 0, "no release of " + coordinates.withoutVersion() + " in "
                    + MavenRepositories.describe(repositories.repositories()),
                    "check the coordinates, name a version (" + coordinates.withoutVersion()
                            + ":VERSION), or add the repository that holds it to your Maven settings");
        }
        return releases.get(releases.size() - 1);
    }
}
