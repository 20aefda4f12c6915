package dev.cairn.cli;

import dev.cairn.CairnException;
import dev.cairn.CairnVersion;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code cairn} command: parses, calls one feature, prints, returns an exit code.
 *
 * <p>Main's model and {@code new}'s are built with picocli's programmatic API: from annotations, picocli
 * reads them by reflection through annotation proxies generated at run time, on every run.
 */
public final class Main {

    /**
     * Every command, by name, in the order {@code cairn --help} lists them. Not built up front: picocli
     * builds the model of each command (for annotated ones by reflection), a few ms each on every run;
     * {@link #commandLine(String...)} builds only the one being run.
     */
    static final List<String> COMMANDS = List.of("new", "list", "describe", "diff", "update", "check", "playbook", "template", "completion", "help");

    /** Commands that work on the whole command tree, so all others must be built for them. */
    private static final Set<String> NEED_ALL_COMMANDS = Set.of("completion", "help");

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

    /** Whether output goes to the process's own stdout and stderr (main), not to a test's writers. */
    private static volatile boolean onTheRealStreams;

    private Main() {}

    /** Whether standard output is a terminal: for colours. Java 17 can tell only when stdin is one too. */
    static boolean stdoutIsTerminal() {
        return onTheRealStreams && System.console() != null;
    }

    /**
     * Whether standard error is a terminal: for progress bars. Java 17 cannot ask, so on Linux this reads where
     * file descriptor 2 points; elsewhere it falls back to {@link #stdoutIsTerminal()}.
     */
    static boolean stderrIsTerminal() {
        if (!onTheRealStreams) {
            return false;
        }
        java.nio.file.Path fd = java.nio.file.Path.of("/proc/self/fd/2");
        try {
            if (java.nio.file.Files.isSymbolicLink(fd)) {
                String target = java.nio.file.Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | SecurityException e) {
            // fall back below
        }
        return stdoutIsTerminal();
    }

    public static void main(String[] args) {
        onTheRealStreams = true;
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
        CommandLine cmd = new CommandLine(spec());
        String only = onlyCommandNeeded(args);
        for (String name : COMMANDS) {
            if (only == null || only.equals(name)) {
                cmd.addSubcommand(name, command(name));
            }
        }
        configure(cmd);
        return cmd;
    }

    /** Main's own model: the standard help options and {@code --verbose}, which every command inherits. */
    private static CommandSpec spec() {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(new Main()).name("cairn").versionProvider(new Version());
        spec.usageMessage().description("Engineering standards as code: generate projects from templates (Maven archetypes).");
        spec.addOption(OptionSpec.builder("--verbose").type(boolean.class).scopeType(CommandLine.ScopeType.INHERIT)
                .description("Show stack traces of errors.").build());
        addStandardHelpOptions(spec);
        return spec;
    }

    /** One command's model (a spec) or annotated class, for {@code addSubcommand}. */
    private static Object command(String name) {
        return switch (name) {
            case "new" -> NewCommand.spec();
            case "list" -> ListCommand.class;
            case "describe" -> DescribeCommand.class;
            case "diff" -> DiffCommand.class;
            case "update" -> UpdateCommand.class;
            case "check" -> CheckCommand.class;
            case "playbook" -> PlaybookCommand.class;
            case "template" -> TemplateCommand.class;
            case "completion" -> CompletionCommand.class;
            case "help" -> CommandLine.HelpCommand.class;
            default -> throw new IllegalArgumentException("not a command: " + name);
        };
    }

    /**
     * What {@code mixinStandardHelpOptions = true} adds ({@code -h, --help} and {@code -V, --version}, same
     * texts and mixin name), without picocli reading its annotated mixin class by reflection.
     */
    static void addStandardHelpOptions(CommandSpec spec) {
        CommandSpec mixin = CommandSpec.create();
        mixin.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class)
                .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.").build());
        mixin.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
                .descriptionKey("mixinStandardHelpOptions.version").description("Print version information and exit.").build());
        spec.addMixin("mixinStandardHelpOptions", mixin);
    }

    private static String onlyCommandNeeded(String... args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) { // Main's own options take no value, so this is the command's name
                return COMMANDS.contains(arg) && !NEED_ALL_COMMANDS.contains(arg) ? arg : null;
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
