package dev.cairn.update;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.diff.SimilarityIndex;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectLoader;

/**
 * Files the template renamed between two versions without a migration saying so: a file gone from
 * the new version and a new file at least half alike, scored as git scores renames (JGit's
 * {@link SimilarityIndex}, git's default threshold of 50%). Binary files pair only when identical.
 */
final class Renames {

    /** git's default rename threshold ({@code diff.renames}, {@code -M50%}). */
    static final int THRESHOLD = 50;

    /** Beyond this many pairs to score, only identical files pair: scoring is quadratic. */
    private static final long MAX_SCORED_PAIRS = 250_000;

    private Renames() {}

    /**
     * @param base the old version's files
     * @param theirs the new version's files
     * @param ours the project's files: a new path the project already has is not a rename target
     * @return new path to old path, in the order of the new paths
     */
    static Map<String, String> detect(Map<String, FileVersion> base, Map<String, FileVersion> theirs,
            Map<String, FileVersion> ours) {
        List<String> removed = new ArrayList<>();
        for (String path : base.keySet()) {
            if (!theirs.containsKey(path)) {
                removed.add(path);
            }
        }
        List<String> added = new ArrayList<>();
        for (String path : theirs.keySet()) {
            if (!base.containsKey(path) && ours.get(path) == null) {
                added.add(path);
            }
        }
        Map<String, String> renames = new LinkedHashMap<>();
        if (removed.isEmpty() || added.isEmpty()) {
            return renames;
        }
        Set<String> taken = new HashSet<>();
        // identical content first: certain, and cheap
        Map<FileVersion, String> removedByContent = new HashMap<>();
        for (String path : removed) {
            removedByContent.putIfAbsent(new FileVersion(base.get(path).content(), false), path);
        }
        for (String path : added) {
            String old = removedByContent.get(new FileVersion(theirs.get(path).content(), false));
            if (old != null && taken.add(old)) {
                renames.put(path, old);
            }
        }
        if ((long) removed.size() * added.size() > MAX_SCORED_PAIRS) {
            return renames;
        }
        Map<String, SimilarityIndex> indexes = new HashMap<>();
        for (String path : added) {
            if (renames.containsKey(path) || theirs.get(path).isBinary()) {
                continue;
            }
            SimilarityIndex newIndex = index(theirs.get(path));
            String best = null;
            int bestScore = THRESHOLD - 1;
            for (String old : removed) {
                if (taken.contains(old) || base.get(old).isBinary()) {
                    continue;
                }
                SimilarityIndex oldIndex = indexes.computeIfAbsent(old, p -> index(base.get(p)));
                int score = newIndex == null || oldIndex == null ? 0 : oldIndex.score(newIndex, 100);
                if (score > bestScore) {
                    bestScore = score;
                    best = old;
                }
            }
            if (best != null) {
                taken.add(best);
                renames.put(path, best);
            }
        }
        return renames;
    }

    private static SimilarityIndex index(FileVersion file) {
        try {
            return SimilarityIndex.create(new ObjectLoader.SmallObject(Constants.OBJ_BLOB, file.content()));
        } catch (SimilarityIndex.TableFullException | java.io.IOException e) {
            return null; // too large to score: not paired, as git would not pair it either
        }
    }
}
