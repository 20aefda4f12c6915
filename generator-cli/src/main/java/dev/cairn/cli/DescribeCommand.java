package dev.cairn.cli;

import dev.cairn.generate.ArchetypeProperties;
import dev.cairn.template.Template;
import dev.cairn.template.TemplateDescription;
import dev.cairn.template.TemplateLoader;
import dev.cairn.template.TemplateSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cairn describe TEMPLATE}: what a template asks for and offers, before generating from it.
 *
 * <p>JSON ({@code --format json}), every key always present, {@code null} when unknown:
 * <pre>
 * {"id", "version", "source", "name", "description", "legacy": bool,
 *  "parameters": [{"name", "type": "string|boolean|choice|integer", "default", "required": bool,
 *                  "choices": [..], "regex", "help"}],
 *  "overlays": [{"name", "description", "when"}],
 *  "secrets": [{"name", "env", "requiredIn": [..], "description", "when"}],
 *  "postGenerateScript": bool}
 * </pre>
 */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Show a template's parameters, overlays, secrets and scripts.")
final class DescribeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TEMPLATE",
            description = "Bundled template name, archetype folder or jar, groupId:artifactId[:version], or git:URL[#TAG].")
    String template;

    @Mixin
    MavenSettingsOptions maven;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    OutputFormat format = OutputFormat.text;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Template loaded = TemplateLoader.load(TemplateSources.resolve(template, Path.of("").toAbsolutePath(),
                maven.files()));
        List<TemplateDescription.DeclaredProperty> declared = new ArrayList<>();
        for (ArchetypeProperties.Declared d : ArchetypeProperties.declared(loaded)) {
            declared.add(new TemplateDescription.DeclaredProperty(d.key(), d.defaultValue(), d.validationRegex()));
        }
        TemplateDescription description = TemplateDescription.of(loaded, declared);
        spec.commandLine().getOut().print(format == OutputFormat.json ? json(description) : text(description, template));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    static String json(TemplateDescription d) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", d.id());
        root.put("version", d.version());
        root.put("source", d.source());
        root.put("name", d.name());
        root.put("description", d.description());
        root.put("legacy", d.legacy());
        List<Object> parameters = new ArrayList<>();
        for (TemplateDescription.Parameter p : d.parameters()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("type", p.type());
            m.put("default", p.defaultValue());
            m.put("required", p.required());
            m.put("choices", p.choices());
            m.put("regex", p.regex());
            m.put("help", p.help());
            parameters.add(m);
        }
        root.put("parameters", parameters);
        List<Object> overlays = new ArrayList<>();
        for (TemplateDescription.Overlay o : d.overlays()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", o.name());
            m.put("description", o.description());
            m.put("when", o.when());
            overlays.add(m);
        }
        root.put("overlays", overlays);
        List<Object> secrets = new ArrayList<>();
        for (TemplateDescription.Secret s : d.secrets()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("env", s.env());
            m.put("requiredIn", s.requiredIn());
            m.put("description", s.description());
            m.put("when", s.when());
            secrets.add(m);
        }
        root.put("secrets", secrets);
        root.put("postGenerateScript", d.postGenerateScript());
        return Json.write(root) + "\n";
    }

    /** For a newcomer: what it is, what to pass, what it can add, what it needs at run time. */
    static String text(TemplateDescription d, String typed) {
        StringBuilder out = new StringBuilder();
        Table header = new Table("").row("Template:", d.id() + (d.version() != null ? " " + d.version() : ""));
        if (d.name() != null) {
            header.row("Name:", d.name());
        }
        header.row("Source:", d.source());
        if (d.legacy()) {
            header.row("Descriptor:", "legacy (no archetype-metadata.xml): only the built-in properties");
        }
        out.append(header.render());
        if (d.description() != null && !d.description().isBlank()) {
            out.append('\n').append(d.description().strip()).append('\n');
        }

        out.append("\nParameters (set each with -Dname=value):\n");
        Table parameters = new Table("  ").row("NAME", "TYPE", "DEFAULT", "DESCRIPTION");
        for (TemplateDescription.Parameter p : d.parameters()) {
            List<String> about = new ArrayList<>();
            if (p.help() != null) {
                about.add(sentence(p.help()));
            }
            if (!p.choices().isEmpty()) {
                about.add("One of: " + String.join(", ", p.choices()) + ".");
            }
            if (p.regex() != null) {
                about.add("Must match: " + p.regex());
            }
            parameters.row(p.name(), p.type(), p.required() ? "(required)" : p.defaultValue(), String.join(" ", about));
        }
        out.append(parameters.render());

        if (d.overlays().isEmpty()) {
            out.append("\nOverlays: none\n");
        } else {
            out.append("\nOverlays (add with --with NAME):\n");
            Table overlays = new Table("  ");
            for (TemplateDescription.Overlay o : d.overlays()) {
                String about = o.description() == null ? "" : sentence(o.description());
                if (o.when() != null) {
                    about = (about + " Applied automatically when " + o.when() + ".").strip();
                }
                overlays.row(o.name(), about);
            }
            out.append(overlays.render());
        }

        if (d.secrets().isEmpty()) {
            out.append("\nSecrets: none\n");
        } else {
            out.append("\nSecrets (Cairn never takes their values; set the variable where the service runs):\n");
            Table secrets = new Table("  ").row("NAME", "ENV", "REQUIRED IN", "DESCRIPTION");
            for (TemplateDescription.Secret s : d.secrets()) {
                String about = s.description() == null ? "" : sentence(s.description());
                if (s.when() != null) {
                    about = (about + " Needed when " + s.when() + ".").strip();
                }
                secrets.row(s.name(), s.env(), s.requiredIn().isEmpty() ? "-" : String.join(", ", s.requiredIn()), about);
            }
            out.append(secrets.render());
        }

        out.append("\nPost-generate script: ").append(d.postGenerateScript()
                ? "yes (META-INF/archetype-post-generate.groovy); it runs only with --trust" : "none").append('\n');

        StringBuilder example = new StringBuilder("cairn new ").append(typed.contains(" ") ? "'" + typed + "'" : typed);
        for (TemplateDescription.Parameter p : d.parameters()) {
            if (p.required()) {
                example.append(" -D").append(p.name()).append("=...");
            }
        }
        out.append("\nGenerate with:\n  ").append(example).append('\n');
        return out.toString();
    }

    /** Help texts are written with or without a full stop; print them as sentences. */
    private static String sentence(String text) {
        String s = text.strip().replaceAll("\\s*\\n\\s*", " ");
        return s.isEmpty() || s.endsWith(".") || s.endsWith("!") || s.endsWith("?") ? s : s + ".";
    }
}
