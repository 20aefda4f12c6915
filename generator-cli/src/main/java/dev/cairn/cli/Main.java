package dev.cairn.cli;

import dev.cairn.CairnException;
import dev.cairn.CairnVersion;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code cairn} command: parses, calls one feature, prints, returns an exit code. */
@Command(name = "cairn",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Engineering standards as code: generate projects from templates (Maven archetypes).")
public final class Main {

    /**
     * Every command, in the order {@code cairn --help} lists them. Not in {@code @Command(subcommands)}:
     * picocli builds the model of each listed command up front (reflection, annotations), a few ms
     * each on every run; {@link #commandLine(String...)} builds only the one being run.
     */
    static final List<Class<?>> COMMANDS = List.of(
            NewCommand.class,
            ListCommand.class,
            DescribeCommand.class,
            CompletionCommand.class,
            CommandLine.HelpCommand.class);

    /** Commands that work on the whole command tree, so all others must be built for them. */
    private static final Set<Class<?>> NEED_ALL_COMMANDS = Set.of(CompletionCommand.class, CommandLine.HelpCommand.class);

    static {
        // Start-up, measured (bench/new.sh): together these were a third of a `cairn new`.
        // picocli probes for groovy.lang.Closure, and Groovy is on the classpath for trusted post-generate
        // scripts: that probe initialises Groovy's runtime (about 240 classes, 40 ms) on every run.
        System.setProperty("picocli.disable.closures", "true");
        // slf4j (Velocity logs through it, into slf4j-nop) otherwise finds its provider with a ServiceLoader
        // scan that opens every jar on the classpath, Groovy's and Jackson's included (about 15 ms).
        // picocli registers converters for java.sql and java.time types by reflection, loading about 90
        // classes; no Cairn option has such a type (options are strings, paths, numbers and enums).
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", "java\\.sql\\..*,java\\.time\\..*");
        }
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.nop.NOPServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN"); // it reports the property at INFO level
        }
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
        CommandLine cmd = commandLine(args);
        cmd.setOut(out);
        cmd.setErr(err);
        return cmd.execute(args);
    }

    /** The whole command tree. */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command tree as far as {@code args} need it: when the first word that is not an option names
     * a command, only that command; otherwise (no command, a typo to suggest for, help, completion) all.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cmd = new CommandLine(new Main());
        Class<?> only = onlyCommandNeeded(args);
        for (Class<?> command : COMMANDS) {
            if (only == null || only == command) {
                cmd.addSubcommand(command);
            }
        }
        configure(cmd);
        return cmd;
    }

    private static Class<?> onlyCommandNeeded(String... args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) { // Main's own options take no value, so this is the command's name
                for (Class<?> command : COMMANDS) {
                    if (arg.equals(command.getAnnotation(Command.class).name())) {
                        return NEED_ALL_COMMANDS.contains(command) ? null : command;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static void configure(CommandLine cmd) {
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
