package dev.cairn.template;

import dev.cairn.CairnException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.settings.Mirror;
import org.apache.maven.settings.Profile;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsBuilderFactory;
import org.apache.maven.settings.building.DefaultSettingsBuildingRequest;
import org.apache.maven.settings.building.SettingsBuildingException;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.Authentication;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.resolution.VersionRangeResult;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.transfer.ArtifactNotFoundException;
import org.eclipse.aether.transfer.MetadataNotFoundException;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.DefaultAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultMirrorSelector;
import org.eclipse.aether.util.repository.DefaultProxySelector;
import org.eclipse.aether.version.Version;

/**
 * Maven repositories as the user's Maven sees them, through Maven Resolver: the settings files
 * read and decrypted with Maven's own settings builder and decrypter, then the local repository,
 * offline mode, mirrors, servers (credentials) and proxies of those settings, and the repositories
 * of the active settings profiles beside Maven Central.
 *
 * <p>Metadata (which versions exist) is fetched on every call, as {@code mvn -U} would: a template
 * published a minute ago must show up. Artifacts of a release never change, so they come from the
 * local repository once downloaded. A {@code file:} repository is reachable offline: it needs no
 * network.
 */
public final class MavenRepositories implements AutoCloseable {

    /** Maven Central, as Maven's super POM declares it. */
    public static final String CENTRAL_URL = "https://repo.maven.apache.org/maven2/";

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final AutoCloseable closeSession;
    private final List<RemoteRepository> repositories;
    private final Settings settings;
    private final Path deleteOnClose;

    private MavenRepositories(RepositorySystem system, RepositorySystemSession session, AutoCloseable closeSession,
            List<RemoteRepository> repositories, Settings settings, Path deleteOnClose) {
        this.system = system;
        this.session = session;
        this.closeSession = closeSession;
        this.repositories = repositories;
        this.settings = settings;
        this.deleteOnClose = deleteOnClose;
    }

    /**
     * Reads the settings and starts a resolver session.
     *
     * @param files which settings to read, never {@code null}
     * @throws CairnException if a settings file is malformed or a password cannot be decrypted
     */
    public static MavenRepositories open(MavenSettingsFiles files) {
        return open(files, false);
    }

    /**
     * Like {@link #open(MavenSettingsFiles)}, on an empty local repository that {@link #close()}
     * deletes: for questions to a remote repository that no cached copy may answer (is this release
     * there already?), and for deployments, which need no cache.
     */
    public static MavenRepositories openWithoutCache(MavenSettingsFiles files) {
        return open(files, true);
    }

    private static MavenRepositories open(MavenSettingsFiles files, boolean temporaryLocal) {
        Settings settings = decrypt(read(files), files);
        Path local = temporaryLocal ? temporaryLocalRepository() : localRepository(settings);
        RepositorySystem system = new RepositorySystemSupplier().get();
        DefaultMirrorSelector mirrors = new DefaultMirrorSelector();
        for (Mirror m : settings.getMirrors()) {
            mirrors.add(m.getId(), m.getUrl(), m.getLayout(), false, m.isBlocked(), m.getMirrorOf(), m.getMirrorOfLayouts());
        }
        DefaultAuthenticationSelector authentication = new DefaultAuthenticationSelector();
        for (Server server : settings.getServers()) {
            Authentication auth = authentication(server);
            if (auth != null) {
                authentication.add(server.getId(), auth);
            }
        }
        DefaultProxySelector proxies = new DefaultProxySelector();
        for (Proxy p : settings.getProxies()) {
            if (p.isActive()) {
                Authentication auth = p.getUsername() == null ? null
                        : new AuthenticationBuilder().addUsername(p.getUsername()).addPassword(p.getPassword()).build();
                proxies.add(new org.eclipse.aether.repository.Proxy(p.getProtocol(), p.getHost(), p.getPort(), auth),
                        p.getNonProxyHosts());
            }
        }
        Map<String, String> systemProperties = new LinkedHashMap<>();
        Properties jvm = System.getProperties();
        for (String key : jvm.stringPropertyNames()) {
            systemProperties.put(key, jvm.getProperty(key));
        }
        RepositorySystemSession.CloseableSession session = system.createSessionBuilder()
                .withLocalRepositoryBaseDirectories(local)
                .setOffline(settings.isOffline())
                .setMirrorSelector(mirrors)
                .setAuthenticationSelector(authentication)
                .setProxySelector(proxies)
                .setSystemProperties(systemProperties)
                .setMetadataUpdatePolicy(RepositoryPolicy.UPDATE_POLICY_ALWAYS)
                // a file: repository needs no network, so offline does not shut it out
                .setConfigProperty("aether.offline.protocols", "file")
                .setConfigProperty("aether.updateCheckManager.sessionState", "bypass")
                .build();
        List<RemoteRepository> declared = new ArrayList<>();
        declared.add(new RemoteRepository.Builder("central", "default", CENTRAL_URL)
                .setSnapshotPolicy(new RepositoryPolicy(false, null, null)).build());
        for (Profile profile : activeProfiles(settings)) {
            for (org.apache.maven.settings.Repository r : profile.getRepositories()) {
                declared.add(new RemoteRepository.Builder(r.getId(), r.getLayout(), r.getUrl())
                        .setReleasePolicy(policy(r.getReleases()))
                        .setSnapshotPolicy(policy(r.getSnapshots())).build());
            }
        }
        List<RemoteRepository> effective = system.newResolutionRepositories(session, declared);
        return new MavenRepositories(system, session, session, effective, settings, temporaryLocal ? local : null);
    }

    /** The repositories resolution asks, mirrors and credentials applied, in order. */
    public List<RemoteRepository> repositories() {
        return repositories;
    }

    public RepositorySystem system() {
        return system;
    }

    public RepositorySystemSession session() {
        return session;
    }

    /**
     * A repository to deploy to, with the credentials and proxy the settings give its id.
     *
     * @param id the id a {@code <server>} in settings.xml may carry credentials for
     * @param url the repository's URL, never {@code null}
     */
    public RemoteRepository deploymentRepository(String id, String url) {
        return system.newDeploymentRepository(session, new RemoteRepository.Builder(id, "default", url).build());
    }

    /**
     * The released versions of an artifact, oldest first (Maven's version order), as the
     * repositories' metadata lists them. Snapshots are left out.
     *
     * @throws CairnException if a repository cannot be reached and none has the artifact
     */
    public List<String> releases(String groupId, String artifactId) {
        return releases(groupId, artifactId, repositories);
    }

    /**
     * The released versions of an artifact in one repository only, oldest first.
     *
     * @param repository from {@link #deploymentRepository}, or any other
     * @throws CairnException if the repository cannot be reached
     */
    public List<String> releases(String groupId, String artifactId, RemoteRepository repository) {
        return releases(groupId, artifactId, List.of(repository));
    }

    private List<String> releases(String groupId, String artifactId, List<RemoteRepository> from) {
        VersionRangeRequest request = new VersionRangeRequest(new DefaultArtifact(groupId, artifactId, "jar", "[0,)"),
                from, null);
        VersionRangeResult result;
        try {
            result = system.resolveVersionRange(session, request);
        } catch (VersionRangeResolutionException e) {
            throw new CairnException(null, 0, "cannot list the versions of " + groupId + ":" + artifactId + ": "
                    + oneLine(e.getMessage()), "check the coordinates and the repositories in " + settingsHint(), e);
        }
        List<String> releases = new ArrayList<>();
        for (Version v : result.getVersions()) {
            if (!v.toString().endsWith("-SNAPSHOT")) {
                releases.add(v.toString());
            }
        }
        if (result.getVersions().isEmpty()) {
            for (Exception e : result.getExceptions()) {
                if (!(e instanceof MetadataNotFoundException)) {
                    throw unreachable(e);
                }
            }
        }
        return releases;
    }

    /**
     * Downloads (or finds in the local repository) one artifact.
     *
     * @param extension {@code jar} or {@code pom}
     * @return the file in the local repository
     * @throws CairnException naming the coordinates when no repository has it, or the repository
     *     when it cannot be reached
     */
    public Path resolve(MavenCoordinates coordinates, String extension) {
        Artifact artifact = new DefaultArtifact(coordinates.groupId(), coordinates.artifactId(), extension,
                coordinates.version());
        try {
            ArtifactResult result = system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null));
            return result.getArtifact().getPath();
        } catch (ArtifactResolutionException e) {
            for (ArtifactResult r : e.getResults()) {
                for (Exception cause : r.getExceptions()) {
                    if (!(cause instanceof ArtifactNotFoundException)) {
                        throw unreachable(cause);
                    }
                }
            }
            throw new CairnException(null, 0, "no " + coordinates + " in " + describe(repositories),
                    "check the coordinates, or add the repository that holds it to " + settingsHint(), e);
        }
    }

    /** The repositories as messages name them: {@code central (https://...)}. */
    public static String describe(List<RemoteRepository> repositories) {
        List<String> names = new ArrayList<>();
        for (RemoteRepository r : repositories) {
            names.add(r.getId() + " (" + r.getUrl() + ")");
        }
        return String.join(", ", names);
    }

    /** Whether the settings say offline. */
    public boolean offline() {
        return settings.isOffline();
    }

    @Override
    public void close() {
        try {
            closeSession.close();
        } catch (Exception e) {
            // nothing was written through the session that closing could lose
        }
        system.shutdown();
        if (deleteOnClose != null) {
            try (var paths = Files.walk(deleteOnClose)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary folder is harmless
            }
        }
    }

    private CairnException unreachable(Exception cause) {
        String repository = cause instanceof org.eclipse.aether.transfer.MetadataTransferException t && t.getRepository() != null
                ? repositoryName(t.getRepository())
                : cause instanceof org.eclipse.aether.transfer.ArtifactTransferException a && a.getRepository() != null
                        ? repositoryName(a.getRepository()) : "a repository";
        return new CairnException(null, 0, "cannot reach " + repository + ": " + rootMessage(cause),
                settings.isOffline() ? "settings.xml says offline; the artifact is not in the local repository"
                        : "check the URL and the network, or the mirror and proxy in " + settingsHint(), cause);
    }

    private static String repositoryName(org.eclipse.aether.repository.ArtifactRepository repository) {
        return repository instanceof RemoteRepository r ? "repository " + r.getId() + " (" + r.getUrl() + ")"
                : "repository " + repository.getId();
    }

    /** The innermost cause's message, on one line: what a transfer error comes down to. */
    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : oneLine(message);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static String settingsHint() {
        return "your Maven settings (~/.m2/settings.xml, or the file given with -s)";
    }

    private static Settings read(MavenSettingsFiles files) {
        DefaultSettingsBuildingRequest request = new DefaultSettingsBuildingRequest();
        if (Files.isRegularFile(files.user())) {
            request.setUserSettingsFile(files.user().toFile());
        }
        Path global = files.globalOrDefault();
        if (global != null && Files.isRegularFile(global)) {
            request.setGlobalSettingsFile(global.toFile());
        }
        request.setSystemProperties(System.getProperties());
        try {
            return new DefaultSettingsBuilderFactory().newInstance().build(request).getEffectiveSettings();
        } catch (SettingsBuildingException e) {
            SettingsProblem problem = e.getProblems().isEmpty() ? null : e.getProblems().get(0);
            String source = problem != null && problem.getSource() != null ? problem.getSource() : files.user().toString();
            throw new CairnException(source, problem != null ? Math.max(problem.getLineNumber(), 0) : 0,
                    problem != null ? oneLine(problem.getMessage()) : oneLine(e.getMessage()),
                    "fix the settings file; Maven reads it the same way", e);
        }
    }

    /** Passwords in settings.xml may be encrypted with {@code mvn --encrypt-password}; Maven's own decrypter reads them. */
    private static Settings decrypt(Settings settings, MavenSettingsFiles files) {
        boolean encrypted = false;
        for (Server s : settings.getServers()) {
            encrypted |= isEncrypted(s.getPassword()) || isEncrypted(s.getPassphrase());
        }
        for (Proxy p : settings.getProxies()) {
            encrypted |= isEncrypted(p.getPassword());
        }
        if (!encrypted) {
            return settings;
        }
        String securityFile = System.getProperty("settings.security",
                Path.of(System.getProperty("user.home"), ".m2", "settings-security.xml").toString());
        DefaultSecDispatcher dispatcher = new DefaultSecDispatcher(new DefaultPlexusCipher(), Map.of(), securityFile);
        SettingsDecryptionResult result = new DefaultSettingsDecrypter(dispatcher)
                .decrypt(new DefaultSettingsDecryptionRequest(settings));
        if (!result.getProblems().isEmpty()) {
            SettingsProblem problem = result.getProblems().get(0);
            throw new CairnException(files.user().toString(), 0, oneLine(problem.getMessage()),
                    "check the encrypted password and " + securityFile, problem.getException());
        }
        Settings decrypted = settings.clone();
        decrypted.setServers(result.getServers());
        decrypted.setProxies(result.getProxies());
        return decrypted;
    }

    private static boolean isEncrypted(String value) {
        return value != null && value.strip().startsWith("{") && value.strip().endsWith("}");
    }

    private static Authentication authentication(Server server) {
        AuthenticationBuilder auth = new AuthenticationBuilder();
        boolean any = false;
        if (server.getUsername() != null) {
            auth.addUsername(server.getUsername());
            auth.addPassword(server.getPassword());
            any = true;
        }
        if (server.getPrivateKey() != null) {
            auth.addPrivateKey(server.getPrivateKey(), server.getPassphrase());
            any = true;
        }
        return any ? auth.build() : null;
    }

    private static Path localRepository(Settings settings) {
        String property = System.getProperty("maven.repo.local");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        if (settings.getLocalRepository() != null && !settings.getLocalRepository().isBlank()) {
            return Path.of(settings.getLocalRepository());
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    private static List<Profile> activeProfiles(Settings settings) {
        List<Profile> active = new ArrayList<>();
        for (Profile profile : settings.getProfiles()) {
            boolean byDefault = profile.getActivation() != null && profile.getActivation().isActiveByDefault();
            if (settings.getActiveProfiles().contains(profile.getId()) || byDefault) {
                active.add(profile);
            }
        }
        return active;
    }

    private static RepositoryPolicy policy(org.apache.maven.settings.RepositoryPolicy policy) {
        if (policy == null) {
            return new RepositoryPolicy();
        }
        return new RepositoryPolicy(policy.isEnabled(), RepositoryPolicy.UPDATE_POLICY_ALWAYS,
                policy.getChecksumPolicy() != null ? policy.getChecksumPolicy() : RepositoryPolicy.CHECKSUM_POLICY_WARN);
    }

    private static Path temporaryLocalRepository() {
        try {
            return Files.createTempDirectory("cairn-local-repository");
        } catch (IOException e) {
            throw CairnException.of("cannot create a temporary folder: " + e.getMessage(), "check the disk and TMPDIR");
        }
    }
}
