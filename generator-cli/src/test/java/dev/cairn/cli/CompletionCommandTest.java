package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script must be valid bash and define the function that {@code complete -F} names. */
class CompletionCommandTest {

    @TempDir
    Path tmp;

    @Test
    void bash_script_parses_and_defines_the_completion_function() throws Exception {
        MainTest.Run run = MainTest.run("completion", "bash");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("-F _complete_cairn").contains("new").contains("--non-interactive");
        Path script = tmp.resolve("cairn-completion.bash");
        Files.writeString(script, run.out(), StandardCharsets.UTF_8);

        assertThat(bash("bash", "-n", script.toString()).exitCode()).isZero();

        // sourcing defines the function and registers it for the 'cairn' command
        Result sourced = bash("bash", "-c", "source \"$1\" && declare -F _complete_cairn && complete -p cairn",
                "bash", script.toString());
        assertThat(sourced.exitCode()).as(sourced.output()).isZero();
        assertThat(sourced.output()).contains("_complete_cairn").contains("-F _complete_cairn cairn");
    }

    @Test
    void completion_offers_subcommands_and_options() throws Exception {
        Path script = tmp.resolve("c.bash");
        Files.writeString(script, MainTest.run("completion").out(), StandardCharsets.UTF_8);
        // run the completion function the way bash does on <TAB>, then print what it offers
        Result words = bash("bash", "-c", "source \"$1\"; COMP_WORDS=(cairn \"$2\"); COMP_CWORD=1; COMP_LINE=\"cairn $2\";"
                + " COMP_POINT=${#COMP_LINE}; _complete_cairn; printf '%s\\n' \"${COMPREPLY[@]}\"", "bash",
                script.toString(), "");
        assertThat(words.exitCode()).as(words.output()).isZero();
        assertThat(words.output().lines()).contains("new", "completion", "help");
    }

    @Test
    void unknown_shell_is_bad_input() {
        MainTest.Run run = MainTest.run("completion", "fish");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().lines()).singleElement().asString().contains("fish");
    }

    record Result(int exitCode, String output) {}

    private Result bash(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
