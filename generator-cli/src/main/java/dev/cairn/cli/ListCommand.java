package dev.cairn.cli;

import dev.cairn.template.CairnConfig;
import dev.cairn.template.CairnDirectories;
import dev.cairn.template.Catalog;
import dev.cairn.template.Catalogs;
import dev.cairn.template.TemplateSummary;
import java.io.PrintWriter;
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
import picocli.CommandLine.Spec;

/**
 * {@code cairn list}: the templates bundled with Cairn, then those of every catalog the user
 * configured ({@link CairnConfig}) or named with {@code --catalog}, with their versions.
 *
 * <p>JSON ({@code --format json}): {@code {"templates": [{"name", "id", "version", "summary"}],
 * "catalogs": [{"name", "location", "templates": [{"name", "source", "description", "versions": [..],
 * "problem"}]}]}}, where a bundled template's {@code name} and a catalog template's {@code source}
 * are what to pass to {@code cairn new}; {@code version}, {@code summary}, {@code description} and
 * {@code problem} may be {@code null}; every key is always present.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the templates bundled with Cairn and those of your catalogs, with their versions.")
final class ListCommand implements Callable<Integer> {

    /** Versions a text row shows; older ones are summed up as "N older". */
    private static final int VERSIONS_SHOWN = 4;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    OutputFormat format = OutputFormat.text;

    @Option(names = "--catalog", paramLabel = "LOCATION",
            description = "Also list this catalog: a YAML catalog or an archetype-catalog.xml, a path or URL (repeatable).")
    List<String> catalogs = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Cairn's configuration file (default: $XDG_CONFIG_HOME/cairn/config.yaml, else ~/.config/cairn/config.yaml).")
    Path config;

    @Mixin
    MavenSettingsOptions maven;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path cwd = Path.of("").toAbsolutePath();
        CairnConfig configuration = CairnConfig.read(config != null ? cwd.resolve(config) : CairnDirectories.configFile());
        List<String> locations = new ArrayList<>(configuration.catalogs());
        for (String location : catalogs) {
            locations.add(CairnConfig.location(location, cwd));
        }
        List<Catalog> loaded = Catalogs.load(locations, maven.files());
        PrintWriter err = spec.commandLine().getErr();
        for (Catalog catalog : loaded) {
            for (Catalog.Entry entry : catalog.entries()) {
                if (entry.problem() != null) {
                    err.println("warning: catalog " + catalog.name() + ": " + entry.name() + ": " + entry.problem());
                }
            }
        }
        err.flush();
        spec.commandLine().getOut().print(render(TemplateSummary.bundled(), loaded, format));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    static String render(List<TemplateSummary> templates, OutputFormat format) {
        return render(templates, List.of(), format);
    }

    static String render(List<TemplateSummary> templates, List<Catalog> catalogs, OutputFormat format) {
        if (format == OutputFormat.json) {
            return json(templates, catalogs);
        }
        StringBuilder text = new StringBuilder();
        if (templates.isEmpty()) {
            text.append("No templates are bundled with this build of Cairn.\n"
                    + "Any Maven archetype works: pass its folder or jar, for example\n"
                    + "  cairn describe ./my-archetype\n"
                    + "  cairn new my-archetype-1.0.jar -DgroupId=com.acme -DartifactId=demo\n");
        } else {
            Table table = new Table("").row("TEMPLATE", "VERSION", "DESCRIPTION");
            for (TemplateSummary t : templates) {
                table.row(t.name(), t.version() == null ? "-" : t.version(), t.summary());
            }
            text.append(table.render());
        }
        for (Catalog catalog : catalogs) {
            text.append("\nCatalog ").append(catalog.name()).append(" (").append(catalog.location()).append("):\n");
            if (catalog.entries().isEmpty()) {
                text.append("  no templates\n");
                continue;
            }
            Table table = new Table("  ").row("TEMPLATE", "VERSIONS", "SOURCE", "DESCRIPTION");
            for (Catalog.Entry e : catalog.entries()) {
                table.row(e.name(), versions(e.versions()), e.source(), e.description());
            }
            text.append(table.render());
        }
        if (!templates.isEmpty()) {
            text.append("\nRun 'cairn describe TEMPLATE' to see its parameters, overlays and secrets.\n");
        }
        if (!catalogs.isEmpty()) {
            text.append(templates.isEmpty() ? "\n" : "").append("Generate from a catalog with 'cairn new SOURCE'")
                    .append(" (SOURCE:VERSION or git:URL#TAG for an older version).\n");
        }
        return text.toString();
    }

    /** Newest last, as versions() gives them; a long history is cut to its newest few. */
    private static String versions(List<String> versions) {
        if (versions.isEmpty()) {
            return "-";
        }
        if (versions.size() <= VERSIONS_SHOWN) {
            return String.join(", ", versions);
        }
        int older = versions.size() - VERSIONS_SHOWN;
        return older + " older, " + String.join(", ", versions.subList(older, versions.size()));
    }

    private static String json(List<TemplateSummary> templates, List<Catalog> catalogs) {
        List<Object> list = new ArrayList<>();
        for (TemplateSummary t : templates) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", t.name());
            entry.put("id", t.id());
            entry.put("version", t.version());
            entry.put("summary", t.summary());
            list.add(entry);
        }
        List<Object> catalogList = new ArrayList<>();
        for (Catalog catalog : catalogs) {
            List<Object> entries = new ArrayList<>();
            for (Catalog.Entry e : catalog.entries()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", e.name());
                entry.put("source", e.source());
                entry.put("description", e.description());
                entry.put("versions", e.versions());
                entry.put("problem", e.problem());
                entries.add(entry);
            }
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", catalog.name());
            c.put("location", catalog.location());
            c.put("templates", entries);
            catalogList.add(c);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("templates", list);
        root.put("catalogs", catalogList);
        return Json.write(root) + "\n";
    }
}
