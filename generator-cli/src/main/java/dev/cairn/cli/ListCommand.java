package dev.cairn.cli;

import dev.cairn.template.TemplateSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cairn list}: the templates bundled with Cairn.
 *
 * <p>JSON ({@code --format json}): {@code {"templates": [{"name", "id", "version", "summary"}]}},
 * where {@code name} is what to pass to {@code cairn new}, {@code version} and {@code summary} may
 * be {@code null}; every key is always present.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the templates bundled with Cairn. Any archetype folder or jar works too.")
final class ListCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    OutputFormat format = OutputFormat.text;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(render(TemplateSummary.bundled(), format));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    static String render(List<TemplateSummary> templates, OutputFormat format) {
        if (format == OutputFormat.json) {
            List<Object> list = new ArrayList<>();
            for (TemplateSummary t : templates) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", t.name());
                entry.put("id", t.id());
                entry.put("version", t.version());
                entry.put("summary", t.summary());
                list.add(entry);
            }
            return Json.write(Map.of("templates", list)) + "\n";
        }
        if (templates.isEmpty()) {
            return "No templates are bundled with this build of Cairn.\n"
                    + "Any Maven archetype works: pass its folder or jar, for example\n"
                    + "  cairn describe ./my-archetype\n"
                    + "  cairn new my-archetype-1.0.jar -DgroupId=com.acme -DartifactId=demo\n";
        }
        Table table = new Table("").row("TEMPLATE", "VERSION", "DESCRIPTION");
        for (TemplateSummary t : templates) {
            table.row(t.name(), t.version() == null ? "-" : t.version(), t.summary());
        }
        return table.render() + "\nRun 'cairn describe TEMPLATE' to see its parameters, overlays and secrets.\n";
    }
}
