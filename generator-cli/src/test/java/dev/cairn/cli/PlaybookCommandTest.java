package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * {@code cairn playbook} end to end on a generated service: list, show, status in every format (JSON and JUnit parsed
 * back, Markdown through a CommonMark parser with the task-list extension), sign, render, and the places playbooks
 * come from.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaybookCommandTest {

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @TempDir
    static Path shared;

    Path service;

    @BeforeAll
    void generate() {
        service = ServiceProjects.generate(shared.resolve("orders"), List.of());
    }

    @TempDir
    Path tmp;

    @Test
    void list_shows_the_bundled_playbooks_and_which_cairn_yaml_attaches() {
        Run run = run("playbook", "list", "--dir", service.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("(?m)^service-readiness +1\\.0\\.0 +\\d+ auto, \\d+ manual +yes +bundled +Service readiness$")
                .containsPattern("(?m)^framework-migration +1\\.0\\.0 .* - +bundled +Framework migration$")
                .contains("release", "data-migration", "post-mortem");
    }

    @Test
    void show_prints_the_checklist() {
        Run run = run("playbook", "show", "service-readiness", "--dir", service.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("service-readiness 1.0.0: Service readiness (bundled)\n")
                .contains("\nArchitecture and code\n  hexagonal-layers (required, rule-passes cairn.layers.hexagonal)\n"
                        + "    The layers follow the hexagonal rules\n    Why: ")
                .contains("  runbook (required, signed off by the on-call lead)\n")
                .contains("  alert-rules (required, yaml-key ops/prometheus/alerts.yml groups; only when $observability == 'true')\n");
    }

    @Test
    void status_json_parses_back_with_every_item_and_its_status() throws IOException {
        Run run = run("playbook", "status", "--dir", service.toString(), "--format", "json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("ready").asBoolean()).isFalse();
        JsonNode playbook = json.path("playbooks").get(0);
        assertThat(playbook.path("id").asText()).isEqualTo("service-readiness");
        List<String> statuses = new ArrayList<>();
        int items = 0;
        for (JsonNode section : playbook.path("sections")) {
            int done = 0;
            for (JsonNode item : section.path("items")) {
                items++;
                statuses.add(item.path("id").asText() + "=" + item.path("status").asText());
                done += item.path("status").asText().matches("passed|signed") ? 1 : 0;
            }
            assertThat(section.path("progress").path("done").asInt()).isEqualTo(done);
        }
        assertThat(playbook.path("progress").path("total").asInt()).isEqualTo(items);
        // not built: what needs target/ fails and says so; the files the template writes pass
        assertThat(statuses).contains("hexagonal-layers=failed", "coverage=failed", "architecture-doc=passed",
                "secrets-clean=passed", "pipeline-stages=passed", "runbook=awaiting-signoff", "alert-rules=not-applicable",
                "migrations-versioned=not-applicable", "observability-in-place=awaiting-signoff");
        assertThat(playbook.path("unmet")).extracting(JsonNode::asText).contains("hexagonal-layers", "runbook")
                .doesNotContain("alert-rules", "no-cycles");
    }

    @Test
    void status_junit_parses_back_a_test_case_per_item() throws Exception {
        Path report = tmp.resolve("reports/playbooks.xml");
        Run run = run("playbook", "status", "service-readiness", "--dir", service.toString(), "--format", "junit",
                "--output", report.toString(), "--require");

        assertThat(run.exit()).as("required items are not done").isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).startsWith("service-readiness: ").contains("Report: " + report);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(Files.readString(report))));
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("service-readiness");
        NodeList cases = suite.getElementsByTagName("testcase");
        assertThat(Integer.parseInt(suite.getAttribute("tests"))).isEqualTo(cases.getLength()).isGreaterThan(20);
        int failures = 0;
        int skipped = 0;
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            assertThat(c.getAttribute("classname")).startsWith("service-readiness.");
            failures += c.getElementsByTagName("failure").getLength();
            skipped += c.getElementsByTagName("skipped").getLength();
            if (c.getAttribute("name").startsWith("runbook: ")) {
                Element failure = (Element) c.getElementsByTagName("failure").item(0);
                assertThat(failure.getAttribute("type")).isEqualTo("awaiting-signoff");
                assertThat(failure.getAttribute("message")).isEqualTo("required item awaiting sign-off: to be signed off by the on-call lead");
            }
            if (c.getAttribute("name").startsWith("alert-rules: ")) {
                assertThat(((Element) c.getElementsByTagName("skipped").item(0)).getAttribute("message"))
                        .isEqualTo("not applicable: only when $observability == 'true'");
            }
        }
        assertThat(Integer.parseInt(suite.getAttribute("failures"))).isEqualTo(failures).isPositive();
        assertThat(Integer.parseInt(suite.getAttribute("skipped"))).isEqualTo(skipped).isPositive();
    }

    @Test
    void status_markdown_is_a_task_list_ticked_where_done() {
        Run run = run("playbook", "status", "service-readiness", "--dir", service.toString(), "--format", "markdown");

        assertThat(run.exit()).isZero();
        List<TaskItem> items = taskItems(run.out());
        assertThat(items).hasSizeGreaterThan(20);
        assertThat(items).filteredOn(i -> i.text().startsWith("docs/architecture.md shows the layers")).singleElement()
                .satisfies(i -> assertThat(i.checked()).isTrue());
        assertThat(items).filteredOn(i -> i.text().startsWith("A runbook says")).singleElement()
                .satisfies(i -> assertThat(i.checked()).isFalse());
        assertThat(run.out()).startsWith("## Playbook: Service readiness (`service-readiness` 1.0.0)\n\n**Not ready:** ");
    }

    @Test
    void render_gives_every_item_as_an_unticked_task_under_its_section() {
        for (String id : List.of("service-readiness", "release", "framework-migration", "data-migration", "post-mortem")) {
            Run run = run("playbook", "render", id, "--format", "markdown", "--dir", service.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            Node document = markdown().parse(run.out());
            int items = itemCount(id);
            List<TaskItem> tasks = taskItems(run.out());
            assertThat(tasks).as(id).hasSize(items).allSatisfy(t -> assertThat(t.checked()).isFalse());
            // every list item of the page is a task
            List<ListItem> all = new ArrayList<>();
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(ListItem listItem) {
                    all.add(listItem);
                    visitChildren(listItem);
                }
            });
            assertThat(all).hasSize(items);
            List<String> headings = new ArrayList<>();
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(Heading heading) {
                    if (heading.getLevel() == 3) {
                        headings.add(heading.getFirstChild().toString());
                    }
                }
            });
            assertThat(headings).as("a heading per section").hasSizeGreaterThan(2);
        }
    }

    private static int itemCount(String id) {
        Run show = run("playbook", "show", id);
        return (int) show.out().lines().filter(l -> l.startsWith("    Why: ")).count();
    }

    @Test
    void sign_records_the_sign_off_and_status_shows_it_signed() throws IOException {
        Path project = ServiceProjects.generate(tmp.resolve("signing"), List.of());

        Run sign = run("playbook", "sign", "service-readiness", "runbook", "--by", "Ada Lovelace", "--note", "wiki/orders/runbook",
                "--dir", project.toString());

        assertThat(sign.exit()).as(sign.err()).isZero();
        assertThat(sign.out()).matches("Signed off service-readiness / runbook by Ada Lovelace at 20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"
                + " \\(playbook 1\\.0\\.0\\) in \\.cairn/signoffs\\.yaml: commit it\\.\\n");
        Run status = run("playbook", "status", "--dir", project.toString());
        assertThat(status.out()).containsPattern("\\[signed\\] +runbook: A runbook says.*\\n +signed by Ada Lovelace on 20\\d\\d-\\d\\d-\\d\\d: wiki/orders/runbook\\n");
    }

    @Test
    void signing_an_automatic_item_or_an_unknown_one_is_refused() {
        Run automatic = run("playbook", "sign", "service-readiness", "coverage", "--by", "Ada", "--dir", service.toString());
        assertThat(automatic.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(automatic.err()).isEqualTo("error: item 'coverage' of service-readiness is verified automatically "
                + "(coverage-at-least 70% line (target/site/jacoco/jacoco.xml)); only manual items are signed off (make it pass, and "
                + "'cairn playbook status service-readiness' shows it passed)\n");
        assertThat(service.resolve(".cairn/signoffs.yaml")).doesNotExist();

        Run unknown = run("playbook", "sign", "service-readiness", "run-book", "--by", "Ada", "--dir", service.toString());
        assertThat(unknown.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).startsWith("error: playbook service-readiness has no item 'run-book' (its items are hexagonal-layers, ");
    }

    @Test
    void a_projects_own_playbook_overrides_the_bundled_one_of_its_id() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("own"));
        Files.writeString(project.resolve("cairn.yaml"), "playbooks: [release]\n");
        write(project, ".cairn/playbooks/release.yaml", ownPlaybook("release", "Our release"));

        Run list = run("playbook", "list", "--dir", project.toString());
        Run status = run("playbook", "status", "--dir", project.toString(), "--require");

        assertThat(list.out()).containsPattern("(?m)^release +3\\.0\\.0 +1 auto, 0 manual +yes +\\.cairn/playbooks +Our release$");
        assertThat(status.exit()).as(status.out() + status.err()).isZero();
        assertThat(status.out()).startsWith("release 3.0.0: Our release (.cairn/playbooks)\n");
    }

    @Test
    void an_organisation_adds_playbooks_from_a_folder_and_a_jar() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("org"));
        write(tmp, "org-playbooks/api-review.yaml", ownPlaybook("api-review", "API review"));
        Path jar = tmp.resolve("org-playbooks.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/cairn/playbooks/pci.yaml"));
            out.write(ownPlaybook("pci", "Card data").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Files.writeString(project.resolve("cairn.yaml"), "playbook-sources: [../org-playbooks, ../org-playbooks.jar]\nplaybooks: [api-review, pci]\n");

        Run list = run("playbook", "list", "--dir", project.toString());
        Run status = run("playbook", "status", "--dir", project.toString(), "--format", "json");

        assertThat(list.out()).containsPattern("(?m)^api-review .* yes +\\.\\./org-playbooks +API review$")
                .containsPattern("(?m)^pci .* yes +\\.\\./org-playbooks\\.jar +Card data$");
        assertThat(status.out()).contains("\"id\": \"api-review\"", "\"id\": \"pci\"");
    }

    @Test
    void bad_input_is_one_line_naming_file_and_line_with_exit_2() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("bad"));
        write(project, ".cairn/playbooks/ours.yaml", ownPlaybook("ours", "Ours").replace("file-exists: cairn.yaml", "file-exist: cairn.yaml"));
        Run unknownType = run("playbook", "status", "ours", "--dir", project.toString());
        assertThat(unknownType.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknownType.err()).startsWith("error: .cairn/playbooks/ours.yaml:13: unknown verification type 'file-exist' (did you mean 'file-exists'?")
                .endsWith(")\n").hasLineCount(1);

        write(project, ".cairn/playbooks/ours.yaml", "id: ours\ntitle: [broken\n");
        Run malformed = run("playbook", "list", "--dir", project.toString());
        assertThat(malformed.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(malformed.err()).startsWith("error: .cairn/playbooks/ours.yaml:2: ").hasLineCount(1);

        Files.delete(project.resolve(".cairn/playbooks/ours.yaml"));
        Files.writeString(project.resolve("cairn.yaml"), "base-package: com.acme\nplaybooks:\n  - release\n  - java-service\n");
        Run unknownId = run("playbook", "status", "--dir", project.toString());
        assertThat(unknownId.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknownId.err()).startsWith("error: cairn.yaml:4: no playbook 'java-service' (the playbooks are service-readiness, ");

        Files.writeString(project.resolve("cairn.yaml"), "base-package: com.acme\n");
        assertThat(run("playbook", "status", "--dir", project.toString()).err())
                .isEqualTo("error: no playbook to evaluate: cairn.yaml attaches none (name one (cairn playbook status service-readiness)"
                        + " or attach it in cairn.yaml: playbooks: [service-readiness])\n");
        assertThat(run("playbook", "status", "release", "--format", "sarif", "--dir", project.toString()).err())
                .isEqualTo("error: unknown format 'sarif' (use one of text, markdown, json, junit)\n");
        assertThat(run("playbook", "show", "nope", "--dir", project.toString()).exit()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    static String ownPlaybook(String id, String title) {
        return """
                id: %s
                title: %s
                version: 3.0.0
                sections:
                  - id: basics
                    title: Basics
                    items:
                      - id: readme
                        title: There is a README
                        why: People start there.
                        level: required
                        verify:
                          file-exists: README.md
                """.formatted(id, title).replace("README.md", "cairn.yaml");
    }

    private static void write(Path root, String file, String text) throws IOException {
        Files.createDirectories(root.resolve(file).getParent());
        Files.writeString(root.resolve(file), text);
    }

    // --- Markdown, read with CommonMark and its task-list extension --------------------------------------------------

    record TaskItem(boolean checked, String text) {}

    static Parser markdown() {
        return Parser.builder().extensions(List.of(TaskListItemsExtension.create())).build();
    }

    /** Every task-list item of the page: whether it is ticked, and the text of its paragraph. */
    static List<TaskItem> taskItems(String page) {
        List<TaskItem> items = new ArrayList<>();
        markdown().parse(page).accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof TaskListItemMarker marker) {
                    items.add(new TaskItem(marker.isChecked(), text(marker.getParent())));
                }
                visitChildren(node);
            }

            @Override
            public void visit(BulletList list) {
                visitChildren(list);
            }
        });
        return items;
    }

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code code) {
                out.append(code.getLiteral());
            }
        });
        return out.toString().strip();
    }
}
