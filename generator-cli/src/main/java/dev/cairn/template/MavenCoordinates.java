package dev.cairn.template;

import dev.cairn.CairnException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template's Maven coordinates as the user types them: {@code groupId:artifactId[:version]}.
 *
 * @param groupId never {@code null}
 * @param artifactId never {@code null}
 * @param version a version, or {@code null} for the newest release
 */
public record MavenCoordinates(String groupId, String artifactId, String version) {

    /** Characters Maven allows in groupId, artifactId and version (it also forbids spaces and slashes). */
    private static final Pattern COORDINATES = Pattern.compile("([A-Za-z0-9_.-]+):([A-Za-z0-9_.-]+)(?::([A-Za-z0-9_.+-]+))?");

    /** Whether {@code text} has the shape of coordinates; says nothing about whether they exist. */
    public static boolean looksLike(String text) {
        return COORDINATES.matcher(text).matches();
    }

    /**
     * @param text {@code groupId:artifactId} or {@code groupId:artifactId:version}
     * @throws CairnException if {@code text} is not of that shape
     */
    public static MavenCoordinates parse(String text) {
        Matcher m = COORDINATES.matcher(text);
        if (!m.matches()) {
            throw CairnException.of("'" + text + "' is not Maven coordinates",
                    "write groupId:artifactId or groupId:artifactId:version, e.g. com.acme:service-template:1.2.0");
        }
        return new MavenCoordinates(m.group(1), m.group(2), m.group(3));
    }

    /**
     * The coordinates an archetype module's {@code pom.xml} declares (groupId and version may come
     * from its parent), read with Maven's own model reader.
     *
     * @return the coordinates, or {@code null} when there is no readable pom
     */
    public static MavenCoordinates ofModule(Path pom) {
        String[] gav = ModulePom.coordinates(pom);
        return gav[0] == null || gav[1] == null ? null : new MavenCoordinates(gav[0], gav[1], gav[2]);
    }

    public MavenCoordinates withVersion(String newVersion) {
        return new MavenCoordinates(groupId, artifactId, newVersion);
    }

    /** Whether the version is a snapshot, which may be deployed again; releases never are. */
    public boolean isSnapshot() {
        return version != null && version.endsWith("-SNAPSHOT");
    }

    /** {@code groupId:artifactId}, without the version. */
    public String withoutVersion() {
        return groupId + ":" + artifactId;
    }

    @Override
    public String toString() {
        return version == null ? withoutVersion() : withoutVersion() + ":" + version;
    }
}
