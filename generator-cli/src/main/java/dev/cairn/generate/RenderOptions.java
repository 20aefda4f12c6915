package dev.cairn.generate;

/**
 * How a render may behave.
 *
 * @param trusted whether reflection in templates is allowed ({@code --trust})
 * @param maxOutput the bound on all output, in characters and bytes
 * @param basedir the absolute path of the folder the project is created in, or {@code null}. Only
 *     legacy archetypes see it, as {@code $basedir}: maven-archetype-plugin puts its output
 *     directory there, so a legacy template that prints {@code $basedir} gets a host path. Cairn
 *     gives the same value the plugin would (byte-identical output is the contract), and keeps the
 *     render a pure function by taking it as an explicit input rather than reading the disk: the
 *     same inputs still give the same bytes. {@code null} leaves {@code $basedir} undefined, which
 *     Velocity prints as the literal {@code $basedir}.
 */
public record RenderOptions(boolean trusted, long maxOutput, String basedir) {

    /** Options without a {@code basedir}. */
    public RenderOptions(boolean trusted, long maxOutput) {
        this(trusted, maxOutput, null);
    }

    public static RenderOptions defaults() {
        return new RenderOptions(false, OutputBudget.DEFAULT_LIMIT);
    }

    /** The same options with {@code basedir} set. */
    public RenderOptions withBasedir(String basedir) {
        return new RenderOptions(trusted, maxOutput, basedir);
    }
}
