package dev.cairn.generate;

import dev.cairn.CairnException;
import dev.cairn.template.Manifest;
import dev.cairn.template.PathGuard;
import dev.cairn.template.Template;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.VelocityContext;
import org.codehaus.plexus.util.SelectorUtils;

/**
 * The manifest's layer on top of the archetype's render: overlays (added files, removed files,
 * YAML patches) in the order the manifest lists them, then the conditions on files. Pure: it
 * works on the {@link RenderedTree} in memory.
 */
final class Overlays {

    /** Where an overlay's folder is inside the template. */
    static final String ROOT = "META-INF/cairn/overlays/";

    private static final String ENCODING = "UTF-8";

    private final Template template;
    private final TemplateEngine engine;
    private final RenderedTree tree;
    private final VelocityContext context;

    private Overlays(Template template, TemplateEngine engine, RenderedTree tree, VelocityContext context) {
        this.template = template;
        this.engine = engine;
        this.tree = tree;
        this.context = context;
    }

    /**
     * The overlays that apply, in manifest order: those asked for and those whose {@code when}
     * holds.
     *
     * @param requested names asked for (--with, an answers file, recorded answers)
     * @throws CairnException naming the first unknown overlay and listing the known ones
     */
    static List<String> select(Template template, Properties properties, Collection<String> requested,
            TemplateEngine engine) {
        Map<String, Manifest.Overlay> known = known(template);
        for (String name : requested) {
            if (!known.containsKey(name)) {
                throw unknown(template, null, 0, "unknown overlay '" + name + "'");
            }
        }
        List<String> applied = new ArrayList<>();
        VelocityContext context = known.isEmpty() ? null : AnswerContext.of(properties, engine);
        for (Manifest.Overlay overlay : known.values()) {
            if (requested.contains(overlay.name())
                    || (overlay.when() != null && Conditions.holds(engine, context, overlay.when(), overlay.line()))) {
                applied.add(overlay.name());
            }
        }
        return applied;
    }

    /** An error about an overlay name, listing the overlays the template has. */
    static CairnException unknown(Template template, String file, int line, String message) {
        Map<String, Manifest.Overlay> known = known(template);
        return new CairnException(file, line, message, known.isEmpty() ? "this template has no overlays"
                : "known overlays: " + String.join(", ", known.keySet()));
    }

    private static Map<String, Manifest.Overlay> known(Template template) {
        return template.manifest() == null ? Map.of() : template.manifest().overlays();
    }

    /**
     * Applies the manifest to a rendered archetype.
     *
     * @param tree the archetype's render, changed in place
     * @throws CairnException naming template.yaml and the line, or the overlay's file
     */
    static void apply(Template template, Answers answers, TemplateEngine engine, RenderedTree tree) {
        Manifest manifest = template.manifest();
        if (manifest == null) {
            return;
        }
        Overlays overlays = new Overlays(template, engine, tree, AnswerContext.of(answers.properties(), engine));
        for (String name : select(template, answers.properties(), answers.overlays(), engine)) {
            overlays.apply(manifest.overlays().get(name));
        }
        for (Manifest.FileCondition condition : manifest.files()) {
            if (!Conditions.holds(engine, overlays.context, condition.when(), condition.line())) {
                overlays.remove(condition.path());
            }
        }
    }

    private void apply(Manifest.Overlay overlay) {
        String folder = ROOT + overlay.name() + "/";
        // removals first, so an overlay can replace an implementation with its own files
        for (String glob : overlay.remove()) {
            remove(glob);
        }
        String files = folder + "files/";
        for (String entry : template.files().names()) {
            if (!entry.startsWith(files) || entry.length() == files.length()) {
                continue;
            }
            String relative = entry.substring(files.length());
            if (entry.endsWith("/")) {
                tree.mkdirs(output(relative, entry));
                continue;
            }
            String out = output(relative, entry);
            if (tree.directories().contains(out)) {
                throw new CairnException(entry, 0, "would replace the generated folder '" + out + "' with a file",
                        "rename the overlay's file");
            }
            String text = engine.render(entry, ENCODING, context);
            tree.putFile(out, ArchetypeRenderer.unifyLineSeparators(text).getBytes(StandardCharsets.UTF_8));
        }
        for (Manifest.Patch patch : overlay.patches()) {
            applyPatch(overlay, folder, patch);
        }
    }

    private void applyPatch(Manifest.Overlay overlay, String folder, Manifest.Patch patch) {
        String target = output(patch.target(), Manifest.FILE);
        byte[] current = tree.file(target);
        if (current == null) {
            throw new CairnException(Manifest.FILE, patch.line(), "overlay '" + overlay.name() + "' patches '" + target
                    + "', which the render did not produce", "point the patch's target at a generated YAML file");
        }
        String entry = folder + RenderedTree.normalize(patch.patch());
        if (PathGuard.problem(patch.patch()) != null || !template.files().contains(entry) || entry.endsWith("/")) {
            throw new CairnException(Manifest.FILE, patch.line(), "overlay '" + overlay.name() + "' has no patch file '"
                    + patch.patch() + "'", "put it under " + folder + " (the path is relative to the overlay's folder)");
        }
        String rendered = engine.render(entry, ENCODING, context);
        tree.putFile(target, YamlPatch.apply(current, target, rendered.getBytes(StandardCharsets.UTF_8), entry));
    }

    /** Removes generated files matching an Ant-style glob, then the folders it matches that are left empty. */
    private void remove(String glob) {
        for (String path : new ArrayList<>(tree.files().keySet())) {
            if (matches(glob, path)) {
                tree.remove(path);
            }
        }
        for (String dir : new ArrayList<>(tree.directories().descendingSet())) {
            if (matches(glob, dir)) {
                tree.removeDirectoryIfEmpty(dir);
            }
        }
    }

    /** Globs as Maven's file sets: {@code *} within a folder, {@code **} across folders. */
    static boolean matches(String glob, String path) {
        return SelectorUtils.matchPath(glob, path, "/", true);
    }

    /** An overlay's path in the project: {@code __property__} tokens replaced, and kept inside it. */
    private String output(String relative, String entry) {
        String path = RenderedTree.normalize(ArchetypeRenderer.replaceFilenameTokens(relative, context));
        String problem = PathGuard.problem(path);
        if (problem != null || path.isEmpty()) {
            throw new CairnException(entry, 0, "output path '" + path + "' " + (problem != null ? problem : "is empty")
                    + " after property values were put in",
                    "a property value used in a path may not contain '..' or start with '/'");
        }
        return path;
    }
}
