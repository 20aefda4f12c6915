package dev.cairn.template;

import java.util.ArrayList;
import java.util.List;

/**
 * A template in one line, as {@code cairn list} shows it.
 *
 * @param name what to type after {@code cairn new}, never {@code null}
 * @param id the template's id, never {@code null}
 * @param version the template's version, or {@code null}
 * @param summary its name or the first line of its description, or {@code null}
 */
public record TemplateSummary(String name, String id, String version, String summary) {

    /**
     * @param name what the user types to get this template
     * @param template the loaded template, never {@code null}
     */
    public static TemplateSummary of(String name, Template template) {
        String description = template.manifest() == null ? null : template.manifest().description();
        return new TemplateSummary(name, template.id(), template.version(),
                TemplateDescription.summary(TemplateDescription.title(template), description));
    }

    /**
     * The templates bundled with this build of Cairn, in the order of its index; each is loaded and
     * checked, so a broken bundled template fails here rather than at {@code cairn new}.
     *
     * @return possibly empty, never {@code null}
     */
    public static List<TemplateSummary> bundled() {
        List<TemplateSummary> summaries = new ArrayList<>();
        for (String name : BundledSource.names()) {
            summaries.add(of(name, TemplateLoader.load(new BundledSource(name))));
        }
        return summaries;
    }
}
