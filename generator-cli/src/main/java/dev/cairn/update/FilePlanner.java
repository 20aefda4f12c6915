package dev.cairn.update;

import dev.cairn.template.Manifest.Ownership;
import dev.cairn.update.FileOutcome.Action;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Decides, file by file, what an update does: the pure middle of {@code cairn update}, no disk. The
 * three sides are the base (the pristine render the project started from), ours (the project) and
 * theirs (the new version's render), each already through the version's migrations.
 *
 * <p>By ownership: {@code merged} files take a side the other did not change, and are merged line by
 * line when both changed (binary files are not merged: the team's version stays); {@code template}
 * files take the template's version unless edited here, which is drift (overwritten with {@code
 * --force}, the edit kept as {@code FILE.local}); {@code seed} files are never touched once they
 * exist. A file the team deleted stays deleted unless the template changed it, which is a conflict
 * (the new version is written, so that nothing of the template's is lost).
 */
final class FilePlanner {

    /**
     * @param base the base's files
     * @param theirs the new version's files
     * @param ours the project's files among the paths of the other two (and the migrations'); a missing
     *     key is a missing file
     * @param notFiles paths where the project has something other than a regular file (a folder)
     * @param recordedDeleted the paths the answers file records as deleted by the team
     * @param ownership who owns each path
     * @param force overwrite drifted {@code template} files
     * @param oursLabel the {@code <<<<<<<} marker's name
     * @param theirsLabel the {@code >>>>>>>} marker's name
     * @param occupied whether a path is taken on disk (for choosing a free {@code FILE.local} name)
     */
    record Input(Map<String, FileVersion> base, Map<String, FileVersion> theirs, Map<String, FileVersion> ours,
            Set<String> notFiles, Set<String> recordedDeleted, Function<String, Ownership> ownership, boolean force,
            String oursLabel, String theirsLabel, Predicate<String> occupied) {}

    /**
     * @param files every path the plan decides on, mapped to its new version or to {@code null} for
     *     no file; paths not in it are left as they are
     * @param outcomes one per file the update changes or reports, in path order
     */
    record Output(TreeMap<String, FileVersion> files, List<FileOutcome> outcomes) {}

    /** One file's decision: its new version ({@code null}: none), what happened, and a local copy to keep. */
    private record Decision(FileVersion result, Action action, String detail, FileVersion keepAsLocal) {

        static Decision unchanged(FileVersion ours) {
            return new Decision(ours, null, null, null);
        }
    }

    private final Input in;
    private final TreeMap<String, FileVersion> files = new TreeMap<>();
    private final List<FileOutcome> outcomes = new ArrayList<>();
    private final Set<String> claimed = new HashSet<>();

    private FilePlanner(Input in) {
        this.in = in;
    }

    static Output plan(Input in) {
        return new FilePlanner(in).plan();
    }

    private Output plan() {
        Map<String, String> renames = Renames.detect(in.base(), in.theirs(), in.ours());
        Set<String> renamedFrom = new HashSet<>(renames.values());
        TreeSet<String> paths = new TreeSet<>(in.base().keySet());
        paths.addAll(in.theirs().keySet());
        for (String path : paths) {
            if (renamedFrom.contains(path)) {
                continue; // decided with its new path
            }
            String old = renames.get(path);
            if (old != null) {
                planRename(old, path);
            } else {
                planFile(path);
            }
        }
        outcomes.sort(Comparator.comparing(FileOutcome::path));
        return new Output(files, outcomes);
    }

    private void planFile(String path) {
        FileVersion base = in.base().get(path);
        FileVersion ours = in.ours().get(path);
        FileVersion theirs = in.theirs().get(path);
        if (in.notFiles().contains(path)) {
            if (theirs != null && !FileVersion.same(base, theirs)) {
                outcomes.add(new FileOutcome(path, Action.CONFLICT, null,
                        "the template has a file here, the project something else (a folder): left as it is"));
            }
            return;
        }
        Decision d = decide(path, base, ours, theirs);
        record(path, null, d);
    }

    /** A file the template moved from {@code old} to {@code path}: the team's version of {@code old} follows. */
    private void planRename(String old, String path) {
        FileVersion base = in.base().get(old);
        FileVersion ours = in.ours().get(old);
        FileVersion theirs = in.theirs().get(path);
        if (in.notFiles().contains(old) || in.notFiles().contains(path)) {
            planFile(old);
            planFile(path);
            return;
        }
        Decision d = decide(path, base, ours, theirs);
        if (ours == null) {
            // the team deleted the old file: the renamed one stays deleted unless the template changed it too
            String detail = d.action() == Action.CONFLICT
                    ? "you deleted " + old + "; the template moved it here and changed it: its new version is written,"
                            + " delete it again to keep it deleted"
                    : "you deleted " + old + "; the template only moved it here";
            record(path, old, new Decision(d.result(), d.action() == Action.CONFLICT ? Action.CONFLICT : Action.KEPT_DELETED,
                    detail, null));
            return;
        }
        if (d.action() == Action.DRIFT || d.action() == Action.SEED) {
            // not the template's to move: the file stays where the team has it
            record(old, null, new Decision(ours, d.action(), d.detail() + " (the template moved it to " + path + ")", null));
            return;
        }
        files.put(old, null);
        Action action = d.action() == Action.CONFLICT || d.action() == Action.OVERWRITTEN ? d.action() : Action.RENAMED;
        String how = switch (d.action() == null ? Action.RENAMED : d.action()) {
            case MERGED -> "with your edits merged";
            case KEPT -> "with your edits";
            case UPDATED -> "and updated";
            default -> d.detail();
        };
        record(path, old, new Decision(d.result(), action, how, d.keepAsLocal()));
    }

    private Decision decide(String path, FileVersion base, FileVersion ours, FileVersion theirs) {
        if (FileVersion.same(ours, theirs)) {
            return Decision.unchanged(ours);
        }
        return switch (in.ownership().apply(path)) {
            case SEED -> seed(path, base, ours, theirs);
            case TEMPLATE -> templateOwned(path, base, ours, theirs);
            case MERGED -> merged(path, base, ours, theirs);
        };
    }

    private Decision seed(String path, FileVersion base, FileVersion ours, FileVersion theirs) {
        if (ours == null && base == null && !in.recordedDeleted().contains(path)) {
            return new Decision(theirs, Action.ADDED, "a seed file: written once, yours from now on", null);
        }
        if (!FileVersion.same(base, theirs)) {
            return new Decision(ours, Action.SEED, "the template changed it; seed files are yours", null);
        }
        return Decision.unchanged(ours);
    }

    private Decision templateOwned(String path, FileVersion base, FileVersion ours, FileVersion theirs) {
        if (ours == null || FileVersion.same(ours, base)) {
            return merged(path, base, ours, theirs); // no local edit (or deleted): as for any file
        }
        if (!in.force()) {
            return new Decision(ours, Action.DRIFT, "owned by the template and edited here: left as it is;"
                    + " 'cairn update --force' overwrites it and keeps your version as " + path + ".local", null);
        }
        return new Decision(theirs, Action.OVERWRITTEN, null, ours);
    }

    private Decision merged(String path, FileVersion base, FileVersion ours, FileVersion theirs) {
        if (FileVersion.same(ours, base)) {
            if (theirs == null) {
                return new Decision(null, Action.REMOVED, null, null);
            }
            if (ours == null) {
                return in.recordedDeleted().contains(path)
                        ? new Decision(null, Action.KEPT_DELETED, "recorded as deleted in .cairn/answers.yaml", null)
                        : new Decision(theirs, Action.ADDED, null, null);
            }
            return new Decision(theirs, Action.UPDATED, null, null);
        }
        if (FileVersion.same(theirs, base)) {
            return ours == null ? new Decision(null, Action.KEPT_DELETED, null, null) : new Decision(ours, Action.KEPT, null, null);
        }
        if (ours == null) {
            return new Decision(theirs, Action.CONFLICT, "you deleted it; the template changed it: its new version is"
                    + " written, delete it again to keep it deleted", null);
        }
        if (theirs == null) {
            return new Decision(ours, Action.CONFLICT, "the template removed it; you changed it: yours is kept,"
                    + " delete it if you agree", null);
        }
        boolean baseExecutable = base != null ? base.executable() : ours.executable();
        boolean executable = theirs.executable() != baseExecutable ? theirs.executable() : ours.executable();
        if (ours.sameContent(theirs) || (base != null && ours.sameContent(base))) {
            return new Decision(new FileVersion(theirs.content(), executable), Action.UPDATED, null, null);
        }
        if (base != null && theirs.sameContent(base)) {
            FileVersion kept = new FileVersion(ours.content(), executable);
            return new Decision(kept, kept.same(ours) ? Action.KEPT : Action.UPDATED, null, null);
        }
        String both = base == null ? "added on both sides" : "changed on both sides";
        if (ours.isBinary() || theirs.isBinary() || (base != null && base.isBinary())) {
            return new Decision(ours, Action.CONFLICT, "binary, " + both + ": yours is kept; the template's version"
                    + " is in .cairn/pristine.zip", null);
        }
        ThreeWayMerge.Result merge = ThreeWayMerge.merge(base == null ? new byte[0] : base.content(), ours.content(),
                theirs.content(), in.oursLabel(), in.theirsLabel());
        FileVersion result = new FileVersion(merge.content(), executable);
        if (merge.hasConflicts()) {
            return new Decision(result, Action.CONFLICT, both + ": " + merge.conflicts()
                    + (merge.conflicts() == 1 ? " conflict" : " conflicts") + " marked <<<<<<< " + in.oursLabel()
                    + " ... >>>>>>> " + in.theirsLabel() + "; resolve and remove the markers", null);
        }
        return new Decision(result, Action.MERGED, null, null);
    }

    private void record(String path, String from, Decision d) {
        files.put(path, d.result());
        claimed.add(path);
        String detail = d.detail();
        if (d.keepAsLocal() != null) {
            String local = freeName(path + ".local");
            files.put(local, d.keepAsLocal());
            claimed.add(local);
            detail = (detail == null ? "" : detail + "; ") + "your version is kept as " + local;
        }
        if (d.action() != null) {
            outcomes.add(new FileOutcome(path, d.action(), from, detail));
        }
    }

    private String freeName(String name) {
        String candidate = name;
        for (int n = 2; claimed.contains(candidate) || in.occupied().test(candidate) || in.ours().containsKey(candidate); n++) {
            candidate = name + "." + n;
        }
        return candidate;
    }

    /** The paths of a plan's files that end up absent, among {@code among}. */
    static List<String> absent(Map<String, FileVersion> files, Map<String, FileVersion> ours, Collection<String> among) {
        List<String> absent = new ArrayList<>();
        for (String path : among) {
            FileVersion after = files.containsKey(path) ? files.get(path) : ours.get(path);
            if (after == null) {
                absent.add(path);
            }
        }
        return absent;
    }
}
