package dev.cairn.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFilesTest {

    private static void write(Path root, String file, String text) throws IOException {
        Files.createDirectories(root.resolve(file).getParent());
        Files.writeString(root.resolve(file), text);
    }

    @Test
    void follows_gitignore_at_every_level_with_negation_and_never_enters_git_or_target(@TempDir Path root) throws IOException {
        write(root, ".gitignore", "*.log\nbuild/\n");
        write(root, "module/.gitignore", "!keep.log\nlocal/\n");
        write(root, "a.log", "");
        write(root, "module/keep.log", "");
        write(root, "module/local/x.properties", "");
        write(root, "module/src/main/java/A.java", "");
        write(root, "build/out.txt", "");
        write(root, "module/target/classes/x.properties", "");
        write(root, ".git/config", "");
        write(root, "application.yaml", "");

        ProjectFiles files = ProjectFiles.scan(root, List.of());

        assertThat(files.javaSources()).containsExactly("module/src/main/java/A.java");
        assertThat(files.otherFiles()).containsExactly(".gitignore", "application.yaml", "module/.gitignore", "module/keep.log");
    }

    @Test
    void secrets_ignore_takes_files_and_folders_out_of_the_secret_scan_only(@TempDir Path root) throws IOException {
        write(root, "fixtures/keys.env", "");
        write(root, "fixtures/Fake.java", "");
        write(root, "docs/example.properties", "");
        write(root, "app.env", "");

        ProjectFiles files = ProjectFiles.scan(root, List.of("fixtures/", "*.properties"));

        assertThat(files.otherFiles()).containsExactly("app.env");
        assertThat(files.javaSources()).containsExactly("fixtures/Fake.java");
    }

    /**
     * Java under a resources folder is data (an archetype's templates, fixtures): secret-scanned, not given to
     * Checkstyle, which would report each as a parse error. module-info.java is skipped: Checkstyle's grammar
     * has no module declarations.
     */
    @Test
    void java_under_resources_is_data_and_module_info_is_left_out(@TempDir Path root) throws IOException {
        write(root, "src/main/java/module-info.java", "module a {}\n");
        write(root, "src/main/java/a/A.java", "");
        write(root, "src/main/resources/archetype-resources/src/main/java/App.java", "");
        write(root, "templates/archetype-resources/Tpl.java", "");

        ProjectFiles files = ProjectFiles.scan(root, List.of());

        assertThat(files.javaSources()).containsExactly("src/main/java/a/A.java");
        assertThat(files.otherFiles()).containsExactly("src/main/resources/archetype-resources/src/main/java/App.java",
                "templates/archetype-resources/Tpl.java");
    }
}
