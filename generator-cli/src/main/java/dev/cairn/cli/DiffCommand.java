package dev.cairn.cli;

import dev.cairn.CairnException;
import dev.cairn.generate.OutputBudget;
import dev.cairn.generate.RenderOptions;
import dev.cairn.update.Drift;
import dev.cairn.update.DriftReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cairn diff}: the project's local changes against the pristine render of its template version,
 * how far behind the newest version it is, and what a version would change. Writes nothing.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Show how the project differs from its template: its local changes against the pristine render of the version"
                    + " it follows, how many versions it is behind, and with --to what that version would change.",
            "Exit 0. 1: with --fail-behind N, more than N minor versions behind. 2: bad input."})
final class DiffCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "DIR", description = "The project folder (default: the current one).")
    Path dir = Path.of(".");

    @Option(names = "--to", paramLabel = "VERSION", description = "Also show what VERSION changes and what updating to it would do.")
    String version;

    @Option(names = "--stat", description = "A line per file with its added and removed lines, no diffs.")
    boolean stat;

    @Option(names = "--fail-behind", paramLabel = "N", description = "Exit 1 when more than N minor versions behind the newest.")
    Integer failBehind;

    @Option(names = "--trust", description = "Allow reflection in templates.")
    boolean trust;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    OutputFormat format = OutputFormat.text;

    @Mixin
    MavenSettingsOptions maven;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (failBehind != null && failBehind < 0) {
            throw CairnException.of("--fail-behind " + failBehind + " is negative", "give a number of minor versions, e.g. --fail-behind 2");
        }
        Path project = Path.of("").toAbsolutePath().resolve(dir).normalize();
        DriftReport report = new Drift().diff(new Drift.Request(project, UpdateCommand.shownAs(dir), version,
                failBehind != null, new RenderOptions(trust, OutputBudget.DEFAULT_LIMIT), maven.files()));
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == OutputFormat.json ? Json.write(report.toMap(stat)) + System.lineSeparator() : report.text(stat));
        boolean tooFar = failBehind != null && report.behindMoreThan(failBehind);
        if (tooFar && format == OutputFormat.text) {
            out.println();
            out.println("More than " + failBehind + (failBehind == 1 ? " minor version" : " minor versions") + " behind "
                    + report.templateId() + " " + report.newest() + ": run 'cairn update' (see 'cairn diff --to "
                    + report.newest() + "' first).");
        }
        out.flush();
        return tooFar ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
