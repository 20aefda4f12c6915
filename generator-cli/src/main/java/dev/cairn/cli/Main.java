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
        subcommands = {NewCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    static {
        // picocli probes for groovy.lang.Closure, and Groovy is on the classpath for trusted post-generate
        // scripts: that probe initialises Groovy's runtime (about 240 classes, 40 ms) on every run.
        System.setProperty("picocli.disable.closures", "true");
    }

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
            PrintWriter err = commandLine.getErr();
            boolean verbose = verbose(parsed);
            if (ex instanceof CairnException e) {
                err.println("error: " + e.userLine());
                if (verbose) {
                    ex.printStackTrace(err);
                }
                return ExitCodes.BAD_INPUT;
            }
            err.println(oneLine("internal error: " + ex) + (verbose ? ""
                    : " (a bug in Cairn: rerun with --verbose for the stack trace and report it)"));
            if (verbose) {
                ex.printStackTrace(err);
            }
            return ExitCodes.INTERNAL;
        });
        cmd.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            String help = "see '" + failed.getCommandSpec().qualifiedName() + " --help'";
            if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
                help = "did you mean " + String.join(" or ", unmatched.getSuggestions()) + "? " + help;
            }
            failed.getErr().println(oneLine("error: " + ex.getMessage()) + " (" + help + ")");
            return ExitCodes.BAD_INPUT;
        });
        return cmd;
    }

    /** {@code --verbose} is inherited, so it may have been given to any command on the line. */
    private static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** Every error is one line, whatever the exception's message holds. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** Cairn's version, stamped at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cairn " + CairnVersion.get()};
        }
    }
}
