package dev.cairn.template;

import dev.cairn.CairnException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.archetype.metadata.ArchetypeDescriptor;
import org.apache.maven.archetype.metadata.io.xpp3.ArchetypeDescriptorXpp3Reader;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;

/**
 * Reads a template from its source: the archetype descriptor with Maven Archetype's own reader, the
 * legacy descriptor when there is no other, and the Cairn manifest when there is one.
 */
public final class TemplateLoader {

    private static final Pattern DOCTYPE = Pattern.compile("<!(DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);

    private TemplateLoader() {}

    /**
     * @param source where the template is, never {@code null}
     * @return the template, never {@code null}
     * @throws CairnException if the source holds no archetype or its descriptor or manifest is bad
     */
    public static Template load(TemplateSource source) {
        TemplateFiles files = source.open();
        ArchetypeDescriptor descriptor = null;
        org.apache.maven.archetype.old.descriptor.ArchetypeDescriptor legacy = null;
        byte[] metadata = files.readIfPresent(Template.DESCRIPTOR);
        if (metadata != null) {
            descriptor = readDescriptor(metadata, Template.DESCRIPTOR);
        } else {
            String legacyName = files.contains(Template.LEGACY_DESCRIPTOR) ? Template.LEGACY_DESCRIPTOR
                    : files.contains(Template.OLDEST_DESCRIPTOR) ? Template.OLDEST_DESCRIPTOR : null;
            if (legacyName == null) {
                throw new CairnException(source.displayName(), 0, "not an archetype: no " + Template.DESCRIPTOR,
                        "a template is a Maven archetype; see 'How to write a template' in the README");
            }
            legacy = readLegacy(files.read(legacyName), legacyName);
        }
        Manifest manifest = null;
        byte[] manifestBytes = files.readIfPresent(Template.MANIFEST);
        if (manifestBytes != null) {
            manifest = Manifest.parse(manifestBytes, Template.MANIFEST);
        }
        String[] coordinates = coordinates(files, source);
        String id = manifest != null && manifest.id() != null ? manifest.id()
                : coordinates[1] != null ? coordinates[1] : source.displayName().replaceFirst("(-[0-9][^/]*)?\\.jar$", "");
        String version = manifest != null && manifest.version() != null ? manifest.version() : coordinates[2];
        Template template = new Template(id, version, source, files, descriptor, legacy, manifest);
        if (manifest != null) {
            manifest.checkAgainst(template);
        }
        return template;
    }

    static ArchetypeDescriptor readDescriptor(byte[] bytes, String name) {
        refuseEntities(bytes, name);
        // the plugin reads the descriptor as UTF-8, not strictly
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            return new ArchetypeDescriptorXpp3Reader().read(reader, false);
        } catch (XmlPullParserException e) {
            throw new CairnException(name, e.getLineNumber(), "malformed descriptor: " + shorten(e.getMessage()),
                    "fix the XML; it must be a valid archetype-descriptor document");
        } catch (IOException e) {
            throw new CairnException(name, 0, "cannot read: " + e.getMessage(), null, e);
        }
    }

    static org.apache.maven.archetype.old.descriptor.ArchetypeDescriptor readLegacy(byte[] bytes, String name) {
        refuseEntities(bytes, name);
        try (Reader reader = new org.codehaus.plexus.util.xml.XmlStreamReader(new ByteArrayInputStream(bytes))) {
            return new org.apache.maven.archetype.old.descriptor.ArchetypeDescriptorBuilder().build(reader);
        } catch (XmlPullParserException e) {
            throw new CairnException(name, e.getLineNumber(), "malformed legacy descriptor: " + shorten(e.getMessage()),
                    "fix the XML");
        } catch (NullPointerException e) {
            // the descriptor library dereferences <id> without checking, as the plugin does
            throw new CairnException(name, 0, "the legacy descriptor has no <id>", "add <id>NAME</id> under <archetype>");
        } catch (IOException e) {
            throw new CairnException(name, 0, "cannot read: " + e.getMessage(), null, e);
        }
    }

    /** Entities are never expanded: a descriptor that declares any is refused, naming the line. */
    static void refuseEntities(byte[] bytes, String name) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Matcher m = DOCTYPE.matcher(text);
        if (m.find()) {
            int line = 1;
            for (int i = 0; i < m.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            throw new CairnException(name, line, "XML entity declarations and DOCTYPEs are not allowed",
                    "remove the <!DOCTYPE ...> and any <!ENTITY ...>; descriptors need neither");
        }
    }

    private static String shorten(String message) {
        if (message == null) {
            return "";
        }
        String first = message.split("\n")[0];
        return first.replaceAll("\\s*\\(position: .*$", "").replaceAll(" @\\d+:\\d+\\s*$", "");
    }

    /** groupId, artifactId, version from the jar's pom.properties or the archetype module's pom. */
    private static String[] coordinates(TemplateFiles files, TemplateSource source) {
        for (String name : files.names()) {
            if (name.startsWith("META-INF/maven/") && name.endsWith("/pom.properties")) {
                Properties p = new Properties();
                try {
                    p.load(new ByteArrayInputStream(files.read(name)));
                } catch (IOException e) {
                    continue;
                }
                return new String[] {p.getProperty("groupId"), p.getProperty("artifactId"), p.getProperty("version")};
            }
        }
        if (source instanceof FolderSource folder) {
            return ModulePom.coordinates(folder.modulePom());
        }
        return new String[3];
    }
}
