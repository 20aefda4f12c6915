package dev.cairn.template;

import dev.cairn.CairnException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Turns what the user typed as TEMPLATE into a {@link TemplateSource}. */
public final class TemplateSources {

    private TemplateSources() {}

    /**
     * A bundled name wins over a same-named file only when no such file or folder exists, so that
     * {@code ./service} always means the folder.
     *
     * @param spec what the user typed, never {@code null}
     * @param workingDir where relative paths start
     * @throws CairnException if nothing matches
     */
    public static TemplateSource resolve(String spec, Path workingDir) {
        if (spec.startsWith("bundled:")) {
            return new BundledSource(spec.substring("bundled:".length()));
        }
        Path path = workingDir.resolve(spec);
        if (Files.isDirectory(path)) {
            return new FolderSource(path);
        }
        if (Files.isRegularFile(path)) {
            return new JarSource(path);
        }
        if (BundledSource.names().contains(spec)) {
            return new BundledSource(spec);
        }
        throw CairnException.of("no template '" + spec + "': not a bundled template, folder or jar",
                "run 'cairn list' for bundled templates, or pass a path to an archetype folder or jar");
    }
}
