package dev.cairn.playbook;

import dev.cairn.CairnException;
import dev.cairn.template.SafeYaml;
import dev.cairn.template.YamlFields;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code yaml-key: {file: PATH, key: a.b.c, value: V}}: a YAML file has the key, and when {@code value} is given, that
 * value (compared as text as written: {@code 8080}, {@code true}). The key is a dotted path; a segment may itself hold
 * dots when the file writes it so ({@code management.endpoints: ...} or Spring's flat {@code server.port: 8080}), and
 * a number indexes a list ({@code groups.0.name}).
 *
 * @param file the YAML file, relative to the project root
 * @param key the dotted path
 * @param value the expected value, or {@code null} for presence only
 */
public record YamlKey(String file, String key, String value) implements Verification {

    static final String TYPE = "yaml-key";
    private static final String EXAMPLE = "'yaml-key: {file: src/main/resources/application-prod.yaml, key: api.token-required, value: true}'";

    static YamlKey read(VerificationSpec spec) {
        YamlFields fields = spec.fields(List.of("file", "key", "value"));
        if (!fields.has("file") || !fields.has("key")) {
            throw spec.error(spec.value(), "'yaml-key' needs file and key", "write it like " + EXAMPLE);
        }
        String value = fields.present("value") ? fields.text("value") : null;
        return new YamlKey(spec.path(fields.value("file"), EXAMPLE), spec.text(fields.value("key"), EXAMPLE), value);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String describe() {
        return TYPE + " " + file + " " + key + (value == null ? "" : " = " + value);
    }

    @Override
    public Verdict verify(Project project) throws IOException {
        if (!project.files(file).contains(file)) {
            return Verdict.fail("no file " + file);
        }
        Object document;
        try {
            document = SafeYaml.load(project.bytes(file), file);
        } catch (CairnException e) {
            return Verdict.fail(e.userLine());
        }
        Lookup found = lookup(document, Arrays.asList(key.split("\\.")));
        if (!found.present()) {
            return Verdict.fail(file + " has no key " + key);
        }
        if (value == null) {
            return Verdict.pass(file + ": " + key + " is set");
        }
        String actual = found.value() instanceof String text ? text : found.value() == null ? null : "(a " + kind(found.value()) + ")";
        return value.equals(actual) ? Verdict.pass(file + ": " + key + " = " + value)
                : Verdict.fail(file + ": " + key + " is " + (actual == null ? "empty" : "'" + actual + "'") + ", not '" + value + "'");
    }

    private record Lookup(boolean present, Object value) {}

    /** Tries the longest run of segments as one key first, so that flat dotted keys are found too. */
    private static Lookup lookup(Object node, List<String> segments) {
        if (segments.isEmpty()) {
            return new Lookup(true, node);
        }
        if (node instanceof Map<?, ?> map) {
            for (int take = segments.size(); take >= 1; take--) {
                String candidate = String.join(".", segments.subList(0, take));
                if (map.containsKey(candidate)) {
                    Lookup inner = lookup(map.get(candidate), segments.subList(take, segments.size()));
                    if (inner.present()) {
                        return inner;
                    }
                }
            }
        } else if (node instanceof List<?> list && segments.get(0).matches("\\d{1,9}")) {
            int index = Integer.parseInt(segments.get(0));
            if (index < list.size()) {
                return lookup(list.get(index), segments.subList(1, segments.size()));
            }
        }
        return new Lookup(false, null);
    }

    private static String kind(Object value) {
        return value instanceof Map ? "mapping" : "list";
    }
}
