package dev.cairn.template;

import dev.cairn.CairnException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.maven.archetype.metadata.RequiredProperty;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code template.yaml} (format: docs/template-manifest.md) from {@link SafeYaml}'s node tree,
 * so that every error names the line it is about, and checks it against the archetype descriptor.
 */
final class ManifestReader {

    static final List<String> TOP_KEYS = List.of("id", "version", "name", "description", "parameters", "overlays",
            "files", "secrets", "migrations");
    static final List<String> PARAMETER_KEYS = List.of("name", "type", "choices", "default", "regex", "help");
    static final List<String> OVERLAY_KEYS = List.of("description", "when", "remove", "patches");
    static final List<String> PATCH_KEYS = List.of("target", "patch");
    static final List<String> FILE_KEYS = List.of("path", "when", "ownership");
    static final List<String> MIGRATION_KEYS = List.of("version", "move", "renameKey");
    static final List<String> MOVE_KEYS = List.of("from", "to");
    static final List<String> RENAME_KEY_KEYS = List.of("file", "from", "to");
    static final List<String> SECRET_KEYS = List.of("name", "description", "env", "requiredIn", "when");

    /** Properties the plugin adds to every archetype. */
    static final List<String> BUILT_INS = List.of("groupId", "artifactId", "version", "package");

    static final String OVERLAYS = "META-INF/cairn/overlays/";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern ENV = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String TYPES = "string, boolean, choice, integer";

    private final String file;

    private ManifestReader(String file) {
        this.file = file;
    }

    static Manifest read(byte[] yaml, String file) {
        return new ManifestReader(file).manifest(SafeYaml.compose(yaml, file));
    }

    static Manifest empty(String version) {
        return new Manifest(null, version, null, null, List.of(), new LinkedHashMap<>(), List.of(), List.of());
    }

    private Manifest manifest(Node root) {
        if (root == null) {
            throw new CairnException(file, 0, "is empty", "add at least 'version: 1.0.0', the template's own version");
        }
        YamlFields top = fields(root, "the manifest", TOP_KEYS);
        String id = top.text("id");
        if (id != null && !NAME.matcher(id).matches()) {
            throw error(top.value("id"), "id '" + id + "' is not a valid template id",
                    "use lower-case letters, digits and '-', starting with a letter or digit");
        }
        String version = top.text("version");
        if (version == null || version.isBlank()) {
            throw error(top.present("version") ? top.key("version") : root, "'version' is missing",
                    "add 'version: 1.0.0', the template's own version");
        }
        String name = top.text("name");
        if (name != null && name.contains("\n")) {
            throw error(top.value("name"), "'name' must be one line", "put longer text in 'description'");
        }
        List<Manifest.Parameter> parameters = parameters(top.value("parameters"));
        Map<String, Manifest.Overlay> overlays = overlays(top.value("overlays"));
        List<Manifest.FileCondition> files = files(top.value("files"));
        List<Manifest.Secret> secrets = secrets(top.value("secrets"), parameters);
        List<Manifest.Migration> migrations = migrations(top.value("migrations"), version);
        return new Manifest(id, version, name, top.text("description"), List.copyOf(parameters), overlays,
                List.copyOf(files), List.copyOf(secrets), List.copyOf(migrations));
    }

    private List<Manifest.Parameter> parameters(Node node) {
        List<Manifest.Parameter> parameters = new ArrayList<>();
        Map<String, Manifest.Parameter> byName = new HashMap<>();
        for (Node item : list(node, "parameters")) {
            YamlFields f = fields(item, "a parameter", PARAMETER_KEYS);
            String name = f.required("name", "give the descriptor's requiredProperty key, e.g. 'name: serviceName'");
            Manifest.Parameter first = byName.get(name);
            if (first != null) {
                throw error(item, "parameter '" + name + "' is declared twice",
                        "it is already declared on line " + first.line() + "; keep one");
            }
            Manifest.Type type = type(f);
            List<String> choices = List.of();
            if (f.has("choices")) {
                if (type != Manifest.Type.CHOICE) {
                    throw error(f.key("choices"), "parameter '" + name + "' has 'choices' but is not of type choice",
                            "set 'type: choice' or remove 'choices'");
                }
                choices = choices(f.value("choices"), name);
            }
            if (type == Manifest.Type.CHOICE && choices.isEmpty()) {
                throw error(f.has("choices") ? f.value("choices") : item,
                        "parameter '" + name + "' of type choice needs a non-empty 'choices' list",
                        "e.g. 'choices: [plain, spring-boot]'");
            }
            String regex = f.text("regex");
            if (regex != null) {
                try {
                    Pattern.compile(regex);
                } catch (PatternSyntaxException e) {
                    throw error(f.value("regex"), "invalid regex '" + regex + "' for parameter '" + name + "': "
                            + e.getDescription(), "write a Java regular expression");
                }
            }
            String defaultValue = f.text("default");
            Manifest.Parameter parameter = new Manifest.Parameter(name, type, f.text("help"), defaultValue, regex,
                    choices, SafeYaml.line(item));
            // a default that is a Velocity expression, as the descriptor allows, is only known once answered
            if (defaultValue != null && !defaultValue.contains("${")) {
                String problem = parameter.problem(defaultValue);
                if (problem != null) {
                    throw error(f.value("default"), "default '" + defaultValue + "' of parameter '" + name + "' "
                            + problem, null);
                }
            }
            parameters.add(parameter);
            byName.put(name, parameter);
        }
        return parameters;
    }

    private Manifest.Type type(YamlFields f) {
        String type = f.text("type");
        if (type == null) {
            return Manifest.Type.STRING;
        }
        for (Manifest.Type t : Manifest.Type.values()) {
            if (t.name().toLowerCase(Locale.ROOT).equals(type)) {
                return t;
            }
        }
        throw error(f.value("type"), "unknown type '" + type + "'", "use " + TYPES);
    }

    private List<String> choices(Node node, String parameter) {
        List<String> choices = new ArrayList<>();
        for (Node item : list(node, "choices")) {
            String choice = SafeYaml.scalar(item, file, "a choice");
            if (choice == null) {
                throw error(item, "an empty choice for parameter '" + parameter + "'", "remove it");
            }
            if (choices.contains(choice)) {
                throw error(item, "choice '" + choice + "' is listed twice for parameter '" + parameter + "'",
                        "keep one");
            }
            choices.add(choice);
        }
        return List.copyOf(choices);
    }

    private Map<String, Manifest.Overlay> overlays(Node node) {
        Map<String, Manifest.Overlay> overlays = new LinkedHashMap<>();
        if (node == null || isNull(node)) {
            return overlays;
        }
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, "'overlays' must be a mapping from overlay name to overlay, not a " + SafeYaml.kind(node),
                    "e.g. 'overlays: { docker: { description: Dockerfile } }'");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String name = SafeYaml.scalar(tuple.getKeyNode(), file, "an overlay name");
            if (name == null || !NAME.matcher(name).matches()) {
                throw error(tuple.getKeyNode(), "overlay name '" + name + "' is not valid",
                        "use lower-case letters, digits and '-', starting with a letter or digit");
            }
            Node value = tuple.getValueNode();
            int line = SafeYaml.line(tuple.getKeyNode());
            if (isNull(value)) {
                overlays.put(name, new Manifest.Overlay(name, null, null, List.of(), List.of(), line));
                continue;
            }
            YamlFields f = fields(value, "overlay '" + name + "'", OVERLAY_KEYS);
            List<String> remove = new ArrayList<>();
            for (Node glob : list(f.value("remove"), "remove")) {
                remove.add(path(glob, "a remove glob"));
            }
            List<Manifest.Patch> patches = new ArrayList<>();
            for (Node item : list(f.value("patches"), "patches")) {
                YamlFields p = fields(item, "a patch of overlay '" + name + "'", PATCH_KEYS);
                p.required("target", "name the generated YAML file to patch, e.g. 'target: src/main/resources/application.yaml'");
                p.required("patch", "name the patch file, relative to " + OVERLAYS + name + "/");
                patches.add(new Manifest.Patch(path(p.value("target"), "a patch target"),
                        path(p.value("patch"), "a patch file"), SafeYaml.line(item)));
            }
            overlays.put(name, new Manifest.Overlay(name, f.text("description"), f.text("when"), List.copyOf(remove),
                    List.copyOf(patches), line));
        }
        return overlays;
    }

    private List<Manifest.FileCondition> files(Node node) {
        List<Manifest.FileCondition> files = new ArrayList<>();
        for (Node item : list(node, "files")) {
            YamlFields f = fields(item, "a file entry", FILE_KEYS);
            f.required("path", "give a glob over generated paths, e.g. 'path: Jenkinsfile'");
            Manifest.Ownership ownership = ownership(f);
            String when = ownership != null ? f.text("when")
                    : f.required("when", "give the condition under which the file is kept, e.g. \"when: $ci == 'jenkins'\","
                            + " or its ownership, e.g. 'ownership: template'");
            files.add(new Manifest.FileCondition(path(f.value("path"), "a file path"), when, ownership, SafeYaml.line(item)));
        }
        return files;
    }

    private Manifest.Ownership ownership(YamlFields f) {
        String ownership = f.text("ownership");
        if (ownership == null) {
            return null;
        }
        for (Manifest.Ownership o : Manifest.Ownership.values()) {
            if (o.name().toLowerCase(Locale.ROOT).equals(ownership)) {
                return o;
            }
        }
        throw error(f.value("ownership"), "unknown ownership '" + ownership + "'", "use merged, template or seed");
    }

    private List<Manifest.Migration> migrations(Node node, String manifestVersion) {
        List<Manifest.Migration> migrations = new ArrayList<>();
        for (Node item : list(node, "migrations")) {
            YamlFields f = fields(item, "a migration", MIGRATION_KEYS);
            String version = f.required("version", "give the template version that needs it, e.g. 'version: 1.1.0'");
            if (TemplateVersion.compare(version, manifestVersion) > 0) {
                throw error(f.value("version"), "migration for version " + version + " is newer than the template's version "
                        + manifestVersion, "a migration belongs to the version that needs it: this one or an older one");
            }
            boolean move = f.has("move");
            if (move == f.has("renameKey")) {
                throw error(item, "a migration has either 'move' or 'renameKey'" + (move ? ", not both" : ""),
                        "e.g. 'move: {from: old/path, to: new/path}' or 'renameKey: {file: app.yaml, from: a.b, to: a.c}'");
            }
            int line = SafeYaml.line(item);
            if (move) {
                YamlFields m = fields(f.value("move"), "'move'", MOVE_KEYS);
                m.required("from", "give the path the file had, e.g. 'from: config/app.yaml'");
                m.required("to", "give the path it has now");
                String from = path(m.value("from"), "a move's 'from'");
                String to = path(m.value("to"), "a move's 'to'");
                if (from.equals(to)) {
                    throw error(m.value("to"), "a move from '" + from + "' to itself", "give the new path in 'to'");
                }
                migrations.add(new Manifest.Migration(version, Manifest.Migration.Step.MOVE, null, from, to, line));
            } else {
                YamlFields r = fields(f.value("renameKey"), "'renameKey'", RENAME_KEY_KEYS);
                r.required("file", "give the YAML file, e.g. 'file: src/main/resources/application.yaml'");
                String from = r.required("from", "give the dotted key, e.g. 'from: server.port'");
                String to = r.required("to", "give the new dotted key, e.g. 'to: server.httpPort'");
                int dot = from.lastIndexOf('.');
                if (dot != to.lastIndexOf('.') || !from.substring(0, dot + 1).equals(to.substring(0, dot + 1))
                        || from.equals(to) || from.endsWith(".") || to.endsWith(".")) {
                    throw error(r.value("to"), "renameKey renames a key inside its mapping: '" + to
                            + "' must differ from '" + from + "' in its last part only",
                            "e.g. from: server.port, to: server.httpPort");
                }
                migrations.add(new Manifest.Migration(version, Manifest.Migration.Step.RENAME_KEY,
                        path(r.value("file"), "a renameKey's 'file'"), from, to, line));
            }
        }
        return migrations;
    }

    private List<Manifest.Secret> secrets(Node node, List<Manifest.Parameter> parameters) {
        List<Manifest.Secret> secrets = new ArrayList<>();
        Map<String, Manifest.Secret> byName = new HashMap<>();
        for (Node item : list(node, "secrets")) {
            YamlFields f = fields(item, "a secret", SECRET_KEYS);
            String name = f.required("name", "give the secret a name, e.g. 'name: db-password'");
            String env = f.required("env", "give the environment variable that carries it, e.g. 'env: DB_PASSWORD'");
            if (!ENV.matcher(env).matches()) {
                throw error(f.value("env"), "env '" + env + "' of secret '" + name + "' is not an environment variable name",
                        "use letters, digits and '_', e.g. DB_PASSWORD");
            }
            Manifest.Secret first = byName.get(name);
            if (first != null) {
                throw error(item, "secret '" + name + "' is declared twice",
                        "it is already declared on line " + first.line() + "; keep one");
            }
            for (Manifest.Parameter p : parameters) {
                if (p.name().equals(name)) {
                    throw error(f.value("name"), "secret '" + name + "' has the name of the parameter on line " + p.line(),
                            "rename one; a secret is never a parameter value");
                }
            }
            List<String> requiredIn = new ArrayList<>();
            for (Node environment : list(f.value("requiredIn"), "requiredIn")) {
                String e = SafeYaml.scalar(environment, file, "an environment");
                if (e == null || e.isBlank()) {
                    throw error(environment, "an empty environment name in 'requiredIn'", "remove it");
                }
                requiredIn.add(e);
            }
            Manifest.Secret secret = new Manifest.Secret(name, f.text("description"), env, List.copyOf(requiredIn),
                    f.text("when"), SafeYaml.line(item));
            secrets.add(secret);
            byName.put(name, secret);
        }
        return secrets;
    }

    /** A relative path or glob that must stay inside the project or the overlay folder. */
    private String path(Node node, String what) {
        String path = SafeYaml.scalar(node, file, what);
        if (path == null || path.isBlank()) {
            throw error(node, what + " is empty", "give a relative path");
        }
        String problem = PathGuard.problem(path);
        if (problem != null) {
            throw error(node, what + " '" + path + "' " + problem, "use a relative path that stays inside");
        }
        return path;
    }

    private List<Node> list(Node node, String key) {
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        throw error(node, "'" + key + "' must be a list, not a " + SafeYaml.kind(node),
                "write one '- ' item per line, or [a, b]");
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    private CairnException error(Node node, String message, String hint) {
        return new CairnException(file, SafeYaml.line(node), message, hint);
    }

    private YamlFields fields(Node node, String what, List<String> known) {
        return YamlFields.of(node, file, what, known);
    }

    /** The known word closest to a misspelt one, when close enough to be a typo. */
    static String nearest(String word, List<String> known) {
        return YamlFields.nearest(word, known);
    }

    // ---- agreement with the archetype ----

    /**
     * The manifest may only describe what the archetype declares: mvn archetype:generate reads the
     * descriptor alone, so a default or regex that differs would make Cairn and the plugin disagree.
     */
    static void checkAgainst(Manifest manifest, Template template) {
        String file = Template.MANIFEST;
        Map<String, RequiredProperty> declared = new LinkedHashMap<>();
        if (!template.isLegacy()) {
            for (RequiredProperty rp : template.descriptor().getRequiredProperties()) {
                declared.put(rp.getKey(), rp);
            }
        }
        for (Manifest.Parameter p : manifest.parameters()) {
            RequiredProperty rp = declared.get(p.name());
            if (rp == null) {
                checkUndeclared(p, template, declared, file);
                continue;
            }
            String descriptorDefault = rp.getDefaultValue();
            if (p.defaultValue() != null && descriptorDefault != null && !p.defaultValue().equals(descriptorDefault)) {
                throw new CairnException(file, p.line(), "parameter '" + p.name() + "' has default '" + p.defaultValue()
                        + "' but archetype-metadata.xml says defaultValue '" + descriptorDefault + "'",
                        "make them equal; mvn archetype:generate only reads the descriptor");
            }
            String descriptorRegex = rp.getValidationRegex();
            if (p.regex() != null && descriptorRegex != null && !p.regex().equals(descriptorRegex)) {
                throw new CairnException(file, p.line(), "parameter '" + p.name() + "' has regex '" + p.regex()
                        + "' but archetype-metadata.xml says validationRegex '" + descriptorRegex + "'",
                        "make them equal; mvn archetype:generate only reads the descriptor");
            }
            // a default that is a Velocity expression is only known once the answers are
            if (p.defaultValue() == null && descriptorDefault != null && !descriptorDefault.contains("${")) {
                String problem = p.problem(descriptorDefault);
                if (problem != null) {
                    throw new CairnException(file, p.line(), "archetype-metadata.xml gives parameter '" + p.name()
                            + "' defaultValue '" + descriptorDefault + "', which " + problem,
                            "make the descriptor's default fit the parameter's type");
                }
            }
        }
        for (Manifest.Secret s : manifest.secrets()) {
            if (declared.containsKey(s.name()) || BUILT_INS.contains(s.name())) {
                throw new CairnException(file, s.line(), "secret '" + s.name()
                        + "' has the name of a property of the archetype", "rename the secret");
            }
        }
        for (Manifest.Overlay overlay : manifest.overlays().values()) {
            Manifest.Parameter parameter = manifest.parameter(overlay.name());
            boolean isSwitch = parameter != null && parameter.type() == Manifest.Type.BOOLEAN;
            checkOverlay(overlay, isSwitch, template.files(), file);
        }
    }

    private static void checkUndeclared(Manifest.Parameter p, Template template, Map<String, RequiredProperty> declared,
            String file) {
        if (!BUILT_INS.contains(p.name())) {
            if (template.isLegacy()) {
                throw new CairnException(file, p.line(), "parameter '" + p.name()
                        + "' is not a property of this legacy archetype (" + legacyName(template) + ")",
                        "a legacy archetype only has " + String.join(", ", BUILT_INS));
            }
            List<String> keys = new ArrayList<>(declared.keySet());
            keys.addAll(BUILT_INS);
            String near = nearest(p.name(), keys);
            throw new CairnException(file, p.line(), "parameter '" + p.name()
                    + "' is not a requiredProperty of archetype-metadata.xml",
                    near != null ? "did you mean '" + near + "'? otherwise declare it in the descriptor"
                            : "declare it in the descriptor's requiredProperties");
        }
        if (p.defaultValue() != null || p.regex() != null) {
            throw new CairnException(file, p.line(), "built-in parameter '" + p.name() + "' has a "
                    + (p.defaultValue() != null ? "default" : "regex") + " but archetype-metadata.xml does not declare it",
                    template.isLegacy() ? "a legacy archetype cannot change it; give only help text"
                            : "declare it as a requiredProperty with that value, or give only help text");
        }
    }

    private static String legacyName(Template template) {
        return template.files().contains(Template.LEGACY_DESCRIPTOR) ? Template.LEGACY_DESCRIPTOR
                : Template.OLDEST_DESCRIPTOR;
    }

    /**
     * @param isSwitch the overlay is named like a boolean parameter, which it switches on: that is
     *     something to do even without files of its own (the archetype's includeConditions have them)
     */
    private static void checkOverlay(Manifest.Overlay overlay, boolean isSwitch, TemplateFiles files, String file) {
        String folder = OVERLAYS + overlay.name() + "/";
        boolean hasFolder = false;
        for (String name : files.names()) {
            if (name.startsWith(folder)) {
                hasFolder = true;
                break;
            }
        }
        if (!hasFolder && !isSwitch && overlay.remove().isEmpty() && overlay.patches().isEmpty()) {
            throw new CairnException(file, overlay.line(), "overlay '" + overlay.name() + "' does nothing: no folder "
                    + folder + " and no remove or patches",
                    "add its files under " + folder + "files/, name it after a boolean parameter it switches on, "
                            + "or remove the overlay");
        }
        for (Manifest.Patch patch : overlay.patches()) {
            String patchFile = folder + patch.patch();
            if (!files.contains(patchFile)) {
                throw new CairnException(file, patch.line(), "overlay '" + overlay.name() + "': patch file " + patchFile
                        + " does not exist", "add it, or correct 'patch:'");
            }
        }
    }
}
