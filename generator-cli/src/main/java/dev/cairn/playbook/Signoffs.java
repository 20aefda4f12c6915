package dev.cairn.playbook;

import dev.cairn.CairnException;
import dev.cairn.template.SafeYaml;
import dev.cairn.template.YamlFields;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.representer.Representer;

/**
 * {@code .cairn/signoffs.yaml}: every sign-off of a project, oldest first, committed with it. {@code cairn playbook sign}
 * appends to it; the latest sign-off of an item is the one that counts. Format: docs/playbook-format.md.
 */
public final class Signoffs {

    /** Where the file is, relative to the project root. */
    public static final String PATH = ".cairn/signoffs.yaml";

    private static final String HEADER = "# Sign-offs of manual playbook items, appended by 'cairn playbook sign'. Commit this file.\n";
    private static final List<String> TOP_KEYS = List.of("signoffs");
    private static final List<String> KEYS = List.of("playbook", "item", "version", "item-hash", "by", "at", "note");

    private final List<Signoff> entries;

    private Signoffs(List<Signoff> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Reads the project's sign-offs; none when the file does not exist.
     *
     * @throws CairnException naming the line of a malformed entry
     */
    public static Signoffs read(Path root) throws IOException {
        Path file = root.resolve(PATH);
        return Files.isRegularFile(file) ? parse(Files.readAllBytes(file)) : new Signoffs(List.of());
    }

    static Signoffs parse(byte[] yaml) {
        Node root = SafeYaml.compose(yaml, PATH);
        if (root == null) {
            return new Signoffs(List.of());
        }
        YamlFields top = YamlFields.of(root, PATH, "the sign-offs file", TOP_KEYS);
        List<Signoff> entries = new ArrayList<>();
        if (top.has("signoffs")) {
            if (!(top.value("signoffs") instanceof SequenceNode list)) {
                throw new CairnException(PATH, top.line("signoffs"), "'signoffs' must be a list", "let 'cairn playbook sign' write it");
            }
            for (Node node : list.getValue()) {
                YamlFields fields = YamlFields.of(node, PATH, "a sign-off", KEYS);
                String hint = "each sign-off has playbook, item, version, item-hash, by and at; let 'cairn playbook sign' write them";
                entries.add(new Signoff(fields.required("playbook", hint), fields.required("item", hint), fields.required("version", hint),
                        fields.required("item-hash", hint), fields.required("by", hint), fields.required("at", hint),
                        fields.has("note") ? fields.text("note") : null, SafeYaml.line(node)));
            }
        }
        return new Signoffs(entries);
    }

    /** Every sign-off, in file order. */
    public List<Signoff> entries() {
        return entries;
    }

    /** The latest sign-off of an item, if any. */
    public Optional<Signoff> latest(String playbook, String item) {
        Signoff latest = null;
        for (Signoff signoff : entries) {
            if (signoff.playbook().equals(playbook) && signoff.item().equals(item)) {
                latest = signoff;
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * Records that {@code by} signed off a manual item, appending to the file (created when missing) and replacing it
     * whole, so that nothing is half-written.
     *
     * @param now the time to record, cut to seconds
     * @throws CairnException if the item is verified automatically (it is not signed), {@code by} is blank, or the
     *     existing file is malformed
     */
    public static Signoff sign(Path root, Playbook playbook, Item item, String by, String note, Instant now) throws IOException {
        if (!item.manual()) {
            throw CairnException.of("item '" + item.id() + "' of " + playbook.id() + " is verified automatically ("
                    + item.verification().describe() + "); only manual items are signed off",
                    "make it pass, and 'cairn playbook status " + playbook.id() + "' shows it passed");
        }
        if (by == null || by.isBlank()) {
            throw CairnException.of("--by is empty", "name who signs off, e.g. --by 'Ada Lovelace'");
        }
        refuseControlCharacters("--by", by);
        if (note != null) {
            refuseControlCharacters("--note", note);
        }
        Signoff signoff = new Signoff(playbook.id(), item.id(), playbook.version(), item.textHash(), by.strip(),
                now.truncatedTo(ChronoUnit.SECONDS).toString(), note == null || note.isBlank() ? null : note.strip(), 0);
        Path file = root.resolve(PATH);
        String existing = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : HEADER + "signoffs:\n";
        Signoffs before = parse(existing.getBytes(StandardCharsets.UTF_8));
        String appended = (existing.endsWith("\n") ? existing : existing + "\n") + indent(emit(List.of(signoff)));
        String text = appended;
        // appending is right for the file this class writes; a hand-edited one (signoffs: [], keys after the list)
        // is written anew from what it held, so that the result always holds every sign-off
        if (!appendsCleanly(appended, before, signoff)) {
            List<Signoff> all = new ArrayList<>(before.entries());
            all.add(signoff);
            text = HEADER + "signoffs:\n" + indent(emit(all));
        }
        write(file, text);
        return signoff;
    }

    /**
     * Whether YAML can hold the text as text: no control character but tab, line feed and carriage return, no unpaired
     * surrogate, no non-character. SnakeYAML would write anything else as {@code !!binary}, which Cairn does not read
     * back; and YAML's other line breaks (NEL U+0085, LS U+2028, PS U+2029) it writes into block scalars that it then
     * cannot read.
     */
    static boolean printable(String text) {
        return text.codePoints().allMatch(c -> c == '\t' || c == '\n' || c == '\r'
                || c >= 0x20 && c < 0x7F || c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000);
    }

    private static void refuseControlCharacters(String option, String text) {
        if (!printable(text)) {
            int bad = text.codePoints().filter(c -> !printable(new String(Character.toChars(c)))).findFirst().orElse(0);
            throw CairnException.of(option + " holds the control character U+" + String.format("%04X", bad), "write plain text");
        }
    }

    private static boolean appendsCleanly(String appended, Signoffs before, Signoff added) {
        try {
            return sameEntries(parse(appended.getBytes(StandardCharsets.UTF_8)).entries(), before.entries(), added);
        } catch (CairnException e) {
            return false; // the text after the existing file's last line is not the list's continuation
        }
    }

    private static boolean sameEntries(List<Signoff> written, List<Signoff> before, Signoff added) {
        if (written.size() != before.size() + 1) {
            return false;
        }
        for (int i = 0; i < written.size(); i++) {
            Signoff expected = i < before.size() ? before.get(i) : added;
            Signoff actual = written.get(i);
            if (!new Signoff(actual.playbook(), actual.item(), actual.version(), actual.itemHash(), actual.by(), actual.at(),
                    actual.note(), expected.line()).equals(expected)) {
                return false;
            }
        }
        return true;
    }

    /** The entries as a YAML block list, SnakeYAML quoting what needs quoting. */
    private static String emit(List<Signoff> signoffs) {
        List<Map<String, String>> list = new ArrayList<>();
        for (Signoff s : signoffs) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("playbook", s.playbook());
            entry.put("item", s.item());
            entry.put("version", s.version());
            entry.put("item-hash", s.itemHash());
            entry.put("by", s.by());
            entry.put("at", s.at());
            if (s.note() != null) {
                entry.put("note", s.note());
            }
            list.add(entry);
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setSplitLines(false);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(options), options).dump(list);
    }

    private static String indent(String block) {
        StringBuilder out = new StringBuilder();
        for (String line : block.stripTrailing().split("\n", -1)) {
            out.append(line.isEmpty() ? "" : "  " + line).append('\n');
        }
        return out.toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".signoffs", ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
