package dev.cairn.template;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder holding an archetype: either an unpacked archetype jar (with {@code META-INF/maven/})
 * or an archetype module (with {@code src/main/resources/META-INF/maven/}).
 */
public record FolderSource(Path folder) implements TemplateSource {

    static final String MODULE_RESOURCES = "src/main/resources";

    @Override
    public String describe() {
        return folder.toAbsolutePath().normalize().toString();
    }

    @Override
    public String displayName() {
        return folder.toString();
    }

    @Override
    public TemplateFiles open() {
        Path root = folder;
        if (Files.isDirectory(folder.resolve(MODULE_RESOURCES).resolve("META-INF"))
                && !Files.isDirectory(folder.resolve("META-INF/maven"))) {
            root = folder.resolve(MODULE_RESOURCES);
        }
        return TemplateFiles.fromFolder(root, folder.toString());
    }

    /** The archetype module's own pom, when this folder is an archetype module. */
    Path modulePom() {
        return folder.resolve("pom.xml");
    }
}
