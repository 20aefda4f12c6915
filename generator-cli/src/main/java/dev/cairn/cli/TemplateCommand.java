package dev.cairn.cli;

import dev.cairn.CairnException;
import dev.cairn.publish.LintFinding;
import dev.cairn.publish.Publisher;
import dev.cairn.publish.TemplateLint;
import dev.cairn.publish.TemplateProject;
import dev.cairn.publish.TemplateTests;
import dev.cairn.template.CairnConfig;
import dev.cairn.template.CairnDirectories;
import dev.cairn.template.MavenRepositories;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cairn template lint|test|publish}: for the platform group that writes templates. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "For template authors: lint, test and publish a template.",
        subcommands = {TemplateCommand.Lint.class, TemplateCommand.Test.class, TemplateCommand.Publish.class})
final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: lint, test or publish");
    }

    /** The Maven settings options, and Cairn's configuration for its default repository. */
    static final class MavenOptions extends MavenSettingsOptions {
        @Option(names = "--config", paramLabel = "FILE",
                description = "Cairn's configuration file (default: $XDG_CONFIG_HOME/cairn/config.yaml, else ~/.config/cairn/config.yaml).")
        Path config;

        /** The repository given, else the configuration's publish.repository, else {@code null}. */
        String repository(String given) {
            if (given != null) {
                return given;
            }
            return CairnConfig.read(config != null ? config : CairnDirectories.configFile()).publishRepository();
        }
    }

    /** {@code --build-arg}: for the Maven that test and publish run. */
    static final class BuildArgs {
        @Option(names = "--build-arg", paramLabel = "ARG",
                description = "One more argument for the build (mvn package, or each test case's command); repeatable,"
                        + " e.g. --build-arg=-o.")
        List<String> args = new ArrayList<>();
    }

    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = "Check a template: descriptor and manifest agree, every file renders with the defaults, each overlay"
                    + " and each choice, no path escapes, secrets are declared, the version is newer than the published one.")
    static final class Lint implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "DIR", description = "The template's folder: an archetype module or an unpacked archetype.")
        Path dir;

        @Option(names = "--repository", paramLabel = "URL",
                description = "Where the template is published, to check its version against (default: publish.repository of the configuration).")
        String repository;

        @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
        OutputFormat format = OutputFormat.text;

        @Mixin
        MavenOptions maven;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            TemplateProject project = TemplateProject.at(dir);
            TemplateLint.Published published = null;
            String where = maven.repository(repository);
            PrintWriter err = spec.commandLine().getErr();
            if (where != null && project.pom() != null) {
                String url = Publisher.repositoryUrl(where);
                try (MavenRepositories repositories = MavenRepositories.openWithoutCache(maven.files())) {
                    published = new TemplateLint.Published(url, repositories.releases(project.pom().groupId(),
                            project.pom().artifactId(), repositories.deploymentRepository(Publisher.repositoryId(where), url)));
                }
            } else if (where != null) {
                err.println("warning: " + dir + " has no pom.xml: its published versions were not checked");
            }
            TemplateLint.Report report = TemplateLint.lint(project, published);
            PrintWriter out = spec.commandLine().getOut();
            out.print(format == OutputFormat.json ? json(report) : text(report, published));
            out.flush();
            return report.errors() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
        }

        static String text(TemplateLint.Report report, TemplateLint.Published published) {
            StringBuilder s = new StringBuilder();
            s.append("Linted ").append(report.template()).append(": ").append(report.renders().size())
                    .append(report.renders().size() == 1 ? " render" : " renders");
            if (!report.renders().isEmpty()) {
                s.append(" (").append(String.join(", ", report.renders())).append(')');
            }
            s.append(published == null ? "; published versions not checked (no --repository)"
                    : "; " + published.versions().size() + " published in " + published.repository());
            s.append(".\n");
            for (LintFinding f : report.findings()) {
                s.append(f.error() ? "error    " : "warning  ").append(f.text()).append('\n');
            }
            s.append(report.errors()).append(report.errors() == 1 ? " error, " : " errors, ").append(report.warnings())
                    .append(report.warnings() == 1 ? " warning" : " warnings").append('\n');
            return s.toString();
        }

        static String json(TemplateLint.Report report) {
            List<Object> findings = new ArrayList<>();
            for (LintFinding f : report.findings()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("severity", f.error() ? "error" : "warning");
                entry.put("file", f.file());
                entry.put("line", f.line());
                entry.put("message", f.message());
                findings.add(entry);
            }
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("template", report.template());
            root.put("renders", report.renders());
            root.put("findings", findings);
            root.put("errors", report.errors());
            root.put("warnings", report.warnings());
            return Json.write(root) + "\n";
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Generate each test case of a template (META-INF/cairn/tests/*.yaml) and run its build.")
    static final class Test implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "DIR", description = "The template's folder: an archetype module or an unpacked archetype.")
        Path dir;

        @Option(names = "--case", paramLabel = "NAME", description = "Run only this case (repeatable; default: all).")
        List<String> cases = new ArrayList<>();

        @Option(names = "--work", paramLabel = "DIR",
                description = "Where the projects and build logs go, kept afterwards (default: a temporary folder, removed when every case passes).")
        Path work;

        @Mixin
        BuildArgs build;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            TemplateProject project = TemplateProject.at(dir);
            Path folder = work != null ? work.toAbsolutePath() : TemplateTests.temporaryWork();
            if (work != null) {
                try {
                    Files.createDirectories(folder);
                } catch (IOException e) {
                    throw new CairnException(work.toString(), 0, "cannot create: " + e.getMessage(), "choose another --work");
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            List<TemplateTests.Outcome> outcomes = TemplateTests.run(project, cases, folder, build.args, outcome -> {
                out.println(line(outcome));
                out.flush();
            });
            long failed = outcomes.stream().filter(o -> !o.passed()).count();
            out.println((outcomes.size() - failed) + " passed, " + failed + " failed");
            if (failed > 0 || work != null) {
                out.println("Projects and build logs: " + folder);
            } else {
                delete(folder);
            }
            out.flush();
            return failed > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
        }

        private static String line(TemplateTests.Outcome o) {
            if (o.passed()) {
                return "pass  " + o.name() + ": " + o.files() + " files generated, build passed";
            }
            return "FAIL  " + o.name() + ": " + o.problem() + (o.log() != null ? "; log: " + o.log() : "");
        }

        private static void delete(Path folder) {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }

    @Command(name = "publish", mixinStandardHelpOptions = true,
            description = "Build a template's archetype jar with its own 'mvn package' and deploy it with its pom to a Maven"
                    + " repository; a released version is never overwritten.")
    static final class Publish implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "DIR", description = "The template's archetype module (packaging maven-archetype).")
        Path dir;

        @Option(names = "--repository", paramLabel = "URL",
                description = "The repository: a URL (https:, file:) or ID::URL, ID naming a server with credentials in settings.xml"
                        + " (default: publish.repository of the configuration).")
        String repository;

        @Mixin
        BuildArgs build;

        @Mixin
        MavenOptions maven;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            String where = maven.repository(repository);
            if (where == null) {
                throw CairnException.of("no repository to publish to",
                        "pass --repository URL, or set publish.repository in " + CairnDirectories.configFile());
            }
            TemplateProject project = TemplateProject.at(dir);
            Publisher.Result result = Publisher.publish(new Publisher.Request(project, where, maven.files(),
                    maven.settings, maven.globalSettings, build.args));
            PrintWriter out = spec.commandLine().getOut();
            out.println("Published " + result.coordinates() + " to " + result.repository() + ": "
                    + result.jar().getFileName() + " (" + kib(result.jarBytes()) + "), its pom, checksums and maven-metadata.xml.");
            out.println("Generate from it with: cairn new " + result.coordinates().withoutVersion()
                    + "   (or " + result.coordinates() + " for this version)");
            out.flush();
            return ExitCodes.OK;
        }

        private static String kib(long bytes) {
            return bytes < 0 ? "size unknown" : (bytes + 1023) / 1024 + " KiB";
        }
    }
}
