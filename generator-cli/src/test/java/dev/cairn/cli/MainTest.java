package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.CairnException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line's contract with users and scripts: exit codes and one-line errors. */
class MainTest {

    /** What one in-process run of Cairn printed and returned. */
    record Run(int exitCode, String out, String err) {}

    static Run run(String... args) {
        return run(Main.commandLine(), args);
    }

    static Run run(CommandLine cmd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void execute_runs_in_process_and_returns_the_exit_code() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), "--version");
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("cairn ");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void version_prints_cairn_and_the_stamped_version() {
        Run run = run("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("cairn \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    }

    @Test
    void help_lists_every_command() {
        Run run = run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: cairn").containsPattern("(?m)^\\s+new\\s").containsPattern("(?m)^\\s+list\\s")
                .containsPattern("(?m)^\\s+describe\\s")
                .containsPattern("(?m)^\\s+completion\\s").containsPattern("(?m)^\\s+help\\s");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void only_the_command_being_run_is_built() {
        assertThat(Main.commandLine("--verbose", "new", "x").getSubcommands()).containsOnlyKeys("new");
        assertThat(Main.commandLine("list").getSubcommands()).containsOnlyKeys("list");
        assertThat(Main.commandLine("completion", "bash").getSubcommands())
                .containsOnlyKeys("new", "list", "describe", "diff", "update", "check", "playbook", "template", "completion", "help");
        assertThat(Main.commandLine("help", "new").getSubcommands())
                .containsOnlyKeys("new", "list", "describe", "diff", "update", "check", "playbook", "template", "completion", "help");
        assertThat(Main.commandLine().getSubcommands().keySet())
                .containsExactly("new", "list", "describe", "diff", "update", "check", "playbook", "template", "completion", "help");
    }

    @Test
    void every_listed_command_runs_by_its_name() {
        for (String name : Main.COMMANDS) {
            Run run = run(Main.commandLine(name, "--help"), name, "--help");
            assertThat(run.exitCode()).as(name).isZero();
            assertThat(run.out()).as(name).contains("Usage: cairn " + name);
        }
    }

    @Test
    void a_mistyped_command_gets_a_suggestion() {
        Run run = run(Main.commandLine("neww"), "neww");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().lines()).singleElement().asString().contains("'neww'").contains("did you mean new");
    }

    @Test
    void help_for_a_command_shows_its_usage() {
        StringWriter out = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "help", "new");
        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("Usage: cairn new").contains("--dir");
    }

    @Test
    void unknown_option_is_bad_input_in_one_line() {
        Run run = run("--frobnicate");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("error: Unknown option: '--frobnicate'").contains("cairn --help");
    }

    @Test
    void unknown_option_of_a_subcommand_names_that_subcommand_and_suggests_a_near_option() {
        Run run = run("new", "x", "--dri", "out");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().lines()).singleElement().asString()
                .contains("'--dri'").contains("did you mean --d").contains("'cairn new --help'");
    }

    @Test
    void missing_parameter_is_bad_input_in_one_line() {
        Run run = run("new");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().lines()).singleElement().asString().contains("TEMPLATE");
    }

    @Test
    void no_command_is_bad_input() {
        Run run = run();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void cairn_exception_is_exit_2_one_line_without_stack_trace() {
        Run run = run("new", "no-such-template-anywhere");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("error: no template 'no-such-template-anywhere'");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void verbose_adds_the_stack_trace_to_a_cairn_exception() {
        Run run = run("new", "no-such-template-anywhere", "--verbose");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("error: no template").contains("\tat dev.cairn.");
    }

    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        final RuntimeException failure;

        Failing(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() {
            throw failure;
        }
    }

    @Test
    void a_bug_is_exit_70_one_line_with_a_hint_and_no_stack_trace() {
        CommandLine cmd = Main.commandLine().addSubcommand(new Failing(new IllegalStateException("broken\ninvariant")));
        Run run = run(cmd, "fail");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(run.err().lines()).singleElement().asString()
                .contains("internal error").contains("IllegalStateException: broken invariant").contains("--verbose");
    }

    @Test
    void a_bug_with_verbose_shows_the_stack_trace() {
        CommandLine cmd = Main.commandLine().addSubcommand(new Failing(new IllegalStateException("broken")));
        Run run = run(cmd, "--verbose", "fail");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(run.err()).contains("IllegalStateException: broken").contains("\tat dev.cairn.cli.MainTest");
    }

    @Test
    void cairn_exception_from_any_command_is_bad_input() {
        CommandLine cmd = Main.commandLine()
                .addSubcommand(new Failing(new CairnException("a.yaml", 3, "bad value", "use a number")));
        Run run = run(cmd, "fail");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("error: a.yaml:3: bad value (use a number)" + System.lineSeparator());
    }
}
