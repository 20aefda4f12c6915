package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's training run does what it says: new, then diff and update of the project in a git work tree. */
class CdsTrainingTest {

    @TempDir
    Path tmp;

    @Test
    void trains_on_new_then_on_diff_and_update_of_the_project_it_made() throws Exception {
        Path project = tmp.resolve("project");

        CdsTraining.main(new String[] {"new", "src/launcher/cds-training", "--dir", project.toString(),
            "-DgroupId=org.example", "-DartifactId=training", "-Dversion=1.0", "-Dpackage=org.example.training",
            "--non-interactive"});

        assertThat(project.resolve(".cairn/answers.yaml")).isRegularFile();
        assertThat(project.resolve(".cairn/pristine.zip")).isRegularFile();
        assertThat(project.resolve(".git")).isDirectory();
        assertThat(Files.readString(project.resolve("pom.xml"), StandardCharsets.UTF_8)).endsWith("<!-- a local edit -->\n");
        // the dry run wrote nothing, and nothing was left behind by the update
        try (var entries = Files.list(project.resolve(".cairn"))) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("answers.yaml", "pristine.zip");
        }
    }
}
