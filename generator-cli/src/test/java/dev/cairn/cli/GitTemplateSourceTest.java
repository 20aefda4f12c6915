package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.template.GitSource;
import dev.cairn.template.TemplateSource;
import dev.cairn.template.TemplateSources;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template kept in a git repository, which the test makes with JGit: each version tag is a
 * version, {@code cairn new git:URL#TAG} generates from that tag, {@code git:URL} from the newest.
 */
class GitTemplateSourceTest {

    @TempDir
    Path tmp;

    Path repository;
    String url;

    /** Four tags: 1.0.0 and v1.10.0 (so that 1.10 must sort after 1.9), v1.9.0, and latest (not a version). */
    @BeforeEach
    void a_repository_with_tagged_releases() throws Exception {
        repository = tmp.resolve("service-template");
        TemplateModule module = TemplateModule.write(repository, "git-template", "1.0.0");
        PersonIdent author = new PersonIdent("Platform Team", "platform@example.com");
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            commitAndTag(git, author, "1.0.0");
            module.version("1.9.0").readme("made by ${templateVersion}");
            commitAndTag(git, author, "v1.9.0");
            module.version("1.10.0").readme("made by ${templateVersion}");
            commitAndTag(git, author, "v1.10.0");
            git.tag().setName("latest").setAnnotated(false).call();
            module.version("2.0.0-SNAPSHOT").readme("work in progress, not tagged");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("next").setAuthor(author).setCommitter(author).setSign(false).call();
        }
        url = repository.toUri().toString();
    }

    private static void commitAndTag(Git git, PersonIdent author, String tag) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage("release " + tag).setAuthor(author).setCommitter(author).setSign(false).call();
        git.tag().setName(tag).setAnnotated(true).setMessage("release " + tag).setTagger(author).setSigned(false).call();
    }

    @Test
    void versions_are_the_version_tags_in_maven_order() {
        TemplateSource source = TemplateSources.resolve("git:" + url, tmp);

        assertThat(source).isEqualTo(new GitSource(url, null));
        assertThat(source.versions()).containsExactly("1.0.0", "1.9.0", "1.10.0");
    }

    @Test
    void new_at_each_tag_generates_that_tags_content() throws Exception {
        for (String tag : new String[] {"1.0.0", "v1.9.0", "1.10.0"}) {
            Path project = tmp.resolve("at-" + tag);
            CliRun run = CliRun.of("new", "git:" + url + "#" + tag, "--dir", project.toString(),
                    "-DgroupId=com.acme", "-DartifactId=demo", "--non-interactive");

            String version = tag.replaceFirst("^v", "");
            assertThat(run.exit()).as(run.toString()).isZero();
            assertThat(run.out()).contains("from git-template " + version);
            assertThat(project.resolve("README.md")).hasContent("made by " + version);
            assertThat(Files.readString(project.resolve(".cairn/answers.yaml")))
                    .contains("source: git:" + url + "\n", "version: " + version + "\n");
        }
    }

    @Test
    void without_a_tag_the_newest_version_tag_is_used_never_the_untagged_head() {
        Path project = tmp.resolve("newest");

        CliRun run = CliRun.of("new", "git:" + url, "--dir", project.toString(), "-DgroupId=com.acme", "-DartifactId=demo",
                "--non-interactive");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(project.resolve("README.md")).hasContent("made by 1.10.0");
    }

    @Test
    void a_url_ending_in_dot_git_needs_no_prefix_and_the_recorded_source_resolves_again() throws Exception {
        Path bare = tmp.resolve("bare.git");
        Git.cloneRepository().setURI(url).setBare(true).setDirectory(bare.toFile()).call().close();
        String bareUrl = bare.toUri().toString().replaceFirst("/$", "");

        TemplateSource typed = TemplateSources.resolve(bareUrl + "#v1.9.0", tmp);
        TemplateSource recorded = TemplateSources.resolve(typed.describe(), tmp).atVersion("1.9.0");

        assertThat(typed).isEqualTo(new GitSource(bareUrl, "v1.9.0"));
        assertThat(new String(recorded.open().read("archetype-resources/README.md"))).isEqualTo("made by 1.9.0\n");
    }

    @Test
    void a_missing_tag_is_one_line_naming_the_versions_and_exit_2() {
        Path project = tmp.resolve("missing");

        CliRun run = CliRun.of("new", "git:" + url + "#v3.0.0", "--dir", project.toString(), "-DgroupId=com.acme",
                "-DartifactId=demo", "--non-interactive");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: no tag 'v3.0.0' in " + url + " (its versions: 1.0.0, 1.9.0, 1.10.0)\n");
        assertThat(project).doesNotExist();
    }

    @Test
    void an_unreachable_repository_is_one_line_and_exit_2() {
        String missing = tmp.resolve("no-such-repository").toUri().toString();

        CliRun run = CliRun.of("new", "git:" + missing, "--dir", tmp.resolve("p").toString(), "-DgroupId=com.acme",
                "-DartifactId=demo", "--non-interactive");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: cannot reach the git repository " + missing + ": ").hasLineCount(1);
    }

    @Test
    void an_ssh_url_goes_through_jgits_ssh_transport() {
        // a closed port on this machine: the connection is refused at once
        String ssh = "ssh://git@127.0.0.1:9/platform/service-template.git";

        CliRun run = CliRun.of("new", ssh, "--dir", tmp.resolve("p").toString(), "-DgroupId=com.acme", "-DartifactId=demo",
                "--non-interactive");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: cannot reach the git repository " + ssh + ": ")
                .contains("Connection refused").hasLineCount(1);
    }

    @Test
    void a_tag_already_cached_is_used_when_the_remote_has_gone() throws Exception {
        TemplateSource source = TemplateSources.resolve("git:" + url + "#v1.9.0", tmp);
        source.open(); // clones into the cache
        try (var paths = Files.walk(repository)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }

        assertThat(new String(source.open().read("archetype-resources/README.md"))).isEqualTo("made by 1.9.0\n");
        assertThat(source.versions()).containsExactly("1.0.0", "1.9.0", "1.10.0");
    }

    /**
     * Acceptance line 4 of the template lifecycle: a project generated from a tag follows the repository's newer
     * tags with {@code cairn update}: the template's change arrives, the team's edit and its own file stay, and the
     * answers file moves to each version.
     */
    @Test
    void a_project_generated_at_a_tag_updates_to_a_newer_tag_and_then_to_the_newest() throws Exception {
        Path project = tmp.resolve("follows");
        CliRun created = CliRun.of("new", "git:" + url + "#1.0.0", "--dir", project.toString(), "-DgroupId=com.acme",
                "-DartifactId=demo", "--non-interactive");
        assertThat(created.exit()).as(created.toString()).isZero();
        Path pom = project.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("</project>", "  <!-- the team's own -->\n</project>"));
        Files.writeString(project.resolve("NOTES.md"), "the team's notes\n");

        MainTest.Run toTag = MainTest.run("update", "--dir", project.toString(), "--to", "1.9.0", "--non-interactive");

        assertThat(toTag.exitCode()).as(toTag.out() + toTag.err()).isZero();
        assertThat(toTag.out()).contains("1.0.0 -> 1.9.0");
        assertThat(project.resolve("README.md")).hasContent("made by 1.9.0");
        assertThat(pom).content().contains("  <!-- the team's own -->\n</project>");
        assertThat(project.resolve("NOTES.md")).hasContent("the team's notes");
        assertThat(Files.readString(project.resolve(".cairn/answers.yaml")))
                .contains("source: git:" + url + "\n", "version: 1.9.0\n");

        MainTest.Run toNewest = MainTest.run("update", "--dir", project.toString(), "--non-interactive");

        assertThat(toNewest.exitCode()).as(toNewest.out() + toNewest.err()).isZero();
        assertThat(project.resolve("README.md")).hasContent("made by 1.10.0");
        assertThat(pom).content().contains("  <!-- the team's own -->\n</project>");
        assertThat(Files.readString(project.resolve(".cairn/answers.yaml"))).contains("version: 1.10.0\n");
    }
}
