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
 */
public record Manifest(
        String id,
        String version,
        String name,
        String description,
        List<Parameter> parameters,
        Map<String, Overlay> overlays,
        List<FileCondition> files,
        List<Secret> secrets) {

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
     * @param path a glob over generated paths
     * @param when the condition under which matching files are kept
     * @param line where it is declared
     */
    public record FileCondition(String path, String when, int line) {}

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
