package dev.cairn.publish;

import dev.cairn.CairnException;
import dev.cairn.template.MavenCoordinates;
import dev.cairn.template.MavenRepositories;
import dev.cairn.template.MavenSettingsFiles;
import dev.cairn.template.Template;
import dev.cairn.template.TemplateLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.deployment.DeployRequest;
import org.eclipse.aether.deployment.DeploymentException;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.transfer.ArtifactNotFoundException;

/**
 * {@code cairn template publish}: builds a template's archetype jar and deploys it, with its pom,
 * to a Maven repository through Maven Resolver, which writes the repository's metadata
 * ({@code maven-metadata.xml}) and checksums as {@code mvn deploy} would.
 *
 * <p>The jar is built by the template's own {@code mvn package} ({@link ArchetypeJar}, which says why).
 *
 * <p>A released version is never overwritten: the repository is asked first (with an empty local
 * repository, so no cached copy answers for it). A SNAPSHOT may be deployed again.
 */
public final class Publisher {

    /**
     * What to publish, where, and how Maven runs.
     *
     * @param project the template's sources (an archetype module), never {@code null}
     * @param repository the repository's URL, or {@code ID::URL} where ID names a {@code <server>}
     *     with credentials in settings.xml; never {@code null}
     * @param settings the Maven settings for credentials and for the build
     * @param userSettings {@code -s FILE} to pass to the build, or {@code null}
     * @param globalSettings {@code -gs FILE} to pass to the build, or {@code null}
     * @param buildArgs more arguments for {@code mvn package}
     */
    public record Request(TemplateProject project, String repository, MavenSettingsFiles settings, Path userSettings,
            Path globalSettings, List<String> buildArgs) {}

    /**
     * What was deployed.
     *
     * @param coordinates the template's coordinates and version
     * @param repository the repository's URL
     * @param jar the jar deployed (in the project's {@code target/})
     * @param jarBytes its size
     */
    public record Result(MavenCoordinates coordinates, String repository, Path jar, long jarBytes) {}

    /** The id a repository gets when the user names only its URL. */
    static final String DEFAULT_REPOSITORY_ID = "cairn-publish";

    private Publisher() {}

    /**
     * @throws CairnException (exit 2) if the project is not an archetype module, its versions
     *     disagree, the release is already in the repository, the build fails, or the deployment fails
     */
    public static Result publish(Request request) {
        TemplateProject project = request.project();
        MavenCoordinates coordinates = coordinates(project);
        String url = repositoryUrl(request.repository());
        try (MavenRepositories repositories = MavenRepositories.openWithoutCache(request.settings())) {
            RemoteRepository target = repositories.deploymentRepository(repositoryId(request.repository()), url);
            refuseReleased(repositories, target, coordinates, url);
            Path jar = ArchetypeJar.build(project, mavenArgs(request));
            refuseReleased(repositories, target, coordinates, url); // again: another publisher may have been quicker
            deploy(repositories, target, coordinates, jar, project.dir().resolve("pom.xml"));
            long size;
            try {
                size = Files.size(jar);
            } catch (IOException e) {
                size = -1;
            }
            return new Result(coordinates, url, jar, size);
        }
    }

    /** The module's coordinates, checked against the manifest's version. */
    static MavenCoordinates coordinates(TemplateProject project) {
        MavenCoordinates pom = project.module();
        Template template = TemplateLoader.load(project.source());
        if (template.manifest() != null && !template.manifest().version().equals(pom.version())) {
            throw new CairnException(project.manifestShown(), 0, "version " + template.manifest().version()
                    + " differs from pom.xml's " + pom.version(),
                    "make them the same: the pom's version is the artifact's, the manifest's is what projects record");
        }
        return pom;
    }

    /**
     * The URL of {@code --repository ID::URL} or {@code --repository URL}.
     *
     * @throws CairnException if it is not a URL
     */
    public static String repositoryUrl(String spec) {
        int separator = spec.indexOf("::");
        String url = separator > 0 ? spec.substring(separator + 2) : spec;
        if (!url.matches("[A-Za-z][A-Za-z0-9+.-]*:.+") || url.matches("[A-Za-z]:[\\\\/].*")) {
            throw CairnException.of("--repository " + spec + " is not a URL",
                    "write a URL (https://repo.acme.com/releases, file:///srv/repo) or ID::URL, ID naming a server in settings.xml");
        }
        return url;
    }

    /** The id of {@code --repository ID::URL}; for a URL alone, {@value #DEFAULT_REPOSITORY_ID}. */
    public static String repositoryId(String spec) {
        int separator = spec.indexOf("::");
        return separator > 0 ? spec.substring(0, separator) : DEFAULT_REPOSITORY_ID;
    }

    private static void refuseReleased(MavenRepositories repositories, RemoteRepository target, MavenCoordinates c,
            String url) {
        if (!c.isSnapshot() && isPublished(repositories, target, c)) {
            throw CairnException.of(c + " is already published in " + url + "; a released version is never overwritten",
                    "raise the version in pom.xml and the manifest, or publish a -SNAPSHOT");
        }
    }

    private static boolean isPublished(MavenRepositories repositories, RemoteRepository target, MavenCoordinates c) {
        Artifact pom = new DefaultArtifact(c.groupId(), c.artifactId(), "pom", c.version());
        try {
            repositories.system().resolveArtifact(repositories.session(), new ArtifactRequest(pom, List.of(target), null));
            return true;
        } catch (ArtifactResolutionException e) {
            for (var result : e.getResults()) {
                for (Exception cause : result.getExceptions()) {
                    if (!(cause instanceof ArtifactNotFoundException)) {
                        throw CairnException.of("cannot reach " + target.getUrl() + " to check for " + c + ": "
                                + MavenRepositories.rootMessage(cause), "check the URL, the network and the credentials in settings.xml");
                    }
                }
            }
            return false;
        }
    }

    /** {@code -s} and {@code -gs} as the user gave them to Cairn, then the build arguments. */
    private static List<String> mavenArgs(Request request) {
        List<String> args = new ArrayList<>();
        if (request.userSettings() != null) {
            args.addAll(List.of("-s", request.userSettings().toAbsolutePath().toString()));
        }
        if (request.globalSettings() != null) {
            args.addAll(List.of("-gs", request.globalSettings().toAbsolutePath().toString()));
        }
        args.addAll(request.buildArgs());
        return args;
    }

    private static void deploy(MavenRepositories repositories, RemoteRepository target, MavenCoordinates c, Path jar,
            Path pom) {
        DeployRequest deploy = new DeployRequest();
        deploy.setRepository(target);
        deploy.addArtifact(new DefaultArtifact(c.groupId(), c.artifactId(), "jar", c.version()).setPath(jar));
        deploy.addArtifact(new DefaultArtifact(c.groupId(), c.artifactId(), "pom", c.version()).setPath(pom));
        try {
            repositories.system().deploy(repositories.session(), deploy);
        } catch (DeploymentException e) {
            throw CairnException.of("cannot deploy " + c + " to " + target.getUrl() + ": " + MavenRepositories.rootMessage(e),
                    "check the URL, the network, and the credentials of server '" + target.getId() + "' in settings.xml");
        }
    }
}
