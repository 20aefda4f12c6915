package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.generate.FixtureManifestTest;
import dev.cairn.generate.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cairn new} in-process on a template with a manifest, read from its template.yaml. The
 * same behaviour is tested on manifest records in dev.cairn.generate; these run once the manifest
 * reader exists.
 */
class NewCommandManifestTest {

    @TempDir
    Path work;

    private final String svc = Fixtures.TEMPLATES.resolve("svc").toString();
    private String out;
    private String err;

    @BeforeEach
    void needsTheManifestReader() {
        assumeTrue(FixtureManifestTest.manifestsAreRead(), "the manifest reader is not written yet");
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(new PrintWriter(o, true), new PrintWriter(e, true), args);
        out = o.toString().replace(System.lineSeparator(), "\n");
        err = e.toString().replace(System.lineSeparator(), "\n");
        return code;
    }

    private String dir(String name) {
        return work.resolve(name).toString();
    }

    private int runSvc(String... extra) {
        String[] args = new String[5 + extra.length];
        args[0] = "new";
        args[1] = svc;
        args[2] = "--dir";
        args[3] = dir("p");
        args[4] = "-DgroupId=com.acme";
        System.arraycopy(extra, 0, args, 5, extra.length);
        return run(args);
    }

    @Test
    void a_choice_outside_its_choices_is_refused_naming_the_flag() {
        assertThat(runSvc("-DartifactId=orders", "-DserviceName=orders", "-Dframework=sprong")).isEqualTo(2);
        assertThat(err).isEqualTo("error: -Dframework: 'sprong' is not one of plain, spring-boot (pass one of them)\n");
        assertThat(work.resolve("p")).doesNotExist();
    }

    @Test
    void a_secret_is_refused() {
        assertThat(runSvc("-DartifactId=orders", "-DserviceName=orders", "-Ddb-password=hunter2")).isEqualTo(2);
        assertThat(err).isEqualTo("error: -Ddb-password: db-password is a secret; Cairn never takes secret values"
                + " (set DB_PASSWORD in the environment where the service runs)\n");
    }

    @Test
    void an_unknown_overlay_lists_the_known_ones() {
        assertThat(runSvc("-DartifactId=orders", "-DserviceName=orders", "--with", "redis")).isEqualTo(2);
        assertThat(err).isEqualTo("error: --with: unknown overlay 'redis' (known overlays: postgres, docker)\n");
    }

    @Test
    void overlays_and_secrets_show_in_the_summary_and_the_plan() throws IOException {
        assertThat(runSvc("-DartifactId=orders", "-DserviceName=orders", "-Dpersistence=postgres", "--with", "docker"))
                .as(err).isZero();
        assertThat(out).contains(" from svc 1.2.0: ", "  overlays: postgres, docker\n",
                "  secret db-password: Cairn stores no value; set DB_PASSWORD where the service runs\n",
                "cd " + dir("p") + " && mvn verify");
        assertThat(work.resolve("p/Dockerfile")).exists();
        assertThat(work.resolve("p/src/main/java/com/acme/adapter/out/jdbc/JdbcStore.java")).exists();
        assertThat(work.resolve("p/src/main/java/com/acme/adapter/out/memory")).doesNotExist();
        assertThat(Files.readString(work.resolve("p/.cairn/answers.yaml"))).contains("overlays: [postgres, docker]")
                .doesNotContain("hunter2");

        assertThat(run("new", svc, "--dir", dir("q"), "--answers", dir("p/.cairn/answers.yaml"), "--dry-run",
                "--format", "json")).as(err).isZero();
        JsonNode plan = new ObjectMapper().readTree(out);
        assertThat(plan.path("template").path("id").asText()).isEqualTo("svc");
        assertThat(plan.path("template").path("version").asText()).isEqualTo("1.2.0");
        assertThat(plan.path("overlays").toString()).isEqualTo("[\"postgres\",\"docker\"]");
        assertThat(plan.path("secrets").get(0).path("env").asText()).isEqualTo("DB_PASSWORD");
    }

    @Test
    void an_answers_file_value_is_checked_with_its_line() throws IOException {
        Path answers = work.resolve("answers.yaml");
        Files.writeString(answers, "artifactId: orders\nserviceName: orders\ncoverageMin: lots\n");
        assertThat(runSvc("--answers", answers.toString())).isEqualTo(2);
        assertThat(err).isEqualTo("error: " + answers + ":3: coverageMin: 'lots' is not an integer"
                + " (pass digits, with a minus sign if negative)\n");
    }
}
