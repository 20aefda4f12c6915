package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;

/**
 * A Maven repository behind basic authentication, served on this machine's loopback by the test:
 * the credentials of settings.xml's {@code <server>} (plain or encrypted with Maven's master password)
 * reach it through the mirror of the same id; without them it answers 401.
 */
class AuthenticatedRepositoryTest {

    private static final String USER = "deployer";
    /** Made up for each run: the repository needs one, and no password belongs in a source file. */
    private static final String PASSWORD = java.util.UUID.randomUUID().toString();

    @TempDir
    Path tmp;

    HttpServer server;
    Path served;
    String url;

    @BeforeEach
    void a_repository_that_wants_credentials() throws Exception {
        served = tmp.resolve("served");
        TemplateModule module = TemplateModule.write(tmp.resolve("template"), "private-template", "2.0.0");
        FileRepository.deploy(served, module, "2.0.0", tmp.resolve("work"));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/repository/", this::serve);
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/repository/";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** GET reads and PUT writes files under {@link #served}, for the right credentials only. */
    private void serve(HttpExchange exchange) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        Path file = served.resolve(exchange.getRequestURI().getPath().substring("/repository/".length())).normalize();
        try (exchange) {
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"templates\"");
                exchange.sendResponseHeaders(401, -1);
            } else if (!file.startsWith(served)) {
                exchange.sendResponseHeaders(403, -1);
            } else if (exchange.getRequestMethod().equals("PUT")) {
                Files.createDirectories(file.getParent());
                try (InputStream in = exchange.getRequestBody()) {
                    Files.write(file, in.readAllBytes());
                }
                exchange.sendResponseHeaders(201, -1);
            } else if (!Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                byte[] body = Files.readAllBytes(file);
                boolean head = exchange.getRequestMethod().equals("HEAD");
                exchange.sendResponseHeaders(200, head ? -1 : body.length);
                if (!head) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            }
        }
    }

    private Path settings(String name, String password) throws IOException {
        return TemplateModule.settings(tmp.resolve(name), """
                  <mirrors><mirror><id>company</id><mirrorOf>*</mirrorOf><url>%s</url></mirror></mirrors>
                  <servers><server><id>company</id><username>%s</username><password>%s</password></server></servers>
                """.formatted(url, USER, password));
    }

    private CliRun generate(Path settings, String name) {
        return CliRun.of("new", TemplateModule.GROUP_ID + ":private-template", "-s", settings.toString(),
                "--dir", tmp.resolve(name + "-project").toString(), "-DgroupId=com.acme", "-DartifactId=demo", "--non-interactive");
    }

    @Test
    void the_servers_credentials_open_the_repository() throws Exception {
        CliRun run = generate(settings("plain", PASSWORD), "plain");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(tmp.resolve("plain-project/README.md")).hasContent("made by 2.0.0");
    }

    @Test
    void a_password_encrypted_with_mavens_master_password_is_decrypted() throws Exception {
        DefaultPlexusCipher cipher = new DefaultPlexusCipher();
        String master = "the-master-password";
        Path security = tmp.resolve("settings-security.xml");
        Files.writeString(security, "<settingsSecurity><master>" + cipher.encryptAndDecorate(master, "settings.security")
                + "</master></settingsSecurity>\n");
        Path settings = settings("encrypted", cipher.encryptAndDecorate(PASSWORD, master));
        String before = System.getProperty("settings.security");
        System.setProperty("settings.security", security.toString());
        try {
            CliRun run = generate(settings, "encrypted");

            assertThat(run.exit()).as(run.toString()).isZero();
            assertThat(tmp.resolve("encrypted-project/README.md")).hasContent("made by 2.0.0");
        } finally {
            if (before == null) {
                System.clearProperty("settings.security");
            } else {
                System.setProperty("settings.security", before);
            }
        }
    }

    @Test
    void a_wrong_password_is_one_line_naming_the_repository_and_exit_2() throws Exception {
        CliRun run = generate(settings("wrong", "not-the-password"), "wrong");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: cannot reach repository company (" + url + "): ").contains("401")
                .hasLineCount(1);
    }

    @Test
    void publish_deploys_with_the_credentials_of_the_named_server() throws Exception {
        TemplateModule next = TemplateModule.write(tmp.resolve("next"), "private-template", "2.1.0");
        // only the server's credentials: the same settings go to the template's own build, whose Maven
        // (3.8 and later) refuses http:// mirrors
        Path settings = TemplateModule.settings(tmp.resolve("publish"), """
                  <servers><server><id>company</id><username>%s</username><password>%s</password></server></servers>
                """.formatted(USER, PASSWORD));
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("template", "publish", next.path().toString(),
                "--repository", "company::" + url, "-s", settings.toString()));
        // the template's own build must not use the test's local repository: it has no plugins
        args.add("--build-arg=-Dmaven.repo.local=" + RealArchetypePlugin.localRepository());
        if ("offline=true".equals(System.getProperty("cairn.test.offline"))) {
            args.add("--build-arg=-o");
        }

        CliRun run = CliRun.of(args);

        assertThat(run.exit()).as(run.toString()).isZero();
        Path artifact = served.resolve("com/example/templates/private-template");
        assertThat(artifact.resolve("2.1.0/private-template-2.1.0.jar")).isRegularFile();
        assertThat(Files.readString(artifact.resolve("maven-metadata.xml")))
                .contains("<version>2.0.0</version>", "<version>2.1.0</version>", "<release>2.1.0</release>");
    }
}
