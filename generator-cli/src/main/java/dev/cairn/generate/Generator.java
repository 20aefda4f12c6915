package dev.cairn.generate;

import dev.cairn.CairnException;
import dev.cairn.template.Manifest;
import dev.cairn.template.PathGuard;
import dev.cairn.template.Template;
import dev.cairn.template.TemplateLoader;
import dev.cairn.template.TemplateSource;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * {@code cairn new}: resolve the template, collect answers, render, add {@code .cairn/answers.yaml} and
 * {@code .cairn/pristine.zip}, write atomically.
 */
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

    /**
     * What was (or, for a dry run, would be) written.
     *
     * @param tree the whole project, {@code .cairn/answers.yaml} included
     * @param secrets the secrets the project needs (names and variables, never values)
     * @param warnings things worth telling the user that did not stop the run
     */
    public record Result(Template template, Answers answers, Path target, RenderedTree tree, boolean written,
            List<Manifest.Secret> secrets, List<String> warnings) {}

    private final AtomicWriter writer = new AtomicWriter();
    private final Function<TemplateSource, Template> loader;

    public Generator() {
        this(TemplateLoader::load);
    }

    /** With another way to load templates (tests hand in templates built in memory). */
    Generator(Function<TemplateSource, Template> loader) {
        this.loader = loader;
    }

    /**
     * @throws CairnException for bad input of any kind; nothing is written then
     */
    public Result generate(Request request) {
        Template template = loader.apply(request.source());
        // the plugin runs the script for fileset archetypes only; a legacy one's is never run
        boolean runsScript = !template.isLegacy() && template.files().contains(Template.POST_GENERATE_SCRIPT);
        if (runsScript && !request.options().trusted()) {
            throw new CairnException(Template.POST_GENERATE_SCRIPT, 0,
                    "this template runs a Groovy script after generation, which Cairn does not run by default",
                    "read the script, then pass --trust to run it as maven-archetype-plugin would");
        }
        TemplateEngine engine = Render.engine(template, request.options());
        Answers answers = AnswerResolver.resolve(template, request.input(), engine);
        List<String> warnings = AnswerResolver.ignored(template, request.input().values()).stream()
                .map(key -> "-D" + key + " is not a property of " + template.id() + "; ignored")
                .toList();
        // the project is staged (and seen by a post-generate script) under its artifactId, as the plugin lays it out
        String projectName = safeName(answers.artifactId());
        Path target = request.dir() != null ? request.workingDir().resolve(request.dir())
                : request.workingDir().resolve(projectName);
        // the plugin's output directory: the folder the project is created in (only legacy templates see it)
        Path parent = target.toAbsolutePath().normalize().getParent();
        RenderOptions options = request.options().withBasedir(parent == null ? null : parent.toString());
        RenderedTree tree = Render.render(template, answers, options, engine);
        List<Manifest.Secret> secrets = RecordedAnswers.secrets(template, answers, engine);
        // added here, not in Render: update and diff compare pristine renders. The snapshot is the base of
        // a later update's 3-way merge, whatever becomes of the template's source
        tree.putFile(PristineSnapshot.PATH, PristineSnapshot.write(tree));
        tree.putFile(RecordedAnswers.PATH, RecordedAnswers.write(template, answers, secrets));
        if (request.dryRun()) {
            AtomicWriter.refuseNonEmpty(target.toAbsolutePath().normalize());
            return new Result(template, answers, target, tree, false, secrets, warnings);
        }
        AtomicWriter.BeforeMove script = runsScript
                ? new PostGenerateScript(template.files().read(Template.POST_GENERATE_SCRIPT), answers.properties())
                : null;
        writer.write(tree, target, projectName, script);
        return new Result(template, answers, target, tree, true, secrets, warnings);
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
