package dev.cairn.template;

import dev.cairn.CairnException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Turns what the user typed as TEMPLATE into a {@link TemplateSource}, in this order:
 * <ol>
 *   <li>{@code bundled:NAME}: a template bundled with Cairn;
 *   <li>{@code git:URL} or {@code git:URL#TAG}: a git repository, any URL JGit clones;
 *   <li>an existing folder or file: an archetype folder or jar;
 *   <li>a bundled template's name;
 *   <li>a URL ending in {@code .git} (https, ssh, git, file, or {@code user@host:path.git}), with
 *       an optional {@code #TAG}: a git repository;
 *   <li>{@code groupId:artifactId[:version]}: Maven coordinates.
 * </ol>
 * Every source's {@link TemplateSource#describe()} comes back to an equal source through here.
 */
public final class TemplateSources {

    private static final Pattern GIT_URL = Pattern.compile(
            "(?:(?:https?|ssh|git|file)://.+|[A-Za-z0-9._-]+@[A-Za-z0-9._-]+:.+)\\.git/?(?:#.+)?");

    private TemplateSources() {}

    /**
     * With the user's default Maven settings ({@link MavenSettingsFiles#defaults()}).
     *
     * @see #resolve(String, Path, MavenSettingsFiles)
     */
    public static TemplateSource resolve(String spec, Path workingDir) {
        return resolve(spec, workingDir, MavenSettingsFiles.defaults());
    }

    /**
     * A bundled name wins over a same-named file only when no such file or folder exists, so that
     * {@code ./service} always means the folder. Nothing is fetched here: a source reaches its
     * repository when it is opened or asked for its versions.
     *
     * @param spec what the user typed, never {@code null}
     * @param workingDir where relative paths start
     * @param settings the Maven settings that Maven coordinates are resolved with
     * @throws CairnException if nothing matches
     */
    public static TemplateSource resolve(String spec, Path workingDir, MavenSettingsFiles settings) {
        if (spec.startsWith("bundled:")) {
            return new BundledSource(spec.substring("bundled:".length()));
        }
        if (spec.startsWith(GitSource.PREFIX)) {
            return git(spec.substring(GitSource.PREFIX.length()));
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
        if (GIT_URL.matcher(spec).matches()) {
            return git(spec);
        }
        if (MavenCoordinates.looksLike(spec)) {
            return new MavenSource(MavenCoordinates.parse(spec), settings);
        }
        throw CairnException.of("no template '" + spec + "': not a bundled template, folder, jar, git URL or Maven coordinates",
                "run 'cairn list' for the templates you can use, or pass an archetype folder or jar, git:URL[#TAG],"
                        + " or groupId:artifactId[:version]");
    }

    private static GitSource git(String urlAndTag) {
        int hash = urlAndTag.lastIndexOf('#');
        String url = hash < 0 ? urlAndTag : urlAndTag.substring(0, hash);
        String tag = hash < 0 ? null : urlAndTag.substring(hash + 1);
        if (url.isBlank() || tag != null && tag.isBlank()) {
            throw CairnException.of("'" + GitSource.PREFIX + urlAndTag + "' names no repository or an empty tag",
                    "write git:URL or git:URL#TAG, e.g. git:https://git.acme.com/templates/service.git#v1.2.0");
        }
        return new GitSource(url, tag);
    }
}
