package dev.cairn.cli;

import dev.cairn.check.Progress;
import dev.cairn.check.ProjectCheck;
import dev.cairn.check.ReportFormat;
import dev.cairn.check.TerminalProgressBar;
import dev.cairn.check.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cairn check}: the rule packs and the secret scan on a project, reported in one of five formats.
 * Exit 0 when clean or only warnings (or after {@code --write-baseline}), 1 on errors, 2 on bad input.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Check a project against Cairn's rule packs: ArchUnit on the compiled classes, Checkstyle on the Java sources, "
                    + "and a secret scan over its text files (.gitignore respected).",
            "Exit 0: no errors (warnings allowed). 1: errors. 2: bad input.",
            "A missing --baseline file is an error when CI=true; elsewhere it counts as empty."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The project folder (default: the current one).")
    Path dir = Path.of(".");

    @Option(names = "--classes", paramLabel = "PATH",
            description = "Compiled classes: a folder or a jar (default: DIR/target/classes).")
    Path classes;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, sarif, junit or markdown (default: text).")
    String format = "text";

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Fail only on findings that are not in this baseline.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "Record today's findings in FILE, and pass.")
    Path writeBaseline;

    @Option(names = "--no-cache", description = "Analyse every file, ignoring .cairn/cache/.")
    boolean noCache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ReportFormat reportFormat = ReportFormat.parse(format);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean progressBar = Main.stderrIsTerminal();
        ProjectCheck.Outcome outcome = ProjectCheck.run(new ProjectCheck.Request(dir, classes, baseline, writeBaseline,
                "true".equalsIgnoreCase(System.getenv("CI")), Runtime.getRuntime().availableProcessors(), !noCache,
                total -> progressBar ? Progress.delayed(total, TerminalProgressBar.on(System.err), System::nanoTime) : Progress.NONE));
        for (String note : outcome.notes()) {
            err.println(note);
        }
        String noColor = System.getenv("NO_COLOR");
        boolean colour = output == null && Main.stdoutIsTerminal() && (noColor == null || noColor.isEmpty());
        String report = reportFormat.render(outcome.report(), colour);
        ReportOutput.write(out, report, output, TextReport.summary(outcome.report()));
        out.flush();
        err.flush();
        if (outcome.baselineWritten()) {
            return ExitCodes.OK;
        }
        return outcome.report().failed() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
