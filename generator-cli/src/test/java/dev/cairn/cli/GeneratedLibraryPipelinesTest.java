package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.testtools.NpmTool;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library template's pipelines, one per {@code ci}: each passes its CI system's own validator, as the
 * service's do ({@link GeneratedPipelinesTest}), and builds, checks and publishes with {@code ci/publish.sh}.
 */
class GeneratedLibraryPipelinesTest {

    @TempDir
    Path tmp;

    private Path generate(String ci) {
        Path project = tmp.resolve(ci);
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "new", "library",
                "-DgroupId=com.acme", "-DartifactId=text-tools", "-Dci=" + ci, "--dir", project.toString(),
                "--non-interactive");
        assertThat(exit).as(err.toString()).isZero();
        return project;
    }

    @Test
    void the_github_workflow_passes_action_validator() throws Exception {
        Path project = generate("github");
        Path workflow = project.resolve(".github/workflows/ci.yml");

        NpmTool.Result result = NpmTool.ACTION_VALIDATOR.run(project, workflow.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(workflow).content().contains("mvn -B verify").contains("sh ci/publish.sh")
                .contains("secrets.MAVEN_REPOSITORY_PASSWORD");
    }

    @Test
    void the_gitlab_pipeline_passes_gitlab_ci_local_and_lists_its_build_job() throws Exception {
        Path project = generate("gitlab");

        NpmTool.Result result = NpmTool.GITLAB_CI_LOCAL.run(project, "--list");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).containsPattern("(?m)^verify\\s+build\\s+on_success");
        assertThat(project.resolve(".gitlab-ci.yml")).content().contains("sh ci/publish.sh");
    }

    @Test
    void the_jenkinsfile_passes_npm_groovy_lint() throws Exception {
        Path project = generate("jenkins");
        Path report = tmp.resolve("groovy-lint.json");

        NpmTool.Result result = NpmTool.NPM_GROOVY_LINT.run(project, "--noserver", "--failon", "error",
                "--output", report.toString(), "Jenkinsfile");

        assertThat(result.exitCode()).as(result.output()).isZero();
        JsonNode lint = new ObjectMapper().readTree(report.toFile());
        assertThat(lint.path("summary").path("totalFilesLinted").asInt()).as(result.output()).isEqualTo(1);
        assertThat(lint.path("summary").path("totalFoundErrorNumber").asInt()).as(lint.toPrettyString()).isZero();
        assertThat(Files.readString(project.resolve("Jenkinsfile"))).contains("sh ci/publish.sh");
    }
}
