package dev.cairn.cli;

import dev.cairn.CairnException;
import dev.cairn.CairnVersion;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code cairn} command: parses, calls one feature, prints, returns an exit code. */
@Command(name = "cairn",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Engineering standards as code: generate projects from templates (Maven archetypes).",
        subcommands = {NewCommand.class, ListCommand.class, DescribeCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    @Option(names = "--verbose", description = "Show stack traces of errors.", scope = CommandLine.ScopeType.INHERIT)
    boolean verbose;

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Runs Cairn in-process, as tests do.
     *
     * @return the exit code
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = commandLine();
        cmd.setOut(out);
        cmd.setErr(err);
        return cmd.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setExecutionExceptionHandler((ex, commandLine, parsed) -> {
            boolean verbose = parsed.hasMatchedOption("--verbose") || parsed.subcommands().stream()
                    .anyMatch(s -> s.hasMatchedOption("--verbose"));
            PrintWriter err = commandLine.getErr();
            if (ex instanceof CairnException e) {
                err.println("error: " + e.userLine());
                if (verbose) {
                    ex.printStackTrace(err);
                }
                return ExitCodes.BAD_INPUT;
            }
            err.println("internal error: " + ex + (verbose ? "" : " (rerun with --verbose for details)"));
            if (verbose) {
                ex.printStackTrace(err);
            }
            return ExitCodes.INTERNAL;
        });
        cmd.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("error: " + ex.getMessage() + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help')");
            return ExitCodes.BAD_INPUT;
        });
        return cmd;
    }

    /** Cairn's version, stamped at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cairn " + CairnVersion.get(), "Java " + System.getProperty("java.version")};
        }
    }
}
