package dev.cairn.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checkstyle's findings per file from the last run, so that an unchanged file is not analysed again. An entry
 * counts only when the file's content hash and the cache's key (configuration text, suppressions, Cairn's version;
 * see {@link CheckstyleSetup}) are both unchanged.
 *
 * <p>It lives in {@code .cairn/cache/checkstyle.json} in the project, beside a {@code .gitignore} of {@code *}
 * that Cairn writes there, so that the cache is never committed whatever the project's own .gitignore says
 * (while {@code .cairn/} itself may hold files that are, such as ArchUnit's freeze store).
 */
final class CheckstyleCache {

    /** The cache folder, relative to the project. */
    static final String FOLDER = ".cairn/cache";

    /** One file's findings (file left {@code null}: the key names it) and its content hash. */
    record Cached(String hash, List<Finding> findings) {}

    private CheckstyleCache() {}

    /** The cached files; empty when there is no cache, it is unreadable, or its key differs. */
    static Map<String, Cached> load(Path folder, String key) {
        Path file = folder.resolve("checkstyle.json");
        Map<String, Cached> entries = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try {
            JsonNode root = JsonText.MAPPER.readTree(file.toFile());
            if (!key.equals(root.path("key").asText())) {
                return entries;
            }
            root.path("files").fields().forEachRemaining(e ->
                    entries.put(e.getKey(), new Cached(e.getValue().path("hash").asText(), read(e.getValue().path("findings"), Tool.CHECKSTYLE))));
            return entries;
        } catch (IOException | RuntimeException e) {
            return new HashMap<>(); // a broken cache is no cache: everything is analysed again and it is rewritten
        }
    }

    /** Findings as {@link #write} wrote them; {@code file} is kept when written, else {@code null}. */
    static List<Finding> read(JsonNode list, Tool tool) {
        List<Finding> findings = new ArrayList<>();
        for (JsonNode f : list) {
            findings.add(new Finding(tool, f.path("rule").asText(), Severity.valueOf(f.path("severity").asText()),
                    f.path("file").isTextual() ? f.path("file").asText() : null, f.path("line").asInt(), f.path("column").asInt(),
                    f.path("message").asText(), f.path("hint").isTextual() ? f.path("hint").asText() : null));
        }
        return findings;
    }

    static void write(List<Finding> findings, ArrayNode list, boolean withFile) {
        for (Finding f : findings) {
            ObjectNode item = list.addObject();
            item.put("rule", f.ruleId());
            item.put("severity", f.severity().name());
            if (withFile) {
                item.put("file", f.file());
            }
            item.put("line", f.line());
            item.put("column", f.column());
            item.put("message", f.message());
            item.put("hint", f.hint());
        }
    }

    /** Writes one cache file of the cache folder atomically, creating the folder and its {@code .gitignore}. */
    static void store(Path folder, String name, ObjectNode content) throws IOException {
        Files.createDirectories(folder);
        Path gitignore = folder.resolve(".gitignore");
        if (!Files.exists(gitignore)) {
            Files.writeString(gitignore, "# written by cairn check: the cache is local, never committed\n*\n");
        }
        Path temp = Files.createTempFile(folder, name, ".tmp");
        Files.writeString(temp, JsonText.MAPPER.writeValueAsString(content));
        Files.move(temp, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Replaces the cache with {@code entries} (so deleted files drop out), atomically. */
    static void save(Path folder, String key, Map<String, Cached> entries) throws IOException {
        ObjectNode root = JsonText.object();
        root.put("key", key);
        ObjectNode files = root.putObject("files");
        for (Map.Entry<String, Cached> e : new TreeMap<>(entries).entrySet()) {
            ObjectNode node = files.putObject(e.getKey());
            node.put("hash", e.getValue().hash());
            write(e.getValue().findings(), node.putArray("findings"), false);
        }
        store(folder, "checkstyle.json", root);
    }
}
