package dev.cairn.publish;

import dev.cairn.CairnException;
import dev.cairn.check.Finding;
import dev.cairn.check.SecretScan;
import dev.cairn.generate.AnswerResolver;
import dev.cairn.generate.Answers;
import dev.cairn.generate.AnswersFile;
import dev.cairn.generate.RecordedAnswers;
import dev.cairn.generate.Render;
import dev.cairn.generate.RenderOptions;
import dev.cairn.generate.RenderedTree;
import dev.cairn.generate.TemplateEngine;
import dev.cairn.template.Manifest;
import dev.cairn.template.PathGuard;
import dev.cairn.template.Template;
import dev.cairn.template.TemplateLoader;
import dev.cairn.template.VersionOrder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cairn template lint}: what a platform group checks before publishing a template.
 * <ul>
 *   <li>the template loads: its files stay inside it (no {@code ..}, no links), the descriptor is
 *       valid and the manifest agrees with it;
 *   <li>every file renders: with the defaults, with each overlay, with each other value of each
 *       choice and boolean parameter, and with each test case's answers; no rendered path escapes
 *       the project;
 *   <li>secrets are declared: no render holds a literal secret (Cairn's secret patterns), the
 *       project's own configuration ({@code src/main/}, {@code .env*}) reads no secret-like variable
 *       ({@code *_TOKEN}, {@code *_PASSWORD}, ...) that the manifest does not declare, and every
 *       declared secret is read somewhere;
 *   <li>the version: the manifest's agrees with the pom's, and is newer than every version already
 *       published (when the published versions are known).
 * </ul>
 */
public final class TemplateLint {

    /** Values for the two properties every archetype requires, when nothing else gives them. */
    static final Map<String, String> SAMPLE = Map.of("groupId", TestCase.DEFAULT_GROUP_ID, "artifactId", "lint-example");

    private static final String SECRET_NAME = "[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|PRIVATE_KEY|CREDENTIALS?)";

    /** Where configuration reads a variable: {@code ${NAME}}, {@code ${NAME:-x}}, {@code getenv("NAME")}, {@code NAME=} in a .env file. */
    private static final Pattern READ = Pattern.compile(
            "\\$\\{(" + SECRET_NAME + ")(?=[}:])|getenv\\(\"(" + SECRET_NAME + ")\"\\)|^(" + SECRET_NAME + ")=",
            Pattern.MULTILINE);

    /**
     * The outcome.
     *
     * @param template the template's id and version, or the folder when it did not load
     * @param renders the renders made, by what they varied ({@code defaults}, {@code --with docker}, {@code ci=gitlab})
     * @param findings in the order found
     */
    public record Report(String template, List<String> renders, List<LintFinding> findings) {
        public long errors() {
            return findings.stream().filter(LintFinding::error).count();
        }

        public long warnings() {
            return findings.size() - errors();
        }
    }

    /**
     * What the published versions are, when the command could find out.
     *
     * @param repository where they were looked up, as messages name it
     * @param versions released versions there, oldest first
     */
    public record Published(String repository, List<String> versions) {}

    private final TemplateProject project;
    private final Map<String, LintFinding> findings = new LinkedHashMap<>();

    private TemplateLint(TemplateProject project) {
        this.project = project;
    }

    /**
     * @param project the template's sources
     * @param published the versions already published, or {@code null} when not checked
     * @return the report; a template that does not load is one error, not an exception
     */
    public static Report lint(TemplateProject project, Published published) {
        return new TemplateLint(project).run(published);
    }

    private Report run(Published published) {
        Template template;
        try {
            template = TemplateLoader.load(project.source());
        } catch (CairnException e) {
            error(e.file(), e.line(), null, e.getMessage() + (e.hint() == null ? "" : " (" + e.hint() + ")"));
            return new Report(project.dir().toString(), List.of(), List.copyOf(findings.values()));
        }
        if (!template.hasManifest()) {
            warning(project.manifestShown(), 0, null, "no Cairn manifest: parameters are untyped and there are no overlays or"
                    + " secrets (add META-INF/cairn/template.yaml; see docs/template-manifest.md)");
        }
        List<TestCase> cases = new ArrayList<>();
        for (java.nio.file.Path file : project.testCases()) {
            try {
                cases.add(TestCase.read(file, project.shown(file)));
            } catch (CairnException e) {
                error(e.file(), e.line(), null, e.getMessage() + (e.hint() == null ? "" : " (" + e.hint() + ")"));
            }
        }
        Map<String, AnswerResolver.Input> variants = variants(template, cases);
        for (Map.Entry<String, AnswerResolver.Input> variant : variants.entrySet()) {
            render(template, variant.getKey(), variant.getValue());
        }
        version(template, published);
        String name = template.id() + (template.version() == null ? "" : " " + template.version());
        return new Report(name, List.copyOf(variants.keySet()), List.copyOf(findings.values()));
    }

    /** Each render by its name; the first test case fills in required values that have no default. */
    private Map<String, AnswerResolver.Input> variants(Template template, List<TestCase> cases) {
        Map<String, String> base = new LinkedHashMap<>(SAMPLE);
        if (!cases.isEmpty()) {
            cases.get(0).answers().values().forEach((k, v) -> base.putIfAbsent(k, v.text()));
        }
        Map<String, AnswerResolver.Input> variants = new LinkedHashMap<>();
        variants.put("defaults", input(base, List.of()));
        Manifest manifest = template.manifest();
        if (manifest != null) {
            for (String overlay : manifest.overlays().keySet()) {
                variants.put("--with " + overlay, input(base, List.of(overlay)));
            }
            for (Manifest.Parameter p : manifest.parameters()) {
                List<String> others = switch (p.type()) {
                    case CHOICE -> p.choices();
                    case BOOLEAN -> List.of("true", "false");
                    default -> List.of();
                };
                for (String value : others) {
                    boolean switchOfOverlay = p.type() == Manifest.Type.BOOLEAN && manifest.overlays().containsKey(p.name())
                            && value.equals("true");
                    if (!value.equals(p.defaultValue()) && !switchOfOverlay) {
                        Map<String, String> values = new LinkedHashMap<>(base);
                        values.put(p.name(), value);
                        variants.put(p.name() + "=" + value, input(values, List.of()));
                    }
                }
            }
        }
        for (TestCase testCase : cases) {
            variants.put("test case " + testCase.name(),
                    new AnswerResolver.Input(Map.of(), testCase.answers(), List.of(), null));
        }
        return variants;
    }

    private static AnswerResolver.Input input(Map<String, String> values, List<String> overlays) {
        return new AnswerResolver.Input(values, (AnswersFile) null, overlays, null);
    }

    private void render(Template template, String variant, AnswerResolver.Input input) {
        RenderedTree tree;
        List<Manifest.Secret> secrets;
        try {
            TemplateEngine engine = Render.engine(template, RenderOptions.defaults());
            Answers answers = AnswerResolver.resolve(template, input, engine);
            tree = Render.render(template, answers, RenderOptions.defaults(), engine);
            secrets = RecordedAnswers.secrets(template, answers, engine);
        } catch (CairnException e) {
            String hint = e.hint() == null ? "" : " (" + e.hint() + ")";
            if (e.getMessage().startsWith("missing value for ")) {
                hint = " (give it a default in the manifest, or a value in the first test case under "
                        + TemplateProject.TESTS + "/)";
            }
            error(e.file(), e.line(), variant, "does not render: " + e.getMessage() + hint);
            return;
        }
        Set<String> declared = new LinkedHashSet<>();
        if (template.manifest() != null) {
            template.manifest().secrets().forEach(s -> declared.add(s.env()));
        }
        Set<String> read = new LinkedHashSet<>();
        for (Map.Entry<String, byte[]> file : tree.files().entrySet()) {
            String path = file.getKey();
            String escape = PathGuard.problem(path);
            if (escape != null) {
                error(path, 0, variant, "the rendered path " + escape + " (a property value must not reach outside the project)");
                continue;
            }
            if (isBinary(file.getValue())) {
                continue;
            }
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            for (Finding secret : SecretScan.findings(path, text)) {
                error(path, secret.line(), variant, "renders a literal secret: " + secret.message()
                        + " (write a placeholder and declare the secret under secrets: in the manifest)");
            }
            Matcher m = READ.matcher(text);
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                read.add(name);
                if (isConfiguration(path) && !declared.contains(name)) {
                    error(path, lineOf(text, m.start()), variant, "reads the secret-like variable " + name
                            + ", which the manifest does not declare (add it under secrets: with env: " + name + ")");
                }
            }
        }
        for (Manifest.Secret secret : secrets) {
            if (!read.contains(secret.env()) && !mentions(tree, secret.env())) {
                warning(project.manifestShown(), secret.line(), variant, "secret " + secret.name()
                        + " is declared, but no file reads " + secret.env() + " (remove it, or give it a when: condition)");
            }
        }
    }

    /** The manifest's version against the pom's and the published ones. */
    private void version(Template template, Published published) {
        String version = template.version();
        int line = versionLine();
        if (project.pom() != null && project.pom().version() != null && version != null
                && !project.pom().version().equals(version)) {
            warning("pom.xml", 0, null, "version " + project.pom().version() + " differs from the manifest's " + version
                    + " (cairn template publish needs them equal)");
        }
        if (published == null || version == null) {
            return;
        }
        List<String> versions = published.versions();
        if (versions.contains(version)) {
            error(project.manifestShown(), line, null, "version " + version + " is already published in " + published.repository()
                    + " (raise the version in the manifest and pom.xml)");
        } else if (!versions.isEmpty() && VersionOrder.compare(version, versions.get(versions.size() - 1)) < 0) {
            error(project.manifestShown(), line, null, "version " + version + " is older than " + versions.get(versions.size() - 1)
                    + ", the newest in " + published.repository() + " (raise the version in the manifest and pom.xml)");
        }
    }

    private int versionLine() {
        try {
            List<String> lines = Files.readAllLines(project.resources().resolve(Template.MANIFEST), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("version:")) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // no manifest, or unreadable: the finding names the file without a line
        }
        return 0;
    }

    /** The project's own configuration, which runs where secrets live; not its tests or pipelines. */
    private static boolean isConfiguration(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return path.startsWith("src/main/") || name.startsWith(".env");
    }

    private static boolean mentions(RenderedTree tree, String env) {
        for (byte[] content : tree.files().values()) {
            if (!isBinary(content) && new String(content, StandardCharsets.UTF_8).contains(env)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private void error(String file, int line, String variant, String message) {
        add(true, file, line, variant, message);
    }

    private void warning(String file, int line, String variant, String message) {
        add(false, file, line, variant, message);
    }

    /**
     * The same problem found by several renders is one finding, naming the first render that showed it
     * and its line there (renders differ in their lines, not in the problem).
     */
    private void add(boolean error, String file, int line, String variant, String message) {
        findings.putIfAbsent(file + ":" + message,
                new LintFinding(error, file, line, variant == null ? message : "with " + variant + ": " + message));
    }
}
