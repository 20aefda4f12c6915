package dev.cairn.update;

import dev.cairn.CairnException;
import dev.cairn.generate.AnswerResolver;
import dev.cairn.generate.Answers;
import dev.cairn.generate.AnswersFile;
import dev.cairn.generate.ArchetypeProperties;
import dev.cairn.generate.PristineSnapshot;
import dev.cairn.generate.Prompter;
import dev.cairn.generate.RecordedAnswers;
import dev.cairn.generate.Render;
import dev.cairn.generate.RenderOptions;
import dev.cairn.generate.RenderedTree;
import dev.cairn.generate.TemplateEngine;
import dev.cairn.template.Manifest;
import dev.cairn.template.MavenSettingsFiles;
import dev.cairn.template.Template;
import dev.cairn.template.TemplateLoader;
import dev.cairn.template.TemplateSource;
import dev.cairn.template.TemplateSources;
import dev.cairn.template.TemplateVersion;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * {@code cairn update}: brings a project to a newer version of its template by a 3-way merge that
 * never loses an edit.
 *
 * <ol>
 *   <li>base: the pristine render the project started from ({@code .cairn/pristine.zip}; without it,
 *       the recorded version rendered again with the recorded answers);</li>
 *   <li>theirs: the new version rendered with the recorded answers, the new parameters' defaults (or
 *       answers, when asked) and the overlays that apply;</li>
 *   <li>ours: the project on disk;</li>
 *   <li>the new version's migrations applied to ours and base, then {@link FilePlanner} decides each
 *       file, and {@link ProjectWriter} writes all of it or nothing, the answers file and the new
 *       snapshot last.</li>
 * </ol>
 */
public final class Updater {

    /** The marker name of the project's side of a conflict. */
    static final String OURS_LABEL = "project";

    /**
     * @param project the project folder
     * @param shownAs how messages name the project folder: {@code ""} for the current one, else the
     *     folder as typed, ending in {@code /}
     * @param toVersion the version to update to, or {@code null} for the newest
     * @param from another source for the template (it moved), or {@code null} for the recorded one
     * @param values answers given now ({@code -D}), overriding the recorded ones; never {@code null}
     * @param overlays overlays to add ({@code --with}); never {@code null}
     * @param prompter asks for new parameters, or {@code null} when not interactive (defaults then)
     * @param dryRun plan and report, write nothing
     * @param allowDirty update a git work tree with uncommitted changes
     * @param force overwrite drifted template-owned files, keeping them as {@code FILE.local}
     * @param options sandbox and limits of the render
     * @param settings the Maven settings through which a Maven source is found (the recorded one, or {@code from})
     */
    public record Request(Path project, String shownAs, String toVersion, TemplateSource from, Map<String, String> values,
            List<String> overlays, Prompter prompter, boolean dryRun, boolean allowDirty, boolean force,
            RenderOptions options, MavenSettingsFiles settings) {

        /** A request that finds a Maven source through Maven's default settings files. */
        public Request(Path project, String shownAs, String toVersion, TemplateSource from, Map<String, String> values,
                List<String> overlays, Prompter prompter, boolean dryRun, boolean allowDirty, boolean force,
                RenderOptions options) {
            this(project, shownAs, toVersion, from, values, overlays, prompter, dryRun, allowDirty, force, options,
                    MavenSettingsFiles.defaults());
        }
    }

    /** The three sides and what to write, for {@link Drift} as well. */
    record Plan(RecordedProject project, Template template, Map<String, FileVersion> base, Map<String, FileVersion> theirs,
            Map<String, FileVersion> ours, Map<String, FileVersion> changes, UpdateResult result) {}

    private final Function<TemplateSource, Template> loader;
    private final ProjectWriter writer;

    public Updater() {
        this(TemplateLoader::load, ProjectWriter.REAL);
    }

    /** With another loader or disk: tests. */
    Updater(Function<TemplateSource, Template> loader, ProjectWriter.Disk disk) {
        this.loader = loader;
        this.writer = new ProjectWriter(disk);
    }

    /**
     * @return what was done (or would be, for a dry run); {@link UpdateResult#needsAttention()} when a
     *     file has conflicts or drift
     * @throws CairnException for bad input (no answers file, an unknown version, a dirty work tree, a
     *     recorded answer the new version refuses) or a failed write; nothing is written then
     */
    public UpdateResult update(Request request) {
        Plan plan = plan(request);
        if (request.dryRun()) {
            return plan.result();
        }
        writer.write(request.project(), plan.changes());
        return plan.result();
    }

    Plan plan(Request request) {
        Path root = request.project();
        RecordedProject project = RecordedProject.read(root, request.shownAs());
        if (!request.dryRun() && !request.allowDirty()) {
            GitWorkTree.refuseUncommittedChanges(root, request.shownAs());
        }
        TemplateSource source = request.from() != null ? request.from()
                : TemplateSources.resolve(project.source(), root, request.settings());
        Template template = target(source, request.toVersion(), project);
        Map<String, FileVersion> base = files(base(project, source, request.options()));

        List<UpdateResult.Change> parameters = new ArrayList<>();
        List<UpdateResult.Change> overlays = new ArrayList<>();
        TemplateEngine engine = Render.engine(template, request.options());
        Answers answers = answers(template, project, request, engine, parameters, overlays);
        RenderOptions options = request.options().withBasedir(parentOf(root));
        RenderedTree theirsTree = Render.render(template, answers, options, engine);
        Map<String, FileVersion> theirs = files(theirsTree);

        List<Migrations.Step> steps = Migrations.between(template.manifest(), project.version(), template.version(),
                answers.properties());
        Set<String> paths = new TreeSet<>(base.keySet());
        paths.addAll(theirs.keySet());
        paths.addAll(project.deleted());
        for (Migrations.Step step : steps) {
            paths.addAll(step.paths());
        }
        WorkTree disk = WorkTree.read(root, paths);
        TreeMap<String, FileVersion> ours = new TreeMap<>(disk.files());
        List<Migrations.Step> migrated = Migrations.apply(steps, ours, request.shownAs());
        Migrations.apply(steps, base, "(pristine " + project.version() + ") ");
        Set<String> deleted = new HashSet<>(Migrations.movePaths(steps, project.deleted()));

        Manifest manifest = template.manifest();
        FilePlanner.Output planned = FilePlanner.plan(new FilePlanner.Input(base, theirs, ours, disk.notFiles(), deleted,
                manifest == null ? path -> Manifest.Ownership.MERGED : manifest::ownership, request.force(), OURS_LABEL,
                template.id() + (template.version() != null ? " " + template.version() : ""),
                path -> Files.exists(root.resolve(path), LinkOption.NOFOLLOW_LINKS)));
        List<FileOutcome> outcomes = withMigrations(planned, migrated, disk.files(), ours);

        Map<String, FileVersion> changes = changes(disk, ours, planned.files());
        List<String> nowDeleted = FilePlanner.absent(planned.files(), ours, theirs.keySet());
        byte[] answersFile = RecordedAnswers.write(template, answers, RecordedAnswers.secrets(template, answers, engine),
                nowDeleted);
        byte[] snapshot = PristineSnapshot.write(theirsTree);
        boolean versionChanges = !changes.isEmpty() || !parameters.isEmpty() || !overlays.isEmpty()
                || !java.util.Objects.equals(project.version(), template.version());
        if (versionChanges || project.pristine() == null) {
            changes.put(PristineSnapshot.PATH, new FileVersion(snapshot, false));
        }
        if (versionChanges) {
            changes.put(RecordedAnswers.PATH, new FileVersion(answersFile, false)); // last: the version moves once all is written
        }
        List<String> migrationLines = new ArrayList<>();
        for (Migrations.Step step : migrated) {
            migrationLines.add(step.describe());
        }
        UpdateResult result = new UpdateResult(template.id(), template.source().describe(), project.version(),
                template.version(), outcomes, parameters, overlays, migrationLines, request.dryRun(),
                !request.dryRun() && !changes.isEmpty());
        return new Plan(project, template, base, theirs, ours, changes, result);
    }

    /** The version to update to: {@code toVersion} of the source, else its newest. */
    private Template target(TemplateSource source, String toVersion, RecordedProject project) {
        Template template;
        if (toVersion != null) {
            template = loader.apply(source.atVersion(toVersion));
            if (template.version() == null || TemplateVersion.compare(template.version(), toVersion) != 0) {
                throw CairnException.of(source.displayName() + " is at version " + template.version() + ", not " + toVersion,
                        "a folder, jar or bundled template offers only its current version; update to it without --to");
            }
        } else {
            List<String> versions = source.versions();
            template = loader.apply(versions.isEmpty() ? source : source.atVersion(versions.get(versions.size() - 1)));
        }
        if (project.version() != null && template.version() != null
                && TemplateVersion.compare(template.version(), project.version()) < 0) {
            throw new CairnException(project.answersShownAs(), 0, "the project follows " + project.id() + " "
                    + project.version() + ", newer than " + template.version(),
                    "Cairn updates forward only: migrations cannot be undone");
        }
        return template;
    }

    /** The pristine render the project started from: its snapshot, or the recorded version rendered again. */
    private RenderedTree base(RecordedProject project, TemplateSource source, RenderOptions options) {
        if (project.pristine() != null) {
            return project.pristine();
        }
        if (project.version() == null) {
            throw new CairnException(project.answersShownAs(), 0, "no " + PristineSnapshot.PATH
                    + " and no template version recorded: nothing to take as the base of the merge",
                    "restore " + PristineSnapshot.PATH + " from version control");
        }
        Template old = loader.apply(source.atVersion(project.version()));
        if (old.version() == null || TemplateVersion.compare(old.version(), project.version()) != 0) {
            throw new CairnException(project.answersShownAs(), 0, "no " + PristineSnapshot.PATH + ", and "
                    + source.displayName() + " no longer has version " + project.version() + " (it is at " + old.version()
                    + ") to render the base from", "restore " + PristineSnapshot.PATH + " from version control");
        }
        TemplateEngine engine = Render.engine(old, options);
        Answers answers = AnswerResolver.resolve(old, new AnswerResolver.Input(Map.of(), project.answers(), List.of(), null),
                engine);
        return Render.render(old, answers, options.withBasedir(parentOf(project.root())), engine);
    }

    /**
     * The recorded answers as the new version takes them: answers it no longer declares dropped, new
     * parameters asked for (or their defaults), overlays that no longer exist dropped; what changed is
     * added to {@code parameters} and {@code overlays}.
     */
    private static Answers answers(Template template, RecordedProject project, Request request, TemplateEngine engine,
            List<UpdateResult.Change> parameters, List<UpdateResult.Change> overlays) {
        Set<String> declared = new LinkedHashSet<>();
        for (ArchetypeProperties.Declared d : ArchetypeProperties.declared(template)) {
            declared.add(d.key());
        }
        AnswersFile recorded = project.answers();
        Map<String, AnswersFile.Value> kept = new LinkedHashMap<>();
        recorded.values().forEach((key, value) -> {
            if (declared.contains(key)) {
                kept.put(key, value);
            } else {
                parameters.add(new UpdateResult.Change(key, value.text(), "removed"));
            }
        });
        Set<String> known = template.manifest() == null ? Set.of() : template.manifest().overlays().keySet();
        List<AnswersFile.Value> keptOverlays = new ArrayList<>();
        Set<String> recordedOverlays = new HashSet<>();
        for (AnswersFile.Value overlay : recorded.overlays()) {
            recordedOverlays.add(overlay.text());
            if (known.contains(overlay.text())) {
                keptOverlays.add(overlay);
            } else {
                overlays.add(new UpdateResult.Change(overlay.text(), null, "removed"));
            }
        }
        Map<String, String> given = new LinkedHashMap<>(request.values());
        Map<String, String> how = new LinkedHashMap<>();
        for (String key : declared) {
            if (kept.containsKey(key)) {
                continue;
            }
            if (given.containsKey(key)) {
                how.put(key, "added, given");
                continue;
            }
            String asked = AnswerResolver.askFor(template, key, request.prompter());
            if (asked != null) {
                given.put(key, asked);
                how.put(key, "added, asked");
            } else {
                how.put(key, "added, default");
            }
        }
        Answers answers = AnswerResolver.resolve(template, new AnswerResolver.Input(given,
                new AnswersFile(recorded.file(), kept, keptOverlays), request.overlays(), null), engine);
        how.forEach((key, what) -> parameters.add(new UpdateResult.Change(key, answers.get(key), what)));
        for (String overlay : answers.overlays()) {
            if (!recordedOverlays.contains(overlay)) {
                overlays.add(new UpdateResult.Change(overlay, null, "applies"));
            }
        }
        return answers;
    }

    /** A render's files, Cairn's own records aside. */
    private static TreeMap<String, FileVersion> files(RenderedTree tree) {
        TreeMap<String, FileVersion> files = new TreeMap<>();
        tree.files().forEach((path, content) -> {
            if (!PristineSnapshot.isCairns(path)) {
                files.put(path, new FileVersion(content, tree.isExecutable(path)));
            }
        });
        return files;
    }

    /**
     * The plan's outcomes, with what the migrations did: a moved file is reported as renamed, a file
     * only a migration changed as migrated.
     */
    private static List<FileOutcome> withMigrations(FilePlanner.Output planned, List<Migrations.Step> migrated,
            Map<String, FileVersion> disk, Map<String, FileVersion> ours) {
        Map<String, FileOutcome> byPath = new TreeMap<>();
        for (FileOutcome outcome : planned.outcomes()) {
            byPath.put(outcome.path(), outcome);
        }
        for (Migrations.Step step : migrated) {
            boolean move = step.migration().step() == Manifest.Migration.Step.MOVE;
            String path = move ? step.to() : step.file();
            FileOutcome outcome = byPath.get(path);
            FileVersion after = planned.files().containsKey(path) ? planned.files().get(path) : ours.get(path);
            if (after == null) {
                continue;
            }
            if (move) {
                if (outcome == null || !outcome.action().needsAttention()) {
                    String detail = outcome == null ? "by a migration" : "by a migration; " + outcome.action().label();
                    byPath.put(path, new FileOutcome(path, FileOutcome.Action.RENAMED, step.from(), detail));
                } else {
                    byPath.put(path, new FileOutcome(path, outcome.action(), step.from(), outcome.detail()));
                }
            } else if (outcome == null && !FileVersion.same(after, disk.get(path))) {
                byPath.put(path, new FileOutcome(path, FileOutcome.Action.MIGRATED, null, step.describe()));
            }
        }
        return new ArrayList<>(byPath.values());
    }

    /** What to write: every path whose new version differs from the disk's, in path order. */
    private static Map<String, FileVersion> changes(WorkTree disk, Map<String, FileVersion> ours,
            Map<String, FileVersion> planned) {
        Set<String> paths = new TreeSet<>(disk.files().keySet());
        paths.addAll(ours.keySet());
        paths.addAll(planned.keySet());
        Map<String, FileVersion> changes = new LinkedHashMap<>();
        for (String path : paths) {
            if (disk.notFiles().contains(path)) {
                continue;
            }
            FileVersion after = planned.containsKey(path) ? planned.get(path) : ours.get(path);
            if (!FileVersion.same(after, disk.files().get(path))) {
                changes.put(path, after);
            }
        }
        return changes;
    }

    private static String parentOf(Path root) {
        Path parent = root.toAbsolutePath().normalize().getParent();
        return parent == null ? null : parent.toString();
    }
}
