package dev.cairn.cli;

import dev.cairn.generate.AnswerResolver;
import dev.cairn.generate.Generator;
import dev.cairn.generate.OutputBudget;
import dev.cairn.generate.RenderOptions;
import dev.cairn.template.TemplateSources;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cairn new}: a project from a template. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Generate a project from a template: a bundled name, an archetype folder or an archetype jar.")
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TEMPLATE", description = "Bundled template name, archetype folder or jar.")
    String template;

    @Option(names = "--dir", paramLabel = "DIR", description = "Project folder to create (default: ./<artifactId>).")
    Path dir;

    @Option(names = "-D", paramLabel = "name=value", description = "A property value, e.g. -DgroupId=com.acme.")
    Map<String, String> values = new LinkedHashMap<>();

    @Option(names = "--answers", paramLabel = "FILE", description = "YAML file of answers.")
    Path answers;

    @Option(names = "--with", paramLabel = "OVERLAY", split = ",", description = "Overlays to apply.")
    List<String> overlays = new ArrayList<>();

    @Option(names = "--dry-run", description = "List what would be written; write nothing.")
    boolean dryRun;

    @Option(names = "--non-interactive", description = "Never prompt; a missing value is an error.")
    boolean nonInteractive;

    @Option(names = "--trust", description = "Allow reflection in templates and run archetype-post-generate.groovy.")
    boolean trust;

    @Option(names = "--max-output", paramLabel = "BYTES", description = "Bound on rendered output (default: 256 MiB).")
    long maxOutput = OutputBudget.DEFAULT_LIMIT;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    String format = "text";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path cwd = Path.of("").toAbsolutePath();
        AnswerResolver.Input input = new AnswerResolver.Input(values, overlays, null);
        Generator.Request request = new Generator.Request(TemplateSources.resolve(template, cwd), dir, cwd, input,
                new RenderOptions(trust, maxOutput), dryRun);
        Generator.Result result = new Generator().generate(request);
        PrintWriter out = spec.commandLine().getOut();
        out.println((result.written() ? "Created " : "Would create ") + cwd.relativize(result.target().toAbsolutePath().normalize())
                + " from " + result.template().id() + (result.template().version() != null ? " " + result.template().version() : "")
                + " (" + result.tree().files().size() + " files)");
        return ExitCodes.OK;
    }
}
