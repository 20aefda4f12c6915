package dev.cairn.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import dev.cairn.template.Manifest;
import dev.cairn.template.Template;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerResolverTest {

    private final Template svc = Fixtures.svc();

    /** Answers from a script; records every question. */
    static final class ScriptedPrompter implements Prompter {
        final Deque<String> script;
        final List<String> asked = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final List<List<String>> choices = new ArrayList<>();
        final List<String> helps = new ArrayList<>();
        final List<String> defaults = new ArrayList<>();

        ScriptedPrompter(String... answers) {
            script = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public String ask(String name, String help, String defaultValue, List<String> offered, String error) {
            asked.add(name);
            helps.add(help);
            defaults.add(defaultValue);
            choices.add(offered);
            if (error != null) {
                errors.add(error);
            }
            return script.poll();
        }
    }

    private static Map<String, String> d(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    private static AnswersFile file(String yaml) {
        return AnswersFile.parse(yaml.getBytes(StandardCharsets.UTF_8), "answers.yaml");
    }

    private Answers resolve(Template template, Map<String, String> values, AnswersFile file, List<String> with,
            Prompter prompter) {
        return AnswerResolver.resolve(template, new AnswerResolver.Input(values, file, with, prompter),
                Render.engine(template, RenderOptions.defaults()));
    }

    private String error(Template template, Map<String, String> values, AnswersFile file, List<String> with) {
        try {
            resolve(template, values, file, with, null);
        } catch (CairnException e) {
            return e.userLine();
        }
        throw new AssertionError("no error");
    }

    private static Map<String, String> base() {
        return d("groupId", "com.acme", "artifactId", "orders", "serviceName", "orders");
    }

    @Test
    void dash_d_beats_the_answers_file_which_beats_the_prompt_which_beats_defaults() {
        ScriptedPrompter prompter = new ScriptedPrompter("from-prompt", "orders");
        Answers answers = resolve(svc, d("groupId", "com.acme", "framework", "plain"),
                file("framework: spring-boot\ncoverageMin: 80\nartifactId: from-file\n"), List.of(), prompter);

        assertThat(answers.get("framework")).isEqualTo("plain");          // -D over file
        assertThat(answers.get("coverageMin")).isEqualTo("80");           // file over default
        assertThat(answers.get("artifactId")).isEqualTo("from-file");     // file: never asked
        assertThat(answers.get("serviceName")).isEqualTo("from-prompt");  // nothing else had it
        assertThat(answers.get("observability")).isEqualTo("false");      // default
        assertThat(answers.get("package")).isEqualTo("com.acme");         // computed default
        assertThat(prompter.asked).containsExactly("serviceName");
    }

    @Test
    void prompts_follow_the_plugins_order_and_show_help_and_choices() {
        ScriptedPrompter prompter = new ScriptedPrompter("orders", "com.acme", "orders", "com.acme.orders");
        Answers answers = resolve(svc, d(), null, List.of(), prompter);

        assertThat(prompter.asked).containsExactly("serviceName", "groupId", "artifactId", "package");
        assertThat(prompter.defaults).containsExactly(null, null, null, "com.acme");
        assertThat(prompter.helps.get(0)).isEqualTo("DNS-safe name of the service.");
        assertThat(answers.get("package")).isEqualTo("com.acme.orders");
    }

    @Test
    void a_refused_prompt_answer_is_asked_again_with_the_reason() {
        ScriptedPrompter prompter = new ScriptedPrompter("Bad Name", "  ", "orders");
        Answers answers = resolve(svc, d("groupId", "g", "artifactId", "a"), null, List.of(), prompter);

        assertThat(answers.get("serviceName")).isEqualTo("orders");
        assertThat(prompter.errors).containsExactly("'Bad Name' does not match [a-z][a-z0-9-]*", "a value is required");
    }

    @Test
    void prompted_choices_are_checked_and_offered() {
        Template template = choiceWithoutDefault();
        ScriptedPrompter prompter = new ScriptedPrompter("sprong", "spring-boot");
        Answers answers = resolve(template, d("groupId", "g", "artifactId", "a"), null, List.of(), prompter);

        assertThat(answers.get("framework")).isEqualTo("spring-boot");
        assertThat(prompter.choices.get(0)).containsExactly("plain", "spring-boot");
        assertThat(prompter.errors).containsExactly("'sprong' is not one of plain, spring-boot");
    }

    @Test
    void input_that_ends_leaves_the_value_missing_and_asks_nothing_more() {
        ScriptedPrompter prompter = new ScriptedPrompter();
        assertThatThrownBy(() -> resolve(svc, d(), null, List.of(), prompter))
                .isInstanceOf(CairnException.class)
                .hasMessageContaining("missing values for serviceName, groupId, artifactId");
        assertThat(prompter.asked).containsExactly("serviceName");
    }

    @Test
    void without_a_terminal_a_missing_value_names_it_and_how_to_pass_it() {
        assertThat(error(svc, d("groupId", "g", "serviceName", "s"), null, List.of()))
                .isEqualTo("missing value for artifactId (pass -DartifactId=VALUE or --answers FILE, or run in a terminal to be asked)");
    }

    @Test
    void every_type_is_checked_on_dash_d_values() {
        Map<String, String> values = base();
        values.put("framework", "sprong");
        assertThat(error(svc, values, null, List.of()))
                .isEqualTo("-Dframework: 'sprong' is not one of plain, spring-boot (pass one of them)");

        values = base();
        values.put("observability", "yes");
        assertThat(error(svc, values, null, List.of()))
                .isEqualTo("-Dobservability: 'yes' is not true or false (pass true or false)");

        values = base();
        values.put("coverageMin", "70%");
        assertThat(error(svc, values, null, List.of()))
                .isEqualTo("-DcoverageMin: '70%' is not an integer (pass digits, with a minus sign if negative)");

        values = base();
        values.put("serviceName", "Orders");
        assertThat(error(svc, values, null, List.of()))
                .isEqualTo("-DserviceName: 'Orders' does not match [a-z][a-z0-9-]* (pass a value that matches)");
    }

    @Test
    void integers_may_be_negative_and_booleans_are_lower_case() {
        Map<String, String> values = base();
        values.put("coverageMin", "-5");
        values.put("observability", "true");
        assertThat(resolve(svc, values, null, List.of(), null).get("coverageMin")).isEqualTo("-5");

        values.put("observability", "TRUE");
        assertThat(error(svc, values, null, List.of())).startsWith("-Dobservability: 'TRUE' is not true or false");
    }

    @Test
    void answers_file_values_are_checked_and_named_by_line() {
        assertThat(error(svc, base(), file("# mine\ncoverageMin: 80\nframework: sprong\n"), List.of()))
                .isEqualTo("answers.yaml:3: framework: 'sprong' is not one of plain, spring-boot (pass one of them)");
        assertThat(error(svc, d("groupId", "g", "artifactId", "a"), file("answers:\n  serviceName: 9lives\n"), List.of()))
                .isEqualTo("answers.yaml:2: serviceName: '9lives' does not match [a-z][a-z0-9-]* (pass a value that matches)");
    }

    @Test
    void a_bad_file_value_is_an_error_even_when_dash_d_overrides_it() {
        // a file that cannot be used alone is a broken file; say so rather than hide it
        Map<String, String> values = base();
        values.put("framework", "plain");
        assertThat(error(svc, values, file("framework: sprong\n"), List.of())).startsWith("answers.yaml:1: framework:");
    }

    @Test
    void a_default_that_fails_its_own_check_is_reported() {
        Template template = Fixtures.inMemory("bad-default", Map.of(
                "META-INF/maven/archetype-metadata.xml", descriptor(
                        "<requiredProperty key=\"region\"><defaultValue>EU</defaultValue>"
                                + "<validationRegex>[a-z]+</validationRegex></requiredProperty>"),
                "archetype-resources/pom.xml", "<project/>"), null);
        assertThat(error(template, d("groupId", "g", "artifactId", "a"), null, List.of()))
                .isEqualTo("region: the default 'EU' does not match [a-z]+ (pass -Dregion=VALUE instead)");
        assertThat(resolve(template, d("groupId", "g", "artifactId", "a", "region", "eu"), null, List.of(), null).get("region"))
                .isEqualTo("eu");
    }

    @Test
    void secrets_are_refused_from_dash_d_by_name_and_by_variable() {
        Map<String, String> values = base();
        values.put("db-password", "hunter2"); // cairn:ignore cairn.secrets.hardcoded (fake: the test proves Cairn refuses it)
        assertThat(error(svc, values, null, List.of())).isEqualTo("-Ddb-password: db-password is a secret; Cairn never takes"
                + " secret values (set DB_PASSWORD in the environment where the service runs)");

        values = base();
        values.put("DB_PASSWORD", "hunter2"); // cairn:ignore cairn.secrets.hardcoded (fake: the test proves Cairn refuses it)
        assertThat(error(svc, values, null, List.of())).startsWith("-DDB_PASSWORD: db-password is a secret;");
    }

    @Test
    void secrets_are_refused_from_the_answers_file_with_the_line() {
        assertThat(error(svc, base(), file("framework: plain\ndb-password: hunter2\n"), List.of()))
                .isEqualTo("answers.yaml:2: db-password is a secret; Cairn never takes secret values (remove it from the"
                        + " file and set DB_PASSWORD in the environment where the service runs)");
    }

    @Test
    void an_unknown_key_in_the_answers_file_is_an_error_not_ignored() {
        assertThat(error(svc, base(), file("framework: plain\nframwork: spring-boot\n"), List.of()))
                .isEqualTo("answers.yaml:2: 'framwork' is not a property of svc (its properties: serviceName, framework,"
                        + " persistence, ci, coverageMin, observability, groupId, artifactId, version, package)");
    }

    @Test
    void unknown_dash_d_names_are_ignored_as_the_plugin_does_but_reported() {
        Map<String, String> values = base();
        values.put("interactiveMode", "false");
        assertThat(resolve(svc, values, null, List.of(), null).properties()).doesNotContainKey("interactiveMode");
        assertThat(AnswerResolver.ignored(svc, values)).containsExactly("interactiveMode");
    }

    @Test
    void overlays_apply_when_asked_or_when_their_condition_holds_in_manifest_order() {
        assertThat(resolve(svc, base(), null, List.of(), null).overlays()).isEmpty();

        Map<String, String> values = base();
        values.put("persistence", "postgres");
        assertThat(resolve(svc, values, null, List.of(), null).overlays()).containsExactly("postgres");
        assertThat(resolve(svc, values, null, List.of("docker"), null).overlays()).containsExactly("postgres", "docker");
        assertThat(resolve(svc, base(), file("overlays: [docker, postgres]\n"), List.of(), null).overlays())
                .containsExactly("postgres", "docker");
    }

    @Test
    void an_unknown_overlay_lists_the_known_ones() {
        assertThat(error(svc, base(), null, List.of("redis")))
                .isEqualTo("--with: unknown overlay 'redis' (known overlays: postgres, docker)");
        assertThat(error(svc, base(), file("overlays:\n  - docker\n  - redis\n"), List.of()))
                .isEqualTo("answers.yaml:3: unknown overlay 'redis' (known overlays: postgres, docker)");
        assertThat(error(Fixtures.plain(), base(), null, List.of("docker")))
                .isEqualTo("--with: unknown overlay 'docker' (this template has no overlays)");
    }

    @Test
    void a_condition_that_does_not_parse_names_template_yaml_and_its_line() {
        Manifest m = Fixtures.svcManifest();
        Map<String, Manifest.Overlay> overlays = new LinkedHashMap<>(m.overlays());
        overlays.put("postgres", new Manifest.Overlay("postgres", null, "$persistence == ", List.of(), List.of(), 30));
        Template broken = Fixtures.load("svc", new Manifest(m.id(), m.version(), m.name(), null, m.parameters(), overlays,
                m.files(), m.secrets()));
        assertThat(error(broken, base(), null, List.of())).startsWith("template.yaml:30: template does not parse");
    }

    private Template choiceWithoutDefault() {
        Manifest manifest = new Manifest("choice", "1.0.0", null, null,
                List.of(new Manifest.Parameter("framework", Manifest.Type.CHOICE, "Web framework.", null, null,
                        List.of("plain", "spring-boot"), 3)),
                Map.of(), List.of(), List.of());
        return Fixtures.inMemory("choice", Map.of(
                "META-INF/maven/archetype-metadata.xml", descriptor("<requiredProperty key=\"framework\"/>"),
                "archetype-resources/pom.xml", "<project/>"), manifest);
    }

    static String descriptor(String requiredProperties) {
        return "<archetype-descriptor name=\"t\"><requiredProperties>" + requiredProperties
                + "</requiredProperties></archetype-descriptor>";
    }
}
