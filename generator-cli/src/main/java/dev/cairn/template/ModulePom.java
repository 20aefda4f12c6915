package dev.cairn.template;

import java.io.IOException;
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
        try (Reader reader = new org.codehaus.plexus.util.xml.XmlStreamReader(pom.toFile())) {
            Model model = new MavenXpp3Reader().read(reader, false);
            String groupId = model.getGroupId() != null ? model.getGroupId()
                    : model.getParent() != null ? model.getParent().getGroupId() : null;
            String version = model.getVersion() != null ? model.getVersion()
                    : model.getParent() != null ? model.getParent().getVersion() : null;
            return new String[] {groupId, model.getArtifactId(), version};
        } catch (IOException | org.codehaus.plexus.util.xml.pull.XmlPullParserException e) {
            return new String[3];
        }
    }
}
