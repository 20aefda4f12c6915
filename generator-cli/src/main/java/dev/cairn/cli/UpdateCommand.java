package dev.cairn.cli;

import dev.cairn.generate.OutputBudget;
import dev.cairn.generate.RenderOptions;
import dev.cairn.template.TemplateSources;
import dev.cairn.update.UpdateResult;
import dev.cairn.update.Updater;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cairn update}: the project brought to a newer version of its template by a 3-way merge.
 * Exit 0: updated (or nothing to do). 1: conflicts or drift to resolve (the rest is written). 2: bad
 * input or a dirty work tree; nothing written.
 */
@Command(name = "update", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Bring the project to a newer version of its template: a 3-way merge of the pristine render it started from,"
                    + " the project as it is, and the new version, file by file. Never loses an edit: where both sides"
                    + " changed the same lines, git-style conflict markers.",
            "Exit 0: updated. 1: conflicts or drift left to resolve. 2: bad input; nothing written."})
final class UpdateCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "DIR", description = "The project folder (default: the current one).")
    Path dir = Path.of(".");

    @Option(names = "--to", paramLabel = "VERSION", description = "The version to update to (default: the newest).")
    String version;

    @Option(names = "--dry-run", description = "Report what would change; write nothing.")
    boolean dryRun;

    @Option(names = "--allow-dirty", description = "Update even when the git work tree has uncommitted changes.")
    boolean allowDirty;

    @Option(names = "--force", description = "Overwrite template-owned files edited here, keeping each edit as FILE.local.")
    boolean force;

    @Option(names = "-D", paramLabel = "name=value", description = "An answer: for a parameter the new version adds, or to change one.")
    Map<String, String> values = new LinkedHashMap<>();

    @Option(names = "--with", paramLabel = "OVERLAY", split = ",", description = "Overlays to add, e.g. --with docker.")
    List<String> overlays = new ArrayList<>();

    @Option(names = "--from", paramLabel = "TEMPLATE", description = "Take the template from here instead of the recorded source (it moved).")
    String from;

    @Option(names = "--non-interactive", description = "Never prompt; new parameters take their defaults.")
    boolean nonInteractive;

    @Option(names = "--trust", description = "Allow reflection in templates.")
    boolean trust;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    OutputFormat format = OutputFormat.text;

    @Mixin
    MavenSettingsOptions maven;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path cwd = Path.of("").toAbsolutePath();
        Path project = cwd.resolve(dir).normalize();
        Updater.Request request = new Updater.Request(project, shownAs(dir),  version,
                from == null ? null : TemplateSources.resolve(from, cwd, maven.files()), values, overlays,
                nonInteractive ? null : ConsolePrompter.forTerminal(), dryRun, allowDirty, force,
                new RenderOptions(trust, OutputBudget.DEFAULT_LIMIT), maven.files());
        UpdateResult result = new Updater().update(request);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == OutputFormat.json ? Json.write(result.toMap()) + System.lineSeparator() : result.text());
        out.flush();
        return result.needsAttention() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** How messages name the project folder: nothing for the current one, else the folder as typed with a slash. */
    static String shownAs(Path dir) {
        String typed = dir.toString();
        if (typed.isEmpty() || typed.equals(".") || typed.equals("./")) {
            return "";
        }
        return typed.endsWith("/") ? typed : typed + "/";
    }
}
