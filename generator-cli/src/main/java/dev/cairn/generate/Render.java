package dev.cairn.generate;

import dev.cairn.template.Template;

/**
 * The heart of Cairn: one pure function from a template and answers to the files of a project.
 * {@code new} writes its result; {@code update} and {@code diff} compare results. No clock, no
 * randomness, no host paths: the same inputs give the same bytes.
 */
public final class Render {

    private Render() {}

    /**
     * Renders every file of the template: the archetype as maven-archetype-plugin would, then the
     * manifest's overlays (those in {@code answers.overlays()} and those whose {@code when} holds)
     * and its conditions on files.
     *
     * @param template from {@link dev.cairn.template.TemplateLoader}, never {@code null}
     * @param answers from {@link AnswerResolver}, never {@code null}
     * @param options sandbox and limits, never {@code null}
     * @return the project tree, paths relative to the project folder, never {@code null}
     * @throws dev.cairn.CairnException if a template does not parse, breaks the sandbox, escapes
     *     the target or grows past the output limit; names the file and line
     */
    public static RenderedTree render(Template template, Answers answers, RenderOptions options) {
        return render(template, answers, options, engine(template, options));
    }

    /**
     * The same render on an engine the caller already has (the one that evaluated the defaults),
     * as the plugin uses one Velocity engine for a whole run; saves building a second one.
     *
     * @param engine from {@link #engine} for the same template and options, never {@code null}
     */
    public static RenderedTree render(Template template, Answers answers, RenderOptions options, TemplateEngine engine) {
        OutputBudget budget = engine.budget();
        RenderedTree tree = template.isLegacy()
                ? new LegacyRenderer(template, engine, budget, options.basedir()).render(answers.properties())
                : new ArchetypeRenderer(template, engine, budget).render(answers.properties());
        Overlays.apply(template, answers, engine, tree);
        return tree;
    }

    /** A Velocity engine configured like the render's, for evaluating defaults and conditions. */
    public static TemplateEngine engine(Template template, RenderOptions options) {
        return new TemplateEngine(template.files(), options.trusted(), new OutputBudget(options.maxOutput()));
    }
}
