package dev.cairn.update;

import dev.cairn.CairnException;
import dev.cairn.template.Manifest;
import dev.cairn.template.Manifest.Migration;
import dev.cairn.template.PathGuard;
import dev.cairn.template.SafeYaml;
import dev.cairn.template.TemplateVersion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A template version's migrations (manifest {@code migrations:}), applied by {@code update} to the
 * project and to the base before they are merged, so that a file the template moved or a YAML key it
 * renamed lines up with the new version and the team's edits follow it. Every step is idempotent: a
 * move whose source is gone, a key already renamed, change nothing.
 */
final class Migrations {

    /** The plugin's {@code __property__} path tokens. */
    private static final Pattern TOKEN = Pattern.compile("__((?:[^_]+_)*[^_]+)__");

    /**
     * One step as it applies to a project: paths with the answers put in.
     *
     * @param migration the manifest's step
     * @param file the YAML file ({@code RENAME_KEY}), else {@code null}
     * @param from the path moved ({@code MOVE}) or the key renamed
     * @param to where it goes
     */
    record Step(Migration migration, String file, String from, String to) {

        /** For the report: {@code move a -> b}, {@code rename key a.b -> a.c in f}. */
        String describe() {
            return migration.step() == Migration.Step.MOVE ? "move " + from + " -> " + to
                    : "rename key " + from + " -> " + to + " in " + file;
        }

        /** The paths it reads or writes. */
        List<String> paths() {
            return file != null ? List.of(file) : List.of(from, to);
        }
    }

    private Migrations() {}

    /**
     * The steps an update from {@code recorded} to {@code target} crosses, in version order (manifest
     * order within a version), with path tokens replaced from the answers.
     *
     * @param manifest the new version's manifest, or {@code null}
     * @param recorded the project's version, or {@code null} when unknown (every step up to the target runs)
     * @param target the version updated to
     */
    static List<Step> between(Manifest manifest, String recorded, String target, Properties answers) {
        List<Step> steps = new ArrayList<>();
        if (manifest == null) {
            return steps;
        }
        List<Migration> crossed = new ArrayList<>();
        for (Migration m : manifest.migrations()) {
            boolean after = recorded == null || TemplateVersion.compare(m.version(), recorded) > 0;
            boolean upTo = target == null || TemplateVersion.compare(m.version(), target) <= 0;
            if (after && upTo) {
                crossed.add(m);
            }
        }
        crossed.sort((a, b) -> TemplateVersion.compare(a.version(), b.version())); // stable: manifest order kept
        for (Migration m : crossed) {
            if (m.step() == Migration.Step.MOVE) {
                steps.add(new Step(m, null, path(m.from(), answers, m), path(m.to(), answers, m)));
            } else {
                steps.add(new Step(m, path(m.file(), answers, m), m.from(), m.to()));
            }
        }
        return steps;
    }

    /**
     * Applies the steps to a tree in place.
     *
     * @param files path to file, changed in place; never {@code null}
     * @param shownAs how errors name the tree's files: {@code ""} for the project, or a prefix
     * @return the steps that changed something
     * @throws CairnException if a YAML file a step edits does not parse
     */
    static List<Step> apply(List<Step> steps, Map<String, FileVersion> files, String shownAs) {
        List<Step> changed = new ArrayList<>();
        for (Step step : steps) {
            if (step.migration().step() == Migration.Step.MOVE ? move(step, files) : renameKey(step, files, shownAs)) {
                changed.add(step);
            }
        }
        return changed;
    }

    /** Paths a set of steps moves, mapped: for a list of recorded paths (the files the team deleted). */
    static List<String> movePaths(List<Step> steps, Collection<String> paths) {
        List<String> moved = new ArrayList<>();
        for (String path : paths) {
            String p = path;
            for (Step step : steps) {
                if (step.migration().step() == Migration.Step.MOVE && p.equals(step.from())) {
                    p = step.to();
                }
            }
            moved.add(p);
        }
        return moved;
    }

    private static boolean move(Step step, Map<String, FileVersion> files) {
        if (!files.containsKey(step.from()) || files.containsKey(step.to())) {
            return false; // already moved, or both exist: the team's file at the new path is not overwritten
        }
        files.put(step.to(), files.remove(step.from()));
        return true;
    }

    private static boolean renameKey(Step step, Map<String, FileVersion> files, String shownAs) {
        FileVersion file = files.get(step.file());
        if (file == null || file.isBinary()) {
            return false;
        }
        String text = new String(file.content(), StandardCharsets.UTF_8);
        Node root = SafeYaml.compose(file.content(), shownAs + step.file());
        String[] path = step.from().split("\\.");
        Node mapping = root;
        for (int i = 0; i < path.length - 1; i++) {
            mapping = value(mapping, path[i]);
        }
        ScalarNode key = key(mapping, path[path.length - 1]);
        String newName = step.to().substring(step.to().lastIndexOf('.') + 1);
        if (key == null || key(mapping, newName) != null) {
            return false; // already renamed (or the new key exists too: left for the merge to show)
        }
        int start = offset(text, key.getStartMark());
        int end = offset(text, key.getEndMark());
        String written = text.substring(start, end);
        char quote = written.isEmpty() ? 0 : written.charAt(0);
        String replacement = quote == '\'' || quote == '"' ? quote + newName + quote : newName;
        String renamed = text.substring(0, start) + replacement + text.substring(end);
        files.put(step.file(), new FileVersion(renamed.getBytes(StandardCharsets.UTF_8), file.executable()));
        return true;
    }

    private static Node value(Node mapping, String key) {
        if (mapping instanceof MappingNode m) {
            for (NodeTuple tuple : m.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                    return tuple.getValueNode();
                }
            }
        }
        return null;
    }

    private static ScalarNode key(Node mapping, String key) {
        if (mapping instanceof MappingNode m) {
            for (NodeTuple tuple : m.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                    return s;
                }
            }
        }
        return null;
    }

    /** A mark's position as a string index: marks count lines and code points. */
    private static int offset(String text, Mark mark) {
        int lineStart = 0;
        for (int line = 0; line < mark.getLine(); line++) {
            lineStart = text.indexOf('\n', lineStart) + 1;
        }
        return text.offsetByCodePoints(lineStart, mark.getColumn());
    }

    /** A manifest path with the answers' {@code __token__}s put in, as the plugin names files. */
    private static String path(String path, Properties answers, Migration m) {
        StringBuilder out = new StringBuilder();
        Matcher matcher = TOKEN.matcher(path);
        while (matcher.find()) {
            String value = token(matcher.group(1), answers);
            matcher.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : matcher.group()));
        }
        matcher.appendTail(out);
        String resolved = out.toString();
        String problem = PathGuard.problem(resolved);
        if (problem != null) {
            throw new CairnException(Manifest.FILE, m.line(), "migration path '" + resolved + "' " + problem
                    + " once the answers are put in", "check the answers the path uses");
        }
        return resolved;
    }

    private static String token(String name, Properties answers) {
        if (name.equals("packageInPathFormat") && answers.getProperty("package") != null) {
            return answers.getProperty("package").replace('.', '/');
        }
        if (name.equals("rootArtifactId")) {
            return answers.getProperty("artifactId");
        }
        String value = answers.getProperty(name);
        return value == null || value.isBlank() ? null : value;
    }
}
