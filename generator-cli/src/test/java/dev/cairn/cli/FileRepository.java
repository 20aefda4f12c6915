package dev.cairn.cli;

import dev.cairn.template.MavenRepositories;
import dev.cairn.template.MavenSettingsFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.deployment.DeployRequest;

/**
 * A {@code file:} Maven repository filled by Maven Resolver's deployer without a Maven build: for
 * tests that need published versions but not {@code cairn template publish} itself.
 */
final class FileRepository {

    private FileRepository() {}

    /** Deploys the module's resources, zipped as its jar, and a pom, at {@code version}. */
    static void deploy(Path repository, TemplateModule module, String version, Path work) throws Exception {
        Path jar = work.resolve(module.artifactId() + "-" + version + ".jar");
        Files.createDirectories(work);
        zip(module.path().resolve(TemplateModule.RESOURCES), jar);
        Path pom = work.resolve(module.artifactId() + "-" + version + ".pom");
        Files.writeString(pom, "<project><modelVersion>4.0.0</modelVersion><groupId>" + TemplateModule.GROUP_ID
                + "</groupId><artifactId>" + module.artifactId() + "</artifactId><version>" + version
                + "</version><packaging>maven-archetype</packaging></project>\n", StandardCharsets.UTF_8);
        Path settings = TemplateModule.settings(work.resolve("deploy-settings"), "");
        try (MavenRepositories maven = MavenRepositories.openWithoutCache(new MavenSettingsFiles(settings, null))) {
            DeployRequest request = new DeployRequest();
            request.setRepository(maven.deploymentRepository("test", repository.toUri().toString()));
            request.addArtifact(new DefaultArtifact(TemplateModule.GROUP_ID, module.artifactId(), "jar", version).setPath(jar));
            request.addArtifact(new DefaultArtifact(TemplateModule.GROUP_ID, module.artifactId(), "pom", version).setPath(pom));
            maven.system().deploy(maven.session(), request);
        }
    }

    private static void zip(Path folder, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out);
                Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                if (Files.isRegularFile(file)) {
                    zip.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                    zip.write(Files.readAllBytes(file));
                    zip.closeEntry();
                }
            }
        }
    }
}
