package dev.cairn.generate;

import dev.cairn.CairnException;
import dev.cairn.template.Template;
import java.util.Properties;

/** Renders a legacy ({@code META-INF/archetype.xml}) archetype as the plugin's DefaultOldArchetype does. */
final class LegacyRenderer {

    private final Template template;

    LegacyRenderer(Template template, TemplateEngine engine, OutputBudget budget) {
        this.template = template;
    }

    RenderedTree render(Properties properties) {
        throw new CairnException(template.files().origin(), 0, "legacy archetypes are not supported yet", null);
    }
}
