package dev.cairn.cli;

import dev.cairn.CairnException;
import dev.cairn.playbook.Checklists;
import dev.cairn.playbook.Item;
import dev.cairn.playbook.Playbook;
import dev.cairn.playbook.PlaybookCatalog;
import dev.cairn.playbook.PlaybookEvaluator;
import dev.cairn.playbook.PlaybookStatus;
import dev.cairn.playbook.Project;
import dev.cairn.playbook.Signoff;
import dev.cairn.playbook.Signoffs;
import dev.cairn.playbook.StatusFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cairn playbook}: checklists that verify themselves where they can and record sign-offs where they cannot.
 * Each subcommand reads the playbooks the project in {@code --dir} sees (bundled, cairn.yaml's
 * {@code playbook-sources}, {@code .cairn/playbooks/}).
 */
@Command(name = "playbook", mixinStandardHelpOptions = true,
        description = "Playbooks: checklists for a project, verified by Cairn where they can be and signed off by people where not.",
        subcommands = {PlaybookCommand.ListPlaybooks.class, PlaybookCommand.Show.class, PlaybookCommand.Status.class,
            PlaybookCommand.Sign.class, PlaybookCommand.Render.class})
final class PlaybookCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** The project folder option every subcommand has. */
    static class ProjectOption {
        @Option(names = "--dir", paramLabel = "DIR", description = "The project folder (default: the current one).")
        Path dir = Path.of(".");

        Project project() {
            return Project.at(dir);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the playbooks this project can use, where each comes from, and which cairn.yaml attaches.")
    static final class ListPlaybooks extends ProjectOption implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Project project = project();
            PlaybookCatalog catalog = PlaybookCatalog.of(project);
            List<String> followed = project.config().playbooks();
            Table table = new Table("").row("PLAYBOOK", "VERSION", "ITEMS", "FOLLOWED", "FROM", "TITLE");
            for (Playbook playbook : catalog.all()) {
                long manual = playbook.items().stream().filter(Item::manual).count();
                table.row(playbook.id(), playbook.version(), playbook.items().size() - manual + " auto, " + manual + " manual",
                        followed.contains(playbook.id()) ? "yes" : "-", playbook.origin(), playbook.title());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(table.render());
            out.println();
            out.println("Run 'cairn playbook show ID' for a checklist; attach playbooks in cairn.yaml (playbooks: [ID, ...]).");
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a playbook's checklist: sections, items, how each is checked.")
    static final class Show extends ProjectOption implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", description = "The playbook's id.")
        String id;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            spec.commandLine().getOut().print(Checklists.text(PlaybookCatalog.of(project()).get(id)));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Evaluate playbooks on the project: every item passed, failed, signed, awaiting sign-off, stale or not "
                    + "applicable, with progress per section and overall.",
                "Without ID: the playbooks cairn.yaml attaches (playbooks: [...]).",
                "Exit 0; with --require, 1 when a required item is failed, not signed off, or signed for older words. 2: bad input."})
    static final class Status extends ProjectOption implements Callable<Integer> {
        @Parameters(paramLabel = "ID", arity = "0..*", description = "Playbook ids (default: those cairn.yaml attaches).")
        List<String> ids = new ArrayList<>();

        @Option(names = "--require", description = "Exit 1 unless every required item passed or is signed off.")
        boolean require;

        @Option(names = "--format", paramLabel = "FORMAT", description = "text, markdown, json or junit (default: text).")
        String format = "text";

        @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE, and a summary to standard output.")
        Path output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            StatusFormat statusFormat = StatusFormat.parse(format);
            Project project = project();
            PlaybookCatalog catalog = PlaybookCatalog.of(project);
            List<Playbook> playbooks = new ArrayList<>();
            if (ids.isEmpty()) {
                playbooks.addAll(catalog.followedBy(project));
                if (playbooks.isEmpty()) {
                    throw CairnException.of("no playbook to evaluate: cairn.yaml attaches none",
                            "name one (cairn playbook status service-readiness) or attach it in cairn.yaml: playbooks: [service-readiness]");
                }
            } else {
                ids.forEach(id -> playbooks.add(catalog.get(id)));
            }
            PlaybookEvaluator evaluator = PlaybookEvaluator.on(project);
            List<PlaybookStatus> statuses = new ArrayList<>();
            for (Playbook playbook : playbooks) {
                statuses.add(evaluator.evaluate(playbook));
            }
            String report = statusFormat.render(statuses);
            StringBuilder summary = new StringBuilder();
            statuses.forEach(status -> summary.append(StatusFormat.summary(status)).append('\n'));
            ReportOutput.write(spec.commandLine().getOut(), report, output, summary.toString());
            boolean unmet = statuses.stream().anyMatch(status -> !status.unmet().isEmpty());
            return require && unmet ? ExitCodes.FINDINGS : ExitCodes.OK;
        }
    }

    @Command(name = "sign", mixinStandardHelpOptions = true,
            description = {"Sign off a manual item: appends who, when, the playbook's version and the item's words' fingerprint "
                    + "to .cairn/signoffs.yaml (commit it).", "Automatically verified items cannot be signed (exit 2)."})
    static final class Sign extends ProjectOption implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "PLAYBOOK", description = "The playbook's id.")
        String playbookId;

        @Parameters(index = "1", paramLabel = "ITEM", description = "The item's id ('cairn playbook show PLAYBOOK' lists them).")
        String itemId;

        @Option(names = "--by", paramLabel = "NAME", required = true, description = "Who signs off.")
        String by;

        @Option(names = "--note", paramLabel = "TEXT", description = "Why it holds: a link, a ticket, what was checked.")
        String note;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Project project = project();
            Playbook playbook = PlaybookCatalog.of(project).get(playbookId);
            Item item = playbook.item(itemId).orElseThrow(() -> CairnException.of("playbook " + playbookId + " has no item '" + itemId + "'",
                    "its items are " + String.join(", ", playbook.items().stream().map(Item::id).toList())));
            Signoff signoff = Signoffs.sign(project.root(), playbook, item, by, note, Instant.now());
            spec.commandLine().getOut().println("Signed off " + playbook.id() + " / " + item.id() + " by " + signoff.by() + " at "
                    + signoff.at() + " (playbook " + playbook.version() + ") in " + Signoffs.PATH + ": commit it.");
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "render", mixinStandardHelpOptions = true,
            description = "Render a playbook as a Markdown task list, for an issue or pull-request template (GitHub, GitLab).")
    static final class Render extends ProjectOption implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", description = "The playbook's id.")
        String id;

        @Option(names = "--format", paramLabel = "FORMAT", description = "markdown (the only one, and the default).")
        String format = "markdown";

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (!format.equalsIgnoreCase("markdown")) {
                throw CairnException.of("unknown format '" + format + "' for render", "use --format markdown");
            }
            spec.commandLine().getOut().print(Checklists.markdown(PlaybookCatalog.of(project()).get(id)));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
