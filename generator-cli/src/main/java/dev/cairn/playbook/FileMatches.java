package dev.cairn.playbook;

import dev.cairn.template.YamlFields;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code file-matches: {path: PATH, pattern: REGEX}}: a file holds text matching a Java regular expression (multi-line
 * mode: {@code ^} and {@code $} match at each line). PATH may be a glob; one matching file with a match is enough.
 *
 * @param path a path or glob relative to the project root
 * @param pattern the expression, searched for anywhere in the file
 */
public record FileMatches(String path, Pattern pattern) implements Verification {

    static final String TYPE = "file-matches";
    private static final String EXAMPLE = "'file-matches: {path: .gitignore, pattern: \"^\\\\.env$\"}'";

    static FileMatches read(VerificationSpec spec) {
        YamlFields fields = spec.fields(List.of("path", "pattern"));
        if (!fields.has("path") || !fields.has("pattern")) {
            throw spec.error(spec.value(), "'file-matches' needs path and pattern", "write it like " + EXAMPLE);
        }
        return new FileMatches(spec.path(fields.value("path"), EXAMPLE), spec.regex(fields.value("pattern"), EXAMPLE));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String describe() {
        return TYPE + " " + path + " /" + pattern.pattern() + "/";
    }

    @Override
    public Verdict verify(Project project) throws IOException {
        List<String> files = project.files(path);
        if (files.isEmpty()) {
            return Verdict.fail("no file " + path);
        }
        for (String file : files) {
            String text = project.read(file);
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                return Verdict.pass(file + ":" + lineOf(text, matcher.start()) + " matches");
            }
        }
        return Verdict.fail((files.size() == 1 ? files.get(0) : files.size() + " files matching " + path)
                + " without a match of /" + pattern.pattern() + "/");
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
