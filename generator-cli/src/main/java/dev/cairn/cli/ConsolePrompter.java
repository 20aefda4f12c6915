package dev.cairn.cli;

import dev.cairn.generate.Prompter;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * Asks for a missing value on the terminal: the name, its help, its choices, its default (Enter
 * accepts it), and why the last answer was refused. Checking answers is not its business: the
 * caller checks and asks again.
 */
final class ConsolePrompter implements Prompter {

    private final BufferedReader in;
    private final PrintWriter out;
    private boolean introduced;

    /**
     * @param in where answers are read, one per line
     * @param out where questions go (the terminal, not standard output, so that {@code --format json}
     *     output stays clean)
     */
    ConsolePrompter(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    /** A prompter on this process's terminal, or {@code null} when there is none (CI, a pipe). */
    static Prompter forTerminal() {
        Console console = System.console();
        return console == null ? null : new ConsolePrompter(new BufferedReader(console.reader()), console.writer());
    }

    @Override
    public String ask(String name, String help, String defaultValue, List<String> choices, String error) {
        if (!introduced) {
            out.println("Some values are missing; answer below (Enter takes the [default], Ctrl-D stops).");
            introduced = true;
        }
        if (error == null) {
            out.println();
            out.println(help != null && !help.isBlank() ? name + ": " + help.strip() : name);
            if (!choices.isEmpty()) {
                out.println("  one of: " + String.join(", ", choices));
            }
        } else {
            out.println("  not accepted: " + error);
        }
        out.print("  " + name + (defaultValue != null ? " [" + defaultValue + "]" : "") + ": ");
        out.flush();
        String line;
        try {
            line = in.readLine();
        } catch (IOException e) {
            line = null;
        }
        if (line == null) {
            out.println(); // input ended: leave the cursor on a fresh line for the error that follows
            out.flush();
            return null;
        }
        String answer = line.strip();
        return answer.isEmpty() && defaultValue != null ? defaultValue : answer;
    }
}
