package dev.cairn.template;

import dev.cairn.CairnException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.NetRCCredentialsProvider;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A template in a git repository, by URL (https, ssh, file, or a local path: whatever JGit reaches),
 * one version per tag. A tag {@code v1.2.0} or {@code 1.2.0} is version {@code 1.2.0}; tags that do
 * not start with a digit (after an optional {@code v}) are not versions.
 *
 * <p>The repository is cloned bare, with JGit, into {@code CACHE/git/NAME-HASH} ({@link
 * CairnDirectories#cache()}), and fetched again each time a tag is read; the files are read from the
 * tag's tree, never checked out. When the remote cannot be reached, a tag already in the cache is
 * used: tags name releases, which do not change.
 *
 * <p>The repository's root is the template: an archetype module ({@code pom.xml} and
 * {@code src/main/resources/META-INF/maven/archetype-metadata.xml}) or an unpacked archetype jar.
 *
 * @param url the repository, as {@code git clone} takes it, never {@code null}
 * @param version a version or tag name, or {@code null} for the newest version tag
 */
public record GitSource(String url, String version) implements TemplateSource {

    /** What {@link #describe()} starts with, and what {@code cairn new} accepts before a URL. */
    public static final String PREFIX = "git:";

    private static final Pattern VERSION_TAG = Pattern.compile("v?[0-9].*");

    private static final String MODULE_RESOURCES = "src/main/resources/";

    /** https credentials from ~/.netrc, as git's own credential helpers are not JGit's; ssh uses ~/.ssh. */
    private static final CredentialsProvider CREDENTIALS = new NetRCCredentialsProvider();

    @Override
    public String describe() {
        return PREFIX + url;
    }

    @Override
    public String displayName() {
        return url + (version == null ? "" : "#" + version);
    }

    /** The versions of the repository's version tags, oldest first; asks the remote, else the cache. */
    @Override
    public List<String> versions() {
        List<String> tags;
        try {
            Collection<Ref> refs = Git.lsRemoteRepository().setRemote(url).setTags(true).setHeads(false)
                    .setCredentialsProvider(CREDENTIALS).call();
            tags = new ArrayList<>();
            for (Ref ref : refs) {
                tags.add(Repository.shortenRefName(ref.getName()));
            }
        } catch (GitAPIException | RuntimeException e) {
            Path cached = cacheFolder();
            if (!Files.isDirectory(cached)) {
                throw unreachable(e);
            }
            tags = cachedTags(cached);
        }
        return versionsOf(tags);
    }

    @Override
    public TemplateSource atVersion(String newVersion) {
        return new GitSource(url, newVersion);
    }

    @Override
    public TemplateFiles open() {
        Path folder = cacheFolder();
        Exception fetchFailure = fetch(folder);
        try (Repository repository = new FileRepositoryBuilder().setGitDir(folder.toFile()).setMustExist(true).build()) {
            String tag = tag(repository, fetchFailure);
            Map<String, byte[]> files = read(repository, tag);
            return asArchetype(files, tag);
        } catch (IOException e) {
            throw new CairnException(folder.toString(), 0, "cannot read the cached clone of " + url + ": " + e.getMessage(),
                    "remove the folder; Cairn clones it again", e);
        }
    }

    /** The tags' versions, {@code v} dropped, in Maven's version order. */
    static List<String> versionsOf(List<String> tags) {
        List<String> versions = new ArrayList<>();
        for (String tag : tags) {
            if (VERSION_TAG.matcher(tag).matches()) {
                versions.add(tag.startsWith("v") ? tag.substring(1) : tag);
            }
        }
        return VersionOrder.sorted(versions);
    }

    /**
     * The tag to read: the one named (as given, or with a {@code v} before it), else the newest version tag.
     *
     * @param fetchFailure why the remote could not be fetched, or {@code null}: then only a tag in the cache will do
     */
    private String tag(Repository repository, Exception fetchFailure) throws IOException {
        List<String> tags = cachedTags(repository);
        if (fetchFailure != null && (version == null || !tags.contains(version) && !tags.contains("v" + version))) {
            throw unreachable(fetchFailure);
        }
        if (version == null) {
            List<String> versions = versionsOf(tags);
            if (versions.isEmpty()) {
                throw new CairnException(null, 0, "no version tag in " + url,
                        "tag a release of the template (git tag v1.0.0 && git push --tags), or name a tag: git:" + url + "#TAG");
            }
            String newest = versions.get(versions.size() - 1);
            return tags.contains(newest) ? newest : "v" + newest;
        }
        for (String candidate : new String[] {version, "v" + version}) {
            if (tags.contains(candidate)) {
                return candidate;
            }
        }
        List<String> versions = versionsOf(tags);
        throw new CairnException(null, 0, "no tag '" + version + "' in " + url,
                versions.isEmpty() ? "the repository has no version tags" : "its versions: " + String.join(", ", versions));
    }

    private static List<String> cachedTags(Path folder) {
        try (Repository repository = new FileRepositoryBuilder().setGitDir(folder.toFile()).setMustExist(true).build()) {
            return cachedTags(repository);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<String> cachedTags(Repository repository) throws IOException {
        List<String> tags = new ArrayList<>();
        for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
            tags.add(Repository.shortenRefName(ref.getName()));
        }
        return tags;
    }

    /**
     * Clones the repository bare into {@code folder}, or fetches its tags when the clone is there.
     *
     * @return {@code null}, or why an existing clone could not be fetched (it is left as it was:
     *     its tags are still good, since tags do not move)
     * @throws CairnException if there is no clone and the repository cannot be cloned
     */
    private Exception fetch(Path folder) {
        if (Files.isDirectory(folder)) {
            try (Git git = Git.open(folder.toFile())) {
                git.fetch().setRemote(url).setRefSpecs(new RefSpec("+refs/tags/*:refs/tags/*"))
                        .setTagOpt(TagOpt.FETCH_TAGS).setCredentialsProvider(CREDENTIALS).call();
                return null;
            } catch (GitAPIException | IOException | RuntimeException e) {
                return e;
            }
        }
        Path partial = folder.resolveSibling(folder.getFileName() + ".partial-" + UUID.randomUUID());
        try {
            Files.createDirectories(folder.getParent());
            try (Git git = Git.cloneRepository().setURI(url).setBare(true).setDirectory(partial.toFile())
                    .setCredentialsProvider(CREDENTIALS).call()) {
                git.fetch().setRefSpecs(new RefSpec("+refs/tags/*:refs/tags/*")).setTagOpt(TagOpt.FETCH_TAGS)
                        .setCredentialsProvider(CREDENTIALS).call();
            }
            // another Cairn may have cloned it meanwhile: either clone will do
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (GitAPIException | RuntimeException e) {
            throw unreachable(e);
        } catch (IOException e) {
            if (!Files.isDirectory(folder)) {
                throw new CairnException(folder.toString(), 0, "cannot write the git cache: " + e.getMessage(),
                        "check the permissions of " + CairnDirectories.cache(), e);
            }
        } finally {
            deleteQuietly(partial);
        }
        return null;
    }

    private Map<String, byte[]> read(Repository repository, String tag) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Ref ref = repository.exactRef(Constants.R_TAGS + tag);
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            RevCommit commit = walk.parseCommit(ref.getObjectId()); // peels an annotated tag
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            long total = 0;
            while (tree.next()) {
                FileMode mode = tree.getFileMode(0);
                String path = tree.getPathString();
                if (mode == FileMode.SYMLINK) {
                    throw new CairnException(displayName() + ":" + path, 0, "is a symbolic link",
                            "templates may not contain links; commit the file itself");
                }
                if (mode == FileMode.GITLINK) {
                    continue; // a submodule: not part of this repository's content
                }
                ObjectLoader object = repository.open(tree.getObjectId(0));
                total += object.getSize();
                if (total > TemplateFiles.MAX_TOTAL_BYTES) {
                    throw new CairnException(displayName(), 0, "the tag's tree holds more than "
                            + (TemplateFiles.MAX_TOTAL_BYTES >> 20) + " MiB", "this is not a template");
                }
                files.put(path, object.getBytes());
            }
        }
        return files;
    }

    /**
     * The files as the archetype's jar would hold them: an archetype module's resources, with the
     * module's coordinates in {@code META-INF/maven/GROUP/ARTIFACT/pom.properties} as the archetype
     * plugin writes them, the tag's version as its version.
     */
    private TemplateFiles asArchetype(Map<String, byte[]> files, String tag) {
        String origin = displayName();
        boolean module = files.keySet().stream().anyMatch(name -> name.startsWith(MODULE_RESOURCES + "META-INF/"));
        if (!module) {
            return TemplateFiles.fromEntries(files, origin);
        }
        Map<String, byte[]> resources = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (e.getKey().startsWith(MODULE_RESOURCES)) {
                resources.put(e.getKey().substring(MODULE_RESOURCES.length()), e.getValue());
            }
        }
        byte[] pom = files.get("pom.xml");
        String[] gav = pom == null ? new String[3] : ModulePom.coordinates(pom);
        String artifactId = gav[1] != null ? gav[1] : repositoryName();
        String groupId = gav[0] != null ? gav[0] : "git";
        String properties = "groupId=" + groupId + "\nartifactId=" + artifactId + "\nversion="
                + (tag.startsWith("v") && VERSION_TAG.matcher(tag).matches() ? tag.substring(1) : tag) + "\n";
        resources.put("META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties",
                properties.getBytes(StandardCharsets.UTF_8));
        return TemplateFiles.fromEntries(resources, origin);
    }

    private CairnException unreachable(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.startsWith(url + ": ")) {
            message = message.substring(url.length() + 2); // JGit starts its messages with the URL
        }
        return new CairnException(null, 0, "cannot reach the git repository " + url + ": "
                + message.replaceAll("\\s*\\R\\s*", " ").strip(),
                "check the URL and your access to it: for https, credentials in ~/.netrc; for ssh, keys in ~/.ssh", e);
    }

    /** {@code CACHE/git/NAME-HASH}: readable, and distinct for distinct URLs. */
    Path cacheFolder() {
        String hash;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            hash = HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        return CairnDirectories.cache().resolve("git").resolve(repositoryName() + "-" + hash);
    }

    private String repositoryName() {
        String trimmed = url.replaceAll("[/\\\\]+$", "");
        String last = trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':')) + 1);
        last = last.endsWith(".git") ? last.substring(0, last.length() - 4) : last;
        String safe = last.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "repository" : safe;
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover partial clone is harmless: its name never collides
        }
    }
}
