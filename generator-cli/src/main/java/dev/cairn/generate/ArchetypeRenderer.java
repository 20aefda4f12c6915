package dev.cairn.generate;

import dev.cairn.CairnException;
import dev.cairn.template.PathGuard;
import dev.cairn.template.Template;
import dev.cairn.template.TemplateFiles;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.archetype.common.util.ListScanner;
import org.apache.maven.archetype.metadata.AbstractArchetypeDescriptor;
import org.apache.maven.archetype.metadata.ArchetypeDescriptor;
import org.apache.maven.archetype.metadata.FileSet;
import org.apache.maven.archetype.metadata.ModuleDescriptor;
import org.apache.velocity.VelocityContext;
import org.codehaus.plexus.util.StringUtils;

/**
 * Renders a fileset archetype into a {@link RenderedTree}, step for step as
 * archetype-common 3.4.1's {@code DefaultFilesetArchetypeGenerator} writes to disk: the same
 * order, the same "first writer wins" rule, the same folders, the same path tokens, the same
 * shared Velocity context (a {@code #set} in one file is seen by the next, as in the plugin).
 *
 * <p>Differences, all of them refusals: a path that escapes the project is an error, a missing
 * template is an error (the plugin leaves a zero-byte file), and a generated project never edits
 * a pom outside itself.
 */
final class ArchetypeRenderer {

    private static final Pattern TOKEN_PATTERN = Pattern.compile("__((?:[^_]+_)*[^_]+)__");
    private static final String RESOURCES = "archetype-resources";
    private static final String POM = "pom.xml";

    private final Template template;
    private final TemplateEngine engine;
    private final OutputBudget budget;
    private final List<String> resources = new ArrayList<>();
    private final RenderedTree tree = new RenderedTree();
    private final PomEditor poms = new PomEditor();

    ArchetypeRenderer(Template template, TemplateEngine engine, OutputBudget budget) {
        this.template = template;
        this.engine = engine;
        this.budget = budget;
        for (String name : template.files().names()) {
            if (name.startsWith(RESOURCES)) {
                // as the plugin: the entry name after "archetype-resources/" (not a file separator)
                resources.add(name.length() > RESOURCES.length() ? name.substring(RESOURCES.length() + 1) : "");
            }
        }
    }

    /**
     * @param properties the resolved properties, from {@link ArchetypeProperties#resolve}
     * @return the project, paths relative to the project folder
     */
    RenderedTree render(Properties properties) {
        VelocityContext context = AnswerContext.plugin(properties, engine);
        ArchetypeDescriptor descriptor = template.descriptor();
        String packageName = properties.getProperty("package");
        String artifactId = properties.getProperty("artifactId");
        if (descriptor.isPartial()) {
            // the plugin in a fresh folder: <artifactId>/pom.xml, no rootArtifactId, modules ignored
            processPom(context, POM, "");
            processTemplates(packageName, "", context, descriptor, "");
        } else {
            context.put("rootArtifactId", artifactId);
            processModule(artifactId, artifactId, POM, "", null, "", packageName, descriptor, context);
        }
        return tree;
    }


    @SuppressWarnings("checkstyle:ParameterNumber")
    private void processModule(String rootArtifactId, String artifactId, String pom, String moduleOffset,
            String parentPom, String outputDir, String packageName, AbstractArchetypeDescriptor descriptor,
            VelocityContext context) {
        tree.mkdirs(outputDir);
        String moduleId = StringUtils.replace(artifactId, "${rootArtifactId}", rootArtifactId);
        if (parentPom != null && tree.isFile(parentPom)) {
            processPom(context, pom, moduleOffset);
            poms.addModule(tree, parentPom, moduleId);
            poms.addParent(tree, pom, parentPom);
        } else {
            processPom(context, pom, moduleOffset);
        }
        processTemplates(packageName, outputDir, context, descriptor, moduleOffset);

        Object parentArtifactId = context.get("parentArtifactId");
        List<ModuleDescriptor> modules = descriptor.getModules();
        if (!modules.isEmpty()) {
            context.put("parentArtifactId", moduleId);
        }
        for (ModuleDescriptor module : modules) {
            String modulePath = StringUtils.replace(module.getDir(), "__rootArtifactId__", rootArtifactId);
            modulePath = replaceFilenameTokens(modulePath, context);
            String moduleDir = join(outputDir, modulePath);
            context.put("artifactId", StringUtils.replace(module.getId(), "${rootArtifactId}", rootArtifactId));
            String moduleArtifactId = replaceFilenameTokens(
                    StringUtils.replace(module.getDir(), "__rootArtifactId__", rootArtifactId), context);
            processModule(rootArtifactId, moduleArtifactId, join(moduleDir, POM),
                    (moduleOffset.isEmpty() ? "" : moduleOffset + "/")
                            + StringUtils.replace(module.getDir(), "${rootArtifactId}", rootArtifactId),
                    pom, moduleDir, packageName, module, context);
        }
        if (parentArtifactId == null || parentArtifactId.toString().isEmpty()) {
            context.remove("parentArtifactId");
        } else {
            context.put("parentArtifactId", parentArtifactId);
        }
    }

    private void processPom(VelocityContext context, String pom, String moduleOffset) {
        String templateName = RESOURCES + (moduleOffset.isEmpty() ? "/" : "/" + moduleOffset + "/") + POM;
        processTemplate(safe(pom), context, templateName, "UTF-8", true);
    }

    private void processTemplates(String packageName, String outputDir, VelocityContext context,
            AbstractArchetypeDescriptor descriptor, String moduleOffset) {
        for (FileSet fileSet : descriptor.getFileSets()) {
            String condition = fileSet.getIncludeCondition();
            if (condition != null && !condition.isEmpty()
                    && !Boolean.parseBoolean(engine.evaluate(context, "includeCondition", condition))) {
                continue;
            }
            List<String> fileSetResources = filterFiles(moduleOffset, fileSet);
            // the plugin creates each fileSet's folder even when nothing matches (ARCHETYPE-57)
            tree.mkdirs(outputFile(moduleOffset, fileSet.getDirectory(), outputDir, fileSet.isPackaged(), packageName,
                    moduleOffset, context));
            String encoding = fileSet.getEncoding() == null || fileSet.getEncoding().isEmpty() ? "UTF-8" : fileSet.getEncoding();
            for (String resource : fileSetResources) {
                String out = outputFile(resource, fileSet.getDirectory(), outputDir, fileSet.isPackaged(), packageName,
                        moduleOffset, context);
                if (fileSet.isFiltered()) {
                    processTemplate(out, context, RESOURCES + "/" + resource, encoding, false);
                } else {
                    copyFile(out, resource);
                }
            }
        }
    }

    private List<String> filterFiles(String moduleOffset, FileSet fileSet) {
        ListScanner scanner = new ListScanner();
        scanner.setBasedir((moduleOffset.isEmpty() ? "" : moduleOffset + "/") + fileSet.getDirectory());
        scanner.setIncludes(fileSet.getIncludes());
        scanner.setExcludes(fileSet.getExcludes());
        scanner.setCaseSensitive(true);
        return scanner.scan(resources);
    }

    private void copyFile(String out, String resource) {
        if (tree.exists(out)) {
            return;
        }
        String entry = RESOURCES + "/" + resource;
        if (entry.endsWith("/")) {
            tree.mkdirs(out);
        } else {
            byte[] bytes = template.files().read(entry);
            budget.spend(bytes.length, entry);
            tree.putFile(out, bytes);
        }
    }

    private void processTemplate(String out, VelocityContext context, String templateName, String encoding,
            boolean failIfExists) {
        if (tree.exists(out)) {
            if (failIfExists) {
                throw new CairnException(templateName, 0, "would overwrite '" + out + "', already generated",
                        "the archetype writes this file twice; fix its descriptor");
            }
            return;
        }
        if (templateName.endsWith("/")) {
            tree.mkdirs(out);
            return;
        }
        Charset charset = charset(encoding, templateName);
        if (!template.files().contains(templateName)) {
            throw new CairnException(templateName, 0, "the archetype has no such file",
                    "every module needs a pom.xml in archetype-resources");
        }
        String rendered = engine.render(templateName, encoding, context);
        tree.putFile(out, unifyLineSeparators(rendered).getBytes(charset));
    }

    private static Charset charset(String encoding, String templateName) {
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new CairnException(Template.DESCRIPTOR, 0, "unknown encoding '" + encoding + "' for " + templateName,
                    "use an encoding Java knows, such as UTF-8 or ISO-8859-1");
        }
    }

    /** The platform line separator everywhere, as plexus-utils' {@code unifyLineSeparators}. */
    static String unifyLineSeparators(String s) {
        return StringUtils.unifyLineSeparators(s, System.lineSeparator());
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private String outputFile(String templatePath, String directory, String outputDir, boolean packaged,
            String packageName, String moduleOffset, VelocityContext context) {
        String templateName = StringUtils.replaceOnce(templatePath, directory, "");
        String name = directory + "/" + (packaged ? StringUtils.replace(packageName, ".", "/") : "") + "/"
                + templateName.substring(moduleOffset.length());
        name = replaceFilenameTokens(name, context);
        return safe(join(outputDir, name));
    }

    private static String join(String dir, String name) {
        return RenderedTree.normalize(dir.isEmpty() ? name : dir + "/" + name);
    }

    private String safe(String path) {
        String normalized = RenderedTree.normalize(path);
        String problem = PathGuard.problem(normalized);
        if (problem != null) {
            throw new CairnException(template.files().origin(), 0,
                    "output path '" + path + "' " + problem + " after property values were put in",
                    "a property value (such as package or artifactId) may not contain '..' or start with '/'");
        }
        return normalized;
    }

    /** The plugin's {@code __token__} substitution: unknown or blank values leave the token. */
    static String replaceFilenameTokens(String filePath, VelocityContext context) {
        StringBuffer result = new StringBuffer();
        Matcher matcher = TOKEN_PATTERN.matcher(filePath);
        while (matcher.find()) {
            Object value = context.get(matcher.group(1));
            if (value instanceof String s && !s.trim().isEmpty()) {
                matcher.appendReplacement(result, s);
            }
        }
        matcher.appendTail(result);
        return result.toString();
    }

    TemplateFiles files() {
        return template.files();
    }
}
