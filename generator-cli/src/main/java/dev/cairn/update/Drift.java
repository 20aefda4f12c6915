package dev.cairn.update;

import dev.cairn.CairnException;
import dev.cairn.generate.RenderOptions;
import dev.cairn.template.MavenSettingsFiles;
import dev.cairn.template.Template;
import dev.cairn.template.TemplateLoader;
import dev.cairn.template.TemplateSource;
import dev.cairn.template.TemplateSources;
import dev.cairn.template.TemplateVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code cairn diff}: how far a project has moved from its template. Its local changes against the
 * pristine render of its recorded version, how many versions it is behind the newest, and with a
 * target version what that version would change and what an update would do. Writes nothing.
 */
public final class Drift {

    /**
     * @param project the project folder
     * @param shownAs how messages name it ({@code ""} for the current folder, else ending in {@code /})
     * @param toVersion the version to compare with, or {@code null} for the local changes only
     * @param needNewest whether not finding the newest version is an error ({@code --fail-behind})
     * @param options sandbox and limits of the render
     * @param settings the Maven settings through which a Maven source is found
     */
    public record Request(Path project, String shownAs, String toVersion, boolean needNewest, RenderOptions options,
            MavenSettingsFiles settings) {

        /** A request that finds a Maven source through Maven's default settings files. */
        public Request(Path project, String shownAs, String toVersion, boolean needNewest, RenderOptions options) {
            this(project, shownAs, toVersion, needNewest, options, MavenSettingsFiles.defaults());
        }
    }

    private final Function<TemplateSource, Template> loader;
    private final Updater updater;

    public Drift() {
        this(TemplateLoader::load);
    }

    Drift(Function<TemplateSource, Template> loader) {
        this.loader = loader;
        this.updater = new Updater(loader, ProjectWriter.REAL);
    }

    /**
     * @throws CairnException for a project without answers file, an unknown version, or (with
     *     {@code needNewest}) a source that cannot be read
     */
    public DriftReport diff(Request request) {
        RecordedProject project = RecordedProject.read(request.project(), request.shownAs());
        String newest = null;
        String note = null;
        try {
            newest = newest(TemplateSources.resolve(project.source(), request.project(), request.settings()));
        } catch (CairnException e) {
            if (request.needNewest()) {
                throw e;
            }
            note = "newest version unknown: " + e.userLine();
        }
        Map<String, FileVersion> base;
        Updater.Plan plan = null;
        if (request.toVersion() != null) {
            plan = updater.plan(new Updater.Request(request.project(), request.shownAs(), request.toVersion(), null, Map.of(),
                    List.of(), null, true, true, false, request.options(), request.settings()));
        }
        if (project.pristine() != null) {
            base = new TreeMap<>();
            project.pristine().files().forEach((path, content) ->
                    base.put(path, new FileVersion(content, project.pristine().isExecutable(path))));
        } else if (plan != null) {
            base = plan.base();
        } else {
            // no snapshot: the base is the recorded version rendered again, as update would
            base = updater.plan(new Updater.Request(request.project(), request.shownAs(), project.version(), null, Map.of(),
                    List.of(), null, true, true, false, request.options(), request.settings())).base();
        }
        Map<String, FileVersion> disk = WorkTree.read(request.project(), base.keySet()).files();
        List<FileDiff> local = FileDiff.between(base, disk, true);
        List<FileDiff> incoming = plan == null ? List.of() : FileDiff.between(plan.base(), plan.theirs(), false);
        int behind = project.version() == null || newest == null ? 0 : TemplateVersion.minorsBehind(project.version(), newest);
        return new DriftReport(project.id(), project.source(), project.version(), newest, behind, note, local,
                plan == null ? null : plan.template().version(), incoming, plan == null ? null : plan.result());
    }

    /** The newest version the source offers: the last of its versions, or the version of its current content. */
    private String newest(TemplateSource source) {
        List<String> versions = source.versions();
        return versions.isEmpty() ? loader.apply(source).version() : versions.get(versions.size() - 1);
    }
}
