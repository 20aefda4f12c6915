package dev.cairn.template;

import dev.cairn.CairnException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A template shipped inside Cairn: the archetype jars of {@code archetypes/} are copied into the CLI
 * jar under {@code dev/cairn/templates/NAME.jar}, listed in {@code dev/cairn/templates/index}.
 */
public record BundledSource(String name) implements TemplateSource {

    private static final String ROOT = "/dev/cairn/templates/";

    @Override
    public String describe() {
        return "bundled:" + name;
    }

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public TemplateFiles open() {
        try (InputStream in = BundledSource.class.getResourceAsStream(ROOT + name + ".jar")) {
            if (in == null) {
                throw CairnException.of("no bundled template named '" + name + "'", "run 'cairn list' to see them");
            }
            return TemplateFiles.fromZip(in.readAllBytes(), name + ".jar");
        } catch (IOException e) {
            throw new CairnException(name, 0, "cannot read the bundled template: " + e.getMessage(), null, e);
        }
    }

    /** The names of the bundled templates, in the order of the index. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        try (InputStream in = BundledSource.class.getResourceAsStream(ROOT + "index")) {
            if (in == null) {
                return names;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.trim();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    names.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw CairnException.of("cannot read the list of bundled templates: " + e.getMessage(), "rebuild Cairn");
        }
        return names;
    }
}
