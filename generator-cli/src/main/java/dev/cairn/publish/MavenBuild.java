package dev.cairn.publish;

import dev.cairn.CairnException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Runs a build command (Maven's, or a test case's own) in a folder, its output into a log file. */
final class MavenBuild {

    private MavenBuild() {}

    /**
     * @param command the command and its arguments; a first word {@code mvn} is the Maven that
     *     {@code maven.home}, {@code MAVEN_HOME} or the PATH names
     * @param dir where it runs
     * @param log where its output (stdout and stderr) goes
     * @return the exit code
     * @throws CairnException if the command cannot be started
     */
    static int run(List<String> command, Path dir, Path log) {
        List<String> resolved = new ArrayList<>(command);
        if (!resolved.isEmpty() && resolved.get(0).equals("mvn")) {
            resolved.set(0, mvn());
        }
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(resolved).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullFile())).start();
            return process.waitFor();
        } catch (IOException e) {
            throw CairnException.of("cannot run '" + String.join(" ", command) + "': " + e.getMessage(),
                    "install it or put it on the PATH");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CairnException.of("interrupted while running '" + String.join(" ", command) + "'", null);
        }
    }

    /** What a failed build's log says went wrong: its first {@code [ERROR]} line, else its last line. */
    static String reason(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .map(l -> l.replaceAll("\u001B\\[[0-9;]*m", "").strip()).filter(l -> !l.isEmpty()).toList();
            return lines.stream().filter(l -> l.startsWith("[ERROR]")).findFirst()
                    .orElse(lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static String mvn() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        String exe = windows ? "mvn.cmd" : "mvn";
        for (String home : new String[] {System.getProperty("maven.home"), System.getenv("MAVEN_HOME")}) {
            if (home != null && !home.isBlank() && !home.contains("${") && Files.isRegularFile(Path.of(home, "bin", exe))) {
                return Path.of(home, "bin", exe).toString();
            }
        }
        return exe; // the PATH's
    }

    private static File nullFile() {
        return new File(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "NUL" : "/dev/null");
    }
}
