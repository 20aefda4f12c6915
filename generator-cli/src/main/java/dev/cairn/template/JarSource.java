package dev.cairn.template;

import java.nio.file.Path;

/** An archetype jar on disk. */
public record JarSource(Path jar) implements TemplateSource {

    @Override
    public String describe() {
        return jar.toAbsolutePath().normalize().toString();
    }

    @Override
    public String displayName() {
        return jar.getFileName().toString();
    }

    @Override
    public TemplateFiles open() {
        return TemplateFiles.fromZip(jar, jar.toString());
    }
}
