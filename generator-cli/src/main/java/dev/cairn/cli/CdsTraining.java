package dev.cairn.cli;

import dev.cairn.update.ThreeWayMerge;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * The launcher's class-data training run (see {@code ./cairn}): the JVM that dumps the archive loads
 * what it runs, so one run does what users wait on: {@code new}, then {@code diff} and {@code update}
 * (a work tree's status, a merge, an all-or-nothing write) on the project just made. Without the second
 * part an update loaded about a thousand classes from the jars on every run.
 *
 * <p>Not a command: {@code java -XX:ArchiveClassesAtExit=... -cp ... dev.cairn.cli.CdsTraining new
 * TEMPLATE --dir DIR ...}, the arguments of a {@code cairn new} that writes into {@code DIR}.
 */
public final class CdsTraining {

    private CdsTraining() {}

    public static void main(String[] args) throws IOException, GitAPIException {
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        if (Main.execute(quiet, quiet, args) != ExitCodes.OK) {
            return;
        }
        int dir = Arrays.asList(args).indexOf("--dir");
        if (dir < 0 || dir + 1 >= args.length) {
            return;
        }
        Path project = Path.of(args[dir + 1]);
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("training").setAuthor("cairn", "cairn@localhost")
                    .setCommitter("cairn", "cairn@localhost").setSign(false).call();
        }
        // a clean work tree: update reads its status
        Main.execute(quiet, quiet, "update", "--dir", project.toString(), "--non-interactive");
        Path pom = project.resolve("pom.xml");
        if (Files.isRegularFile(pom)) {
            Files.writeString(pom, Files.readString(pom, StandardCharsets.UTF_8) + "<!-- a local edit -->\n",
                    StandardCharsets.UTF_8);
        }
        Main.execute(quiet, quiet, "diff", "--dir", project.toString());
        Main.execute(quiet, quiet, "update", "--dir", project.toString(), "--dry-run", "--format", "json");
        ThreeWayMerge.merge("a\nb\nc\n", "a\nB\nc\n", "a\nb\nC\n");
        ThreeWayMerge.merge("a\n", "b\n", "c\n");
    }
}
