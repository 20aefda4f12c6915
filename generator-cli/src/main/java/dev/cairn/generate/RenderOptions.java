package dev.cairn.generate;

/**
 * How a render may behave.
 *
 * @param trusted whether reflection in templates is allowed ({@code --trust})
 * @param maxOutput the bound on all output, in characters and bytes
 */
public record RenderOptions(boolean trusted, long maxOutput) {

    public static RenderOptions defaults() {
        return new RenderOptions(false, OutputBudget.DEFAULT_LIMIT);
    }
}
