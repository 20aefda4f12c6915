package dev.cairn.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a newcomer needs to know to use a template, as {@code cairn describe} shows it: the
 * properties the archetype asks for, typed and explained by the manifest, its overlays, its
 * secrets, and whether it carries a post-generate script.
 *
 * @param id the template's id, never {@code null}
 * @param version the template's version, or {@code null} when neither manifest nor jar says
 * @param source where it was read from, as the answers file records it, never {@code null}
 * @param name a one-line title (the manifest's name, else the descriptor's), or {@code null}
 * @param description the manifest's description, or {@code null}
 * @param legacy whether the archetype has only the legacy descriptor
 * @param parameters every property a generation needs, in the plugin's order, never {@code null}
 * @param overlays the manifest's overlays in manifest order, never {@code null}
 * @param secrets the manifest's secrets, never {@code null}
 * @param postGenerateScript whether the archetype has {@code META-INF/archetype-post-generate.groovy}
 *     (which runs only with {@code --trust})
 */
public record TemplateDescription(
        String id,
        String version,
        String source,
        String name,
        String description,
        boolean legacy,
        List<Parameter> parameters,
        List<Overlay> overlays,
        List<Secret> secrets,
        boolean postGenerateScript) {

    /**
     * One property of the archetype.
     *
     * @param name the property key, passed as {@code -Dname=value}
     * @param type {@code string}, {@code boolean}, {@code choice} or {@code integer}
     * @param defaultValue the default (possibly a Velocity expression such as {@code ${groupId}}), or
     *     {@code null} when the value must be given
     * @param choices the accepted values of a choice, else empty
     * @param regex the regular expression a value must match entirely, or {@code null}
     * @param help the manifest's help text, or {@code null}
     */
    public record Parameter(String name, String type, String defaultValue, List<String> choices, String regex,
            String help) {

        /** Whether a value must be given: there is no default. */
        public boolean required() {
            return defaultValue == null;
        }
    }

    /**
     * @param name passed as {@code --with NAME}
     * @param description or {@code null}
     * @param when the condition that applies it automatically, or {@code null}
     */
    public record Overlay(String name, String description, String when) {}

    /**
     * @param name the secret's name
     * @param env the environment variable that carries it
     * @param requiredIn environments where it must be set, possibly empty
     * @param description or {@code null}
     * @param when the condition under which the template needs it, or {@code null}
     */
    public record Secret(String name, String env, List<String> requiredIn, String description, String when) {}

    /**
     * A property as the plugin's resolution declares it (the generate feature computes these from
     * the descriptor and the built-ins, so this package need not repeat the plugin's rules).
     *
     * @param key the property key
     * @param defaultValue the descriptor's or built-in default, or {@code null}
     * @param validationRegex the descriptor's validationRegex, or {@code null}
     */
    public record DeclaredProperty(String key, String defaultValue, String validationRegex) {}

    /**
     * Describes a loaded template.
     *
     * @param template the template, never {@code null}
     * @param declared the properties a generation resolves, in the plugin's order, never {@code null}
     * @return the description, never {@code null}
     */
    public static TemplateDescription of(Template template, List<DeclaredProperty> declared) {
        Manifest manifest = template.manifest();
        List<Parameter> parameters = new ArrayList<>();
        for (DeclaredProperty property : declared) {
            Manifest.Parameter typed = manifest == null ? null : manifest.parameter(property.key());
            String defaultValue = property.defaultValue();
            if (defaultValue == null && typed != null) {
                defaultValue = typed.defaultValue();
            }
            if (defaultValue == null && property.key().equals("package")) {
                defaultValue = "${groupId}"; // the plugin takes the package from the groupId when not given
            }
            String regex = property.validationRegex() != null ? property.validationRegex()
                    : typed != null ? typed.regex() : null;
            parameters.add(new Parameter(property.key(),
                    typed == null ? "string" : typed.type().name().toLowerCase(Locale.ROOT), defaultValue,
                    typed == null ? List.of() : typed.choices(), regex, typed == null ? null : typed.help()));
        }
        List<Overlay> overlays = new ArrayList<>();
        List<Secret> secrets = new ArrayList<>();
        if (manifest != null) {
            for (Manifest.Overlay o : manifest.overlays().values()) {
                overlays.add(new Overlay(o.name(), o.description(), o.when()));
            }
            for (Manifest.Secret s : manifest.secrets()) {
                secrets.add(new Secret(s.name(), s.env(), s.requiredIn(), s.description(), s.when()));
            }
        }
        return new TemplateDescription(template.id(), template.version(), template.source().describe(),
                title(template), manifest == null ? null : manifest.description(), template.isLegacy(),
                List.copyOf(parameters), List.copyOf(overlays), List.copyOf(secrets),
                template.files().contains(Template.POST_GENERATE_SCRIPT));
    }

    /** The manifest's name, else the descriptor's (archetypes usually name themselves there). */
    static String title(Template template) {
        if (template.manifest() != null && template.manifest().name() != null) {
            return template.manifest().name();
        }
        if (template.descriptor() != null) {
            String name = template.descriptor().getName();
            return name == null || name.isBlank() ? null : name.trim();
        }
        return null;
    }

    /**
     * One line that says what the template is: its name, else the first line of its description.
     *
     * @return the line, or {@code null} when the template says nothing about itself
     */
    public String summary() {
        return summary(name, description);
    }

    static String summary(String name, String description) {
        if (name != null) {
            return name;
        }
        if (description != null && !description.isBlank()) {
            return description.strip().lines().findFirst().orElse(null);
        }
        return null;
    }
}
