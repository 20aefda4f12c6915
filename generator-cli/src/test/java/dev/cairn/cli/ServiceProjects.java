package dev.cairn.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The bundled service template generated in-process, as {@code cairn new service} does it. */
final class ServiceProjects {

    private ServiceProjects() {}

    /**
     * Generates {@code com.acme:orders} into a new folder.
     *
     * @param properties further {@code -Dname=value} arguments
     * @return {@code dir}
     * @throws AssertionError if {@code cairn new} does not exit 0, with what it printed
     */
    static Path generate(Path dir, List<String> properties) {
        List<String> args = new ArrayList<>(List.of("new", "service", "-DgroupId=com.acme", "-DartifactId=orders"));
        args.addAll(properties);
        args.addAll(List.of("--dir", dir.toString(), "--non-interactive"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        if (exit != 0) {
            throw new AssertionError("cairn " + String.join(" ", args) + " exited " + exit + ":\n" + out + err);
        }
        return dir;
    }
}
