package dev.cairn.rules.archunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where fromConfig() looks for cairn.yaml: the module folder, else its parents up to the repository root. */
class ProjectRootTest {

    @Test
    void the_module_folder_wins(@TempDir Path repository) throws IOException {
        Path module = Files.createDirectories(repository.resolve("orders"));
        Files.createDirectory(repository.resolve(".git"));
        Files.writeString(repository.resolve("cairn.yaml"), "");
        Files.writeString(module.resolve("cairn.yaml"), "");

        assertThat(CairnRules.findProjectRoot(module)).isEqualTo(module.toAbsolutePath().normalize());
    }

    @Test
    void a_parent_up_to_the_repository_root_is_used(@TempDir Path repository) throws IOException {
        Path module = Files.createDirectories(repository.resolve("services/orders"));
        Files.createDirectory(repository.resolve(".git"));
        Files.writeString(repository.resolve("cairn.yaml"), "");

        assertThat(CairnRules.findProjectRoot(module)).isEqualTo(repository.toAbsolutePath().normalize());
    }

    @Test
    void nothing_above_the_repository_root_counts(@TempDir Path outside) throws IOException {
        Files.writeString(outside.resolve("cairn.yaml"), "");
        Path repository = Files.createDirectories(outside.resolve("repository"));
        Files.createDirectory(repository.resolve(".git"));
        Path module = Files.createDirectories(repository.resolve("orders"));

        assertThat(CairnRules.findProjectRoot(module)).isEqualTo(module.toAbsolutePath().normalize());
    }
}
