package dev.cairn.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;

/** Coordinates of an archetype module read from its pom.xml, with Maven's own model reader. */
final class ModulePom {

    private ModulePom() {}

    static String[] coordinates(Path pom) {
        if (!Files.isRegularFile(pom)) {
            return new String[3];
        }
        try (InputStream in = Files.newInputStream(pom)) {
            return coordinates(in);
        } catch (IOException e) {
            return new String[3];
        }
    }

    /** groupId, artifactId, version of a pom held in memory (from a git tree); nulls when unreadable. */
    static String[] coordinates(byte[] pom) {
        try {
            return coordinates(new ByteArrayInputStream(pom));
        } catch (IOException e) {
            return new String[3];
        }
    }

    private static String[] coordinates(InputStream pom) throws IOException {
        try (Reader reader = new org.codehaus.plexus.util.xml.XmlStreamReader(pom)) {
            Model model = new MavenXpp3Reader().read(reader, false);
            String groupId = model.getGroupId() != null ? model.getGroupId()
                    : model.getParent() != null ? model.getParent().getGroupId() : null;
            String version = model.getVersion() != null ? model.getVersion()
                    : model.getParent() != null ? model.getParent().getVersion() : null;
            return new String[] {groupId, model.getArtifactId(), version};
        } catch (org.codehaus.plexus.util.xml.pull.XmlPullParserException e) {
            return new String[3];
        }
    }
}
