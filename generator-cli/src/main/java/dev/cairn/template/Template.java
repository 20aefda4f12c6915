package dev.cairn.template;

import org.apache.maven.archetype.metadata.ArchetypeDescriptor;

/**
 * A template read from its source: the archetype's files, its descriptor, and the Cairn manifest
 * when it has one.
 *
 * @param id the template's name: the manifest's {@code id}, else the archetype's artifactId
 * @param version the manifest's {@code version}, else the archetype's own version, else {@code null}
 * @param source where it came from, never {@code null}
 * @param files the archetype jar's entries, never {@code null}
 * @param descriptor the fileset descriptor ({@code archetype-metadata.xml}), or {@code null} for a
 *     legacy archetype
 * @param legacy the legacy descriptor ({@code META-INF/archetype.xml}) when there is no fileset
 *     descriptor, else {@code null}
 * @param manifest the Cairn manifest, or {@code null} for a plain archetype
 */
public record Template(
        String id,
        String version,
        TemplateSource source,
        TemplateFiles files,
        ArchetypeDescriptor descriptor,
        org.apache.maven.archetype.old.descriptor.ArchetypeDescriptor legacy,
        Manifest manifest) {

    public static final String RESOURCES = "archetype-resources/";
    public static final String DESCRIPTOR = "META-INF/maven/archetype-metadata.xml";
    public static final String LEGACY_DESCRIPTOR = "META-INF/maven/archetype.xml";
    public static final String OLDEST_DESCRIPTOR = "META-INF/archetype.xml";
    public static final String POST_GENERATE_SCRIPT = "META-INF/archetype-post-generate.groovy";
    public static final String MANIFEST = "META-INF/cairn/template.yaml";

    public boolean isLegacy() {
        return descriptor == null;
    }

    public boolean hasManifest() {
        return manifest != null;
    }
}
