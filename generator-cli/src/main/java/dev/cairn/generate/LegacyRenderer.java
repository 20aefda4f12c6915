package dev.cairn.generate;

import dev.cairn.CairnException;
import dev.cairn.template.PathGuard;
import dev.cairn.template.Template;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.archetype.old.descriptor.ArchetypeDescriptor;
import org.apache.maven.archetype.old.descriptor.TemplateDescriptor;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Resource;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.apache.velocity.VelocityContext;
import org.codehaus.plexus.util.FileUtils;
import org.codehaus.plexus.util.StringUtils;
import org.codehaus.plexus.util.xml.XmlStreamReader;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;

/**
 * Renders a legacy archetype (only {@code META-INF/maven/archetype.xml} or
 * {@code META-INF/archetype.xml}) step for step as archetype-common 3.4.1's
 * {@code org.apache.maven.archetype.old.DefaultOldArchetype} writes it: the same six context
 * values, the pom first, the folders its {@code <build>} names, then sources, resources, test
 * sources, test resources and site resources with each template's own filtering and encoding
 * (the JVM's {@code file.encoding} unless the descriptor says otherwise, ISO-8859-1 for
 * {@code .properties}, exactly as the descriptor library decides), and the platform line separator.
 *
 * <p>Differences, all of them refusals or leaving things alone: an output path that escapes the
 * project is an error; a template missing from the jar is an error (the plugin leaves a
 * zero-byte file and fails); and a {@code pom.xml} in the folder above is never edited (the plugin
 * adds the new project as a module of it and rewrites the generated pom's {@code <parent>}).
 */
final class LegacyRenderer {

    private static final String RESOURCES = "archetype-resources/";
    private static final String POM = "pom.xml";
    private static final String DEFAULT_SOURCE_DIR = "/src/main/java";
    private static final String DEFAULT_RESOURCE_DIR = "/src/main/resources";
    private static final String DEFAULT_TEST_SOURCE_DIR = "/src/test/java";
    private static final String DEFAULT_TEST_RESOURCE_DIR = "/src/test/resources";

    private final Template template;
    private final TemplateEngine engine;
    private final OutputBudget budget;
    private final String basedir;
    private final RenderedTree tree = new RenderedTree();

    /**
     * @param basedir the plugin's {@code basedir} context value: the absolute path of the folder the
     *     project is created in, or {@code null} to leave {@code $basedir} undefined (see
     *     {@link RenderOptions#basedir()} for why this host path is an input at all)
     */
    LegacyRenderer(Template template, TemplateEngine engine, OutputBudget budget, String basedir) {
        this.template = template;
        this.engine = engine;
        this.budget = budget;
        this.basedir = basedir;
    }

    /**
     * @param properties the resolved properties (legacy branch of {@link ArchetypeProperties})
     * @return the project, paths relative to the project folder
     */
    RenderedTree render(Properties properties) {
        String packageName = properties.getProperty("package");
        VelocityContext context = new VelocityContext();
        // DefaultOldArchetype.createArchetype: only these, not the other request properties
        Map<String, String> parameters = new LinkedHashMap<>();
        if (basedir != null) {
            parameters.put("basedir", basedir);
        }
        parameters.put("package", packageName);
        parameters.put("packageName", packageName);
        parameters.put("groupId", properties.getProperty("groupId"));
        parameters.put("artifactId", properties.getProperty("artifactId"));
        parameters.put("version", properties.getProperty("version"));
        context.put("package", packageName);
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            context.put(e.getKey(), e.getValue());
        }
        processTemplates(context, template.legacy(), packageName);
        return tree;
    }

    private void processTemplates(VelocityContext context, ArchetypeDescriptor descriptor, String packageName) {
        processTemplate(context, POM, new TemplateDescriptor(), false, null, null);
        Build build = readGeneratedPom().getBuild();

        boolean overrideSrcDir = false;
        boolean overrideResourceDir = false;
        boolean overrideTestSrcDir = false;
        boolean overrideTestResourceDir = false;
        if (build != null) {
            if (build.getSourceDirectory() != null) {
                overrideSrcDir = true;
                mkdir(buildDirectory(build.getSourceDirectory()));
            }
            if (build.getScriptSourceDirectory() != null) {
                mkdir(buildDirectory(build.getScriptSourceDirectory()));
            }
            if (!build.getResources().isEmpty()) {
                overrideResourceDir = true;
                for (Resource resource : build.getResources()) {
                    mkdir(buildDirectory(resource.getDirectory()));
                }
            }
            if (build.getTestSourceDirectory() != null) {
                overrideTestSrcDir = true;
                mkdir(buildDirectory(build.getTestSourceDirectory()));
            }
            if (!build.getTestResources().isEmpty()) {
                overrideTestResourceDir = true;
                for (Resource resource : build.getTestResources()) {
                    mkdir(buildDirectory(resource.getDirectory()));
                }
            }
        }

        if (!descriptor.getSources().isEmpty()) {
            String sourceDirectory = DEFAULT_SOURCE_DIR;
            if (overrideSrcDir) {
                sourceDirectory = build.getSourceDirectory();
            } else {
                mkdir(DEFAULT_SOURCE_DIR);
            }
            for (String source : descriptor.getSources()) {
                processTemplate(context, source, descriptor.getSourceDescriptor(source), true, packageName, sourceDirectory);
            }
        }
        if (!descriptor.getResources().isEmpty()) {
            if (!overrideResourceDir) {
                mkdir(DEFAULT_RESOURCE_DIR);
            }
            for (String resource : descriptor.getResources()) {
                processTemplate(context, resource, descriptor.getResourceDescriptor(resource), false, packageName, null);
            }
        }
        if (!descriptor.getTestSources().isEmpty()) {
            String testSourceDirectory = DEFAULT_TEST_SOURCE_DIR;
            if (overrideTestSrcDir) {
                testSourceDirectory = build.getTestSourceDirectory();
            } else {
                mkdir(DEFAULT_TEST_SOURCE_DIR);
            }
            for (String source : descriptor.getTestSources()) {
                processTemplate(context, source, descriptor.getTestSourceDescriptor(source), true, packageName,
                        testSourceDirectory);
            }
        }
        if (!descriptor.getTestResources().isEmpty()) {
            if (!overrideTestResourceDir) {
                mkdir(DEFAULT_TEST_RESOURCE_DIR);
            }
            for (String resource : descriptor.getTestResources()) {
                processTemplate(context, resource, descriptor.getTestResourceDescriptor(resource), false, packageName, null);
            }
        }
        for (String resource : descriptor.getSiteResources()) {
            processTemplate(context, resource, descriptor.getSiteResourceDescriptor(resource), false, packageName, null);
        }
    }

    /** The plugin reads the pom it just generated, strictly, to learn the folders its build names. */
    private Model readGeneratedPom() {
        byte[] pom = tree.file(POM);
        try (Reader reader = new XmlStreamReader(new ByteArrayInputStream(pom))) {
            return new MavenXpp3Reader().read(reader);
        } catch (XmlPullParserException e) {
            throw new CairnException(RESOURCES + POM, 0,
                    "the generated pom.xml does not parse at its line " + e.getLineNumber() + ": " + firstLine(e.getMessage()),
                    "fix the archetype's pom.xml template; maven-archetype-plugin fails on it too");
        } catch (IOException e) {
            throw new CairnException(RESOURCES + POM, 0, "the generated pom.xml cannot be read: " + e.getMessage(),
                    "fix the archetype's pom.xml template");
        }
    }

    /** {@code getOutputDirectory(outputDirectory, dir)}: a build folder, always under the project. */
    private static String buildDirectory(String directory) {
        String dir = StringUtils.replace(directory, "\\", "/");
        return dir.startsWith("/") ? dir : "/" + dir;
    }

    private void mkdir(String path) {
        tree.mkdirs(safe(path));
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private void processTemplate(VelocityContext context, String templatePath, TemplateDescriptor descriptor,
            boolean packageInFileName, String packageName, String sourceDirectory) {
        String name = StringUtils.replace(templatePath, "\\", "/");
        String out;
        if (packageInFileName && packageName != null) {
            // the plugin's own arithmetic, File.separator and all, so that odd layouts land where they land there
            String templateFileName = StringUtils.replace(name, "/", File.separator);
            String path = packageName.replace('.', '/');
            String filename = FileUtils.filename(templateFileName);
            String dirname = FileUtils.dirname(templateFileName).replace('\\', '/');
            String sourceDir = sourceDirectory.replace('\\', '/');
            if (sourceDir.startsWith("/")) {
                sourceDir = sourceDir.substring(1);
            }
            if (!dirname.startsWith(sourceDir)) {
                throw new CairnException(descriptorName(), 0,
                        "template '" + name + "' is not in the source folder '" + sourceDir + "'",
                        "list sources under the pom's sourceDirectory (default src/main/java); the plugin refuses this too");
            }
            String extraPackages = dirname.substring(sourceDir.length());
            if (extraPackages.startsWith("/")) {
                extraPackages = extraPackages.substring(1);
            }
            if (!extraPackages.isEmpty()) {
                path += "/" + extraPackages;
            }
            out = sourceDir + "/" + path + "/" + filename;
        } else {
            out = name;
        }
        String target = safe(out);
        if (target.isEmpty() || tree.directories().contains(target)) {
            throw new CairnException(descriptorName(), 0, "template '" + name + "' would be written over the folder '"
                    + target + "'", "name a file, not a folder, in the archetype descriptor");
        }
        String entry = RESOURCES + name;
        if (descriptor.isFiltered()) {
            Charset charset = charset(descriptor.getEncoding(), name);
            requireEntry(entry);
            String rendered = engine.render(entry, descriptor.getEncoding(), context);
            tree.putFile(target, ArchetypeRenderer.unifyLineSeparators(rendered).getBytes(charset));
        } else {
            requireEntry(entry);
            byte[] bytes = template.files().read(entry);
            budget.spend(bytes.length, entry);
            tree.putFile(target, bytes);
        }
    }

    private void requireEntry(String entry) {
        if (PathGuard.problem(entry) != null || !template.files().contains(entry) || entry.endsWith("/")) {
            throw new CairnException(descriptorName(), 0, "lists '" + entry.substring(RESOURCES.length())
                    + "', which is not a file in archetype-resources/", "add the file or remove it from the descriptor");
        }
    }

    private Charset charset(String encoding, String name) {
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new CairnException(descriptorName(), 0, "unknown encoding '" + encoding + "' for " + name,
                    "use an encoding Java knows, such as UTF-8 or ISO-8859-1");
        }
    }

    private String descriptorName() {
        return template.files().contains(Template.LEGACY_DESCRIPTOR) ? Template.LEGACY_DESCRIPTOR : Template.OLDEST_DESCRIPTOR;
    }

    private String safe(String path) {
        String normalized = RenderedTree.normalize(path);
        String problem = PathGuard.problem(normalized);
        if (problem != null) {
            throw new CairnException(descriptorName(), 0, "output path '" + path + "' " + problem,
                    "a legacy archetype may only write inside the project; do not use this template");
        }
        return normalized;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        List<String> lines = List.of(message.split("\n"));
        return lines.isEmpty() ? "" : lines.get(0);
    }
}
