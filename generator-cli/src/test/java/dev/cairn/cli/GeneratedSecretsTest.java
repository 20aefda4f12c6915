package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.check.Finding;
import dev.cairn.check.SecretScan;
import dev.cairn.generate.PristineSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance line 4 of the standard templates: no generated file holds a secret value. Every
 * variant of the service (each combination of ci, framework, persistence and deploy-strategy, with
 * no overlay and with every overlay: overlays only add files and blocks, so those two cover every
 * file and block an overlay combination can hold) is generated, and every file of it, sources
 * included, goes through Cairn's secret scanner; so does every variant of the library.
 */
class GeneratedSecretsTest {

    private static final List<String> CI = List.of("github", "gitlab", "jenkins");
    private static final List<String> FRAMEWORK = List.of("plain", "spring-boot");
    private static final List<String> PERSISTENCE = List.of("none", "postgres");
    private static final List<String> DEPLOY = List.of("rolling", "blue-green", "canary");
    private static final List<String> OVERLAYS = List.of("observability", "benchmarks", "docker");

    @TempDir
    Path tmp;

    @Test
    void no_variant_of_the_service_holds_a_secret_value() throws IOException {
        List<String> findings = new ArrayList<>();
        int variants = 0;
        for (String ci : CI) {
            for (String framework : FRAMEWORK) {
                for (String persistence : PERSISTENCE) {
                    for (String deploy : DEPLOY) {
                        for (boolean withOverlays : new boolean[] {false, true}) {
                            List<String> args = new ArrayList<>(List.of("new", "service", "-DgroupId=com.acme",
                                    "-DartifactId=orders", "-Dci=" + ci, "-Dframework=" + framework,
                                    "-Dpersistence=" + persistence, "-Ddeploy-strategy=" + deploy));
                            for (String overlay : OVERLAYS) {
                                args.add("-D" + overlay + "=" + withOverlays);
                            }
                            Path project = tmp.resolve("v" + variants++);
                            args.addAll(List.of("--dir", project.toString(), "--non-interactive"));
                            findings.addAll(scan(args, project));
                        }
                    }
                }
            }
        }
        assertThat(variants).isEqualTo(CI.size() * FRAMEWORK.size() * PERSISTENCE.size() * DEPLOY.size() * 2);
        assertThat(findings).isEmpty();
    }

    @Test
    void no_variant_of_the_library_holds_a_secret_value() throws IOException {
        // the publishing credentials are placeholders the pipeline fills from the CI's secret store
        List<String> findings = new ArrayList<>();
        for (String ci : CI) {
            Path project = tmp.resolve("library-" + ci);
            findings.addAll(scan(List.of("new", "library", "-DgroupId=com.acme", "-DartifactId=text-tools", "-Dci=" + ci,
                    "--dir", project.toString(), "--non-interactive"), project));
            assertThat(project.resolve(".mvn/publish-settings.xml")).content().contains("${env.MAVEN_REPOSITORY_PASSWORD}");
        }
        assertThat(findings).isEmpty();
    }

    private static List<String> scan(List<String> args, Path project) throws IOException {
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args.toArray(String[]::new));
        assertThat(exit).as("%s: %s", args, err).isZero();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(project)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = project.relativize(file).toString().replace('\\', '/');
                if (name.equals(PristineSnapshot.PATH)) {
                    continue; // the render zipped: its files are scanned where they are
                }
                for (Finding finding : SecretScan.findings(name, Files.readString(file))) {
                    found.add(String.join(" ", args.subList(1, args.indexOf("--dir"))) + ": " + name + ":" + finding.line() + " " + finding.message());
                }
            }
        }
        return found;
    }
}
