package dev.cairn.template;

import dev.cairn.CairnException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.archetype.catalog.Archetype;
import org.apache.maven.archetype.catalog.ArchetypeCatalog;
import org.apache.maven.archetype.catalog.io.xpp3.ArchetypeCatalogXpp3Reader;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the catalogs a user configured, in either format, and lists each template's versions.
 *
 * <p>A YAML catalog (any file not ending in {@code .xml}):
 * <pre>
 * name: acme                                  # optional; default: the file's name
 * templates:
 *   - name: acme-service                      # required
 *     source: com.acme.templates:acme-service # required: anything 'cairn new' takes (coordinates,
 *                                             #   git:URL, a path relative to the catalog, bundled:NAME)
 *     description: Acme's HTTP service        # optional
 * </pre>
 * Its templates' versions are asked of their sources (the Maven repositories' metadata, the git
 * tags; a folder or jar has the one version its manifest states).
 *
 * <p>A Maven archetype catalog ({@code archetype-catalog.xml}), read with Maven Archetype's own
 * catalog reader: each groupId:artifactId is one template, its versions those the catalog lists.
 */
public final class Catalogs {

    private static final List<String> TOP_KEYS = List.of("name", "templates");
    private static final List<String> ENTRY_KEYS = List.of("name", "source", "description");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);

    private Catalogs() {}

    /**
     * Reads every catalog and lists its templates' versions. A template whose versions cannot be
     * listed (a repository unreachable) keeps an empty list and says why in {@link Catalog.Entry#problem()}.
     *
     * @param locations absolute paths or URLs ({@link CairnConfig#location})
     * @param settings what Maven coordinates resolve with
     * @throws CairnException if a catalog is missing, unreachable or malformed: one line naming it
     */
    public static List<Catalog> load(List<String> locations, MavenSettingsFiles settings) {
        List<Catalog> catalogs = new ArrayList<>();
        for (String location : locations) {
            catalogs.add(withVersions(read(location), settings));
        }
        return catalogs;
    }

    /**
     * Reads one catalog, without asking any source for versions.
     *
     * @param location an absolute path or a {@code file:}, {@code http:} or {@code https:} URL
     */
    public static Catalog read(String location) {
        byte[] bytes = fetch(location);
        String fileName = location.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        fileName = fileName.substring(fileName.lastIndexOf('/') + 1);
        if (fileName.endsWith(".xml")) {
            return archetypeCatalog(bytes, location, fileName);
        }
        return yamlCatalog(bytes, location, fileName.replaceFirst("\\.ya?ml$", ""));
    }

    private static Catalog yamlCatalog(byte[] bytes, String location, String defaultName) {
        Node root = SafeYaml.compose(bytes, location);
        if (root == null) {
            return new Catalog(defaultName, location, List.of());
        }
        YamlFields catalog = YamlFields.of(root, location, "a catalog", TOP_KEYS);
        String name = catalog.text("name") != null ? catalog.text("name") : defaultName;
        Path base = isUrl(location) && !location.startsWith("file:") ? null : localPath(location).getParent();
        List<Catalog.Entry> entries = new ArrayList<>();
        for (Node item : catalog.items("templates")) {
            YamlFields entry = YamlFields.of(item, location, "a catalog entry", ENTRY_KEYS);
            String entryName = entry.required("name", "give each template a name, the one 'cairn list' shows");
            String source = entry.required("source",
                    "say where " + entryName + " comes from: groupId:artifactId, git:URL, or a path");
            if (base != null && Files.exists(base.resolve(source))) {
                source = base.resolve(source).normalize().toString(); // a path relative to the catalog
            }
            entries.add(new Catalog.Entry(entryName, source, entry.text("description"), List.of(), null));
        }
        return new Catalog(name, location, entries);
    }

    private static Catalog archetypeCatalog(byte[] bytes, String location, String fileName) {
        TemplateLoader.refuseEntities(bytes, location);
        ArchetypeCatalog catalog;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            catalog = new ArchetypeCatalogXpp3Reader().read(reader, false);
        } catch (XmlPullParserException e) {
            throw new CairnException(location, e.getLineNumber(), "malformed archetype catalog: "
                    + e.getMessage().split("\n")[0].replaceAll("\\s*\\(position: .*$", ""),
                    "fix the XML; it must be an archetype-catalog document");
        } catch (IOException e) {
            throw new CairnException(location, 0, "cannot read: " + e.getMessage(), null, e);
        }
        // one template per groupId:artifactId, in the catalog's order, with every version listed for it
        Map<String, List<Archetype>> byTemplate = new LinkedHashMap<>();
        for (Archetype archetype : catalog.getArchetypes()) {
            if (archetype.getGroupId() == null || archetype.getArtifactId() == null) {
                continue; // an entry Maven could not generate from either
            }
            byTemplate.computeIfAbsent(archetype.getGroupId() + ":" + archetype.getArtifactId(), k -> new ArrayList<>())
                    .add(archetype);
        }
        List<Catalog.Entry> entries = new ArrayList<>();
        for (Map.Entry<String, List<Archetype>> e : byTemplate.entrySet()) {
            List<String> versions = new ArrayList<>();
            String description = null;
            for (Archetype archetype : e.getValue()) {
                if (archetype.getVersion() != null && !archetype.getVersion().isBlank()) {
                    versions.add(archetype.getVersion());
                }
                if (description == null && archetype.getDescription() != null && !archetype.getDescription().isBlank()) {
                    description = archetype.getDescription().strip();
                }
            }
            entries.add(new Catalog.Entry(e.getValue().get(0).getArtifactId(), e.getKey(), description,
                    VersionOrder.sorted(versions), null));
        }
        return new Catalog(fileName.replaceFirst("\\.xml$", ""), location, entries);
    }

    /** The entries of a YAML catalog with their sources' versions; an archetype catalog has them already. */
    private static Catalog withVersions(Catalog catalog, MavenSettingsFiles settings) {
        List<Catalog.Entry> entries = new ArrayList<>();
        for (Catalog.Entry entry : catalog.entries()) {
            if (!entry.versions().isEmpty()) {
                entries.add(entry);
                continue;
            }
            try {
                TemplateSource source = TemplateSources.resolve(entry.source(), Path.of("").toAbsolutePath(), settings);
                List<String> versions = source.versions();
                if (versions.isEmpty() && !(source instanceof MavenSource) && !(source instanceof GitSource)) {
                    String version = TemplateLoader.load(source).version(); // a folder, jar or bundled template
                    versions = version == null ? List.of() : List.of(version);
                }
                String problem = versions.isEmpty() ? "no released version" : null;
                entries.add(new Catalog.Entry(entry.name(), entry.source(), entry.description(), versions, problem));
            } catch (CairnException e) {
                entries.add(new Catalog.Entry(entry.name(), entry.source(), entry.description(), List.of(), e.userLine()));
            }
        }
        return new Catalog(catalog.name(), catalog.location(), entries);
    }

    private static byte[] fetch(String location) {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            try {
                HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                        .followRedirects(HttpClient.Redirect.NORMAL).build();
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(location)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new CairnException(location, 0, "the server answered " + response.statusCode(),
                            "check the catalog's URL in your configuration");
                }
                return response.body();
            } catch (IOException e) {
                throw new CairnException(location, 0, "cannot fetch the catalog: " + e.getMessage(),
                        "check the URL and the network", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CairnException(location, 0, "interrupted while fetching the catalog", null, e);
            } catch (IllegalArgumentException e) {
                throw new CairnException(location, 0, "not a valid URL", "check the catalog's URL in your configuration");
            }
        }
        Path path = localPath(location);
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new CairnException(location, 0, "no such catalog", "check the path in your configuration or --catalog");
        } catch (IOException e) {
            throw new CairnException(location, 0, "cannot read the catalog: " + e.getMessage(), null, e);
        }
    }

    private static boolean isUrl(String location) {
        return location.matches("[A-Za-z][A-Za-z0-9+.-]+:.*") && !location.matches("[A-Za-z]:[\\\\/].*");
    }

    private static Path localPath(String location) {
        if (location.startsWith("file:")) {
            try {
                return Path.of(URI.create(location));
            } catch (IllegalArgumentException e) {
                throw new CairnException(location, 0, "not a valid file: URL", "write file:///absolute/path or a plain path");
            }
        }
        if (isUrl(location)) {
            throw new CairnException(location, 0, "not a path or an http, https or file URL",
                    "catalogs are read from files and web servers");
        }
        return Path.of(location);
    }
}
