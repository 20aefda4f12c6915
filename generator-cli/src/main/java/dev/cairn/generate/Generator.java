package dev.cairn.generate;

import dev.cairn.CairnException;
import dev.cairn.template.PathGuard;
import dev.cairn.template.Template;
import dev.cairn.template.TemplateLoader;
import dev.cairn.template.TemplateSource;
import java.nio.file.Path;

/** {@code cairn new}: resolve the template, collect answers, render, write atomically. */
public final class Generator {

    /**
     * @param source the template's source
     * @param dir the project folder, or {@code null} for {@code ./<artifactId>} as the plugin does
     * @param workingDir where a relative {@code dir} starts
     * @param input the user's answers
     * @param options sandbox and limits
     * @param dryRun render and plan only, write nothing
     */
    public record Request(TemplateSource source, Path dir, Path workingDir, AnswerResolver.Input input,
            RenderOptions options, boolean dryRun) {}

    /** What was (or, for a dry run, would be) written. */
    public record Result(Template template, Answers answers, Path target, RenderedTree tree, boolean written) {}

    private final AtomicWriter writer = new AtomicWriter();

    /**
     * @throws CairnException for bad input of any kind; nothing is written then
     */
    public Result generate(Request request) {
        Template template = TemplateLoader.load(request.source());
        // the plugin runs the script for fileset archetypes only; a legacy one's is never run
        boolean runsScript = !template.isLegacy() && template.files().contains(Template.POST_GENERATE_SCRIPT);
        if (runsScript && !request.options().trusted()) {
            throw new CairnException(Template.POST_GENERATE_SCRIPT, 0,
                    "this template runs a Groovy script after generation, which Cairn does not run by default",
                    "read the script, then pass --trust to run it as maven-archetype-plugin would");
        }
        TemplateEngine engine = Render.engine(template, request.options());
        Answers answers = AnswerResolver.resolve(template, request.input(), engine);
        // the project is staged (and seen by a post-generate script) under its artifactId, as the plugin lays it out
        String projectName = safeName(answers.artifactId());
        Path target = request.dir() != null ? request.workingDir().resolve(request.dir())
                : request.workingDir().resolve(projectName);
        // the plugin's output directory: the folder the project is created in (only legacy templates see it)
        Path parent = target.toAbsolutePath().normalize().getParent();
        RenderOptions options = request.options().withBasedir(parent == null ? null : parent.toString());
        RenderedTree tree = Render.render(template, answers, options);
        if (request.dryRun()) {
            return new Result(template, answers, target, tree, false);
        }
        AtomicWriter.BeforeMove script = runsScript
                ? new PostGenerateScript(template.files().read(Template.POST_GENERATE_SCRIPT), answers.properties())
                : null;
        writer.write(tree, target, projectName, script);
        return new Result(template, answers, target, tree, true);
    }

    private static String safeName(String artifactId) {
        String problem = PathGuard.problem(artifactId);
        if (problem != null || artifactId.contains("/") || artifactId.contains("\\") || artifactId.equals(".")) {
            throw CairnException.of("artifactId '" + artifactId + "' cannot be a folder name",
                    "pass a plain name such as -DartifactId=orders; the project is laid out under it as the plugin does");
        }
        return artifactId;
    }
}
