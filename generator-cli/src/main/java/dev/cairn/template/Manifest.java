package dev.cairn.template;

import java.util.List;
import java.util.Map;

/**
 * The Cairn manifest, {@code META-INF/cairn/template.yaml}: what an archetype descriptor cannot
 * say. Format: docs/template-manifest.md (and the README).
 *
 * @param id the template's id, or {@code null} to use the archetype's artifactId
 * @param version the template's version, never {@code null}
 * @param name a one-line title, or {@code null}
 * @param description a longer description, or {@code null}
 * @param parameters typed parameters in manifest order, never {@code null}
 * @param overlays overlays by name in manifest order, never {@code null}
 * @param files conditions on generated files, never {@code null}
 * @param secrets declared secrets, never {@code null}
 * @param migrations what {@code cairn update} does to a project before merging, in manifest order,
 *     never {@code null}
 */
public record Manifest(
        String id,
        String version,
        String name,
        String description,
        List<Parameter> parameters,
        Map<String, Overlay> overlays,
        List<FileCondition> files,
        List<Secret> secrets,
        List<Migration> migrations) {

    /** A manifest without migrations. */
    public Manifest(String id, String version, String name, String description, List<Parameter> parameters,
            Map<String, Overlay> overlays, List<FileCondition> files, List<Secret> secrets) {
        this(id, version, name, description, parameters, overlays, files, secrets, List.of());
    }

    /** The manifest's file name inside the template, as errors name it. */
    public static final String FILE = "template.yaml";

    /** Parameter types. */
    public enum Type { STRING, BOOLEAN, CHOICE, INTEGER }

    /**
     * @param name the descriptor's requiredProperty key
     * @param type never {@code null}
     * @param help or {@code null}
     * @param defaultValue or {@code null}
     * @param regex or {@code null}
     * @param choices for {@code CHOICE}, else empty
     * @param line where it is declared in template.yaml
     */
    public record Parameter(String name, Type type, String help, String defaultValue, String regex,
            List<String> choices, int line) {

        /**
         * Whether a value is acceptable for this parameter: its type, its choices, its regex (matched
         * against the whole value, as the plugin matches validationRegex).
         *
         * @param value a value as the user or a default gives it, never {@code null}
         * @return {@code null} when the value is acceptable, else what is wrong, phrased to follow
         *     the value: {@code is not one of plain, spring-boot}
         */
        public String problem(String value) {
            switch (type) {
                case BOOLEAN -> {
                    if (!value.equals("true") && !value.equals("false")) {
                        return "is not a boolean (use true or false)";
                    }
                }
                case INTEGER -> {
                    if (!INTEGER_TEXT.matcher(value).matches()) {
                        return "is not an integer (use digits, with an optional minus sign)";
                    }
                }
                case CHOICE -> {
                    if (!choices.contains(value)) {
                        return "is not one of its choices (use one of " + String.join(", ", choices) + ")";
                    }
                }
                default -> { } // STRING: any text is a string
            }
            if (regex != null && !java.util.regex.Pattern.compile(regex).matcher(value).matches()) {
                return "does not match its regex '" + regex + "'";
            }
            return null;
        }
    }

    private static final java.util.regex.Pattern INTEGER_TEXT = java.util.regex.Pattern.compile("-?[0-9]+");

    /**
     * @param name the overlay's name; its files are under {@code META-INF/cairn/overlays/NAME/}
     * @param description or {@code null}
     * @param when a condition that applies the overlay automatically, or {@code null}
     * @param remove globs of generated paths to delete
     * @param patches YAML deep-merges
     * @param line where it is declared
     */
    public record Overlay(String name, String description, String when, List<String> remove, List<Patch> patches,
            int line) {}

    /**
     * @param target a generated YAML file's path
     * @param patch the patch file, relative to the overlay's folder
     * @param line where it is declared
     */
    public record Patch(String target, String patch, int line) {}

    /**
     * Who owns a generated file once the project exists, for {@code cairn update}.
     *
     * <ul>
     *   <li>{@code MERGED}: the team and the template both edit it; a 3-way merge (the default).</li>
     *   <li>{@code TEMPLATE}: the template owns it; a local edit is drift, overwritten only with
     *       {@code --force} (the edit kept beside it as {@code FILE.local}).</li>
     *   <li>{@code SEED}: written once by {@code cairn new}, then the team's alone; never touched by
     *       an update.</li>
     * </ul>
     */
    public enum Ownership { MERGED, TEMPLATE, SEED }

    /**
     * An entry of {@code files:}: a condition on generated files, their ownership, or both.
     *
     * @param path a glob over generated paths
     * @param when the condition under which matching files are kept, or {@code null} (always kept)
     * @param ownership who owns matching files, or {@code null} when the entry does not say
     * @param line where it is declared
     */
    public record FileCondition(String path, String when, Ownership ownership, int line) {

        /** A condition without ownership. */
        public FileCondition(String path, String when, int line) {
            this(path, when, null, line);
        }
    }

    /**
     * One step of a version's migration, applied by {@code cairn update} to the project and to the
     * base before merging, when the update crosses {@code version}. Applying a step twice changes
     * nothing.
     *
     * @param version the template version that needs the step: it runs when updating from below it
     *     to it or beyond
     * @param step what to do
     * @param file for {@code RENAME_KEY}, the YAML file; else {@code null}
     * @param from for {@code MOVE}, the old path; for {@code RENAME_KEY}, the dotted key (e.g. {@code server.port})
     * @param to the new path, or the new dotted key (same parent mapping)
     * @param line where it is declared
     */
    public record Migration(String version, Step step, String file, String from, String to, int line) {

        /** Migration steps. */
        public enum Step { MOVE, RENAME_KEY }
    }

    /**
     * Who owns a generated file: the last {@code files:} entry matching it that declares an ownership
     * (later entries refine earlier ones, as in {@code .gitattributes}), else {@code MERGED}.
     *
     * @param path a generated path, {@code /}-separated
     */
    public Ownership ownership(String path) {
        Ownership ownership = Ownership.MERGED;
        for (FileCondition entry : files) {
            if (entry.ownership() != null && org.codehaus.plexus.util.SelectorUtils.matchPath(entry.path(), path, "/", true)) {
                ownership = entry.ownership();
            }
        }
        return ownership;
    }

    /**
     * @param name the secret's name
     * @param description or {@code null}
     * @param env the environment variable that carries it
     * @param requiredIn environments where it must be set
     * @param when a condition under which it is declared, or {@code null}
     * @param line where it is declared
     */
    public record Secret(String name, String description, String env, List<String> requiredIn, String when, int line) {}

    /**
     * Parses and checks a manifest.
     *
     * @param yaml the file's bytes
     * @param file how errors name the file
     * @throws dev.cairn.CairnException naming file and line for bad YAML, unknown keys or types
     */
    public static Manifest parse(byte[] yaml, String file) {
        return ManifestReader.read(yaml, file);
    }

    public Parameter parameter(String name) {
        for (Parameter p : parameters) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    public Secret secret(String name) {
        for (Secret s : secrets) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Checks that the manifest agrees with the archetype descriptor: every parameter is a required
     * property, with the same default and regex.
     *
     * @throws dev.cairn.CairnException naming template.yaml and the parameter's line
     */
    void checkAgainst(Template template) {
        ManifestReader.checkAgainst(this, template);
    }
}
