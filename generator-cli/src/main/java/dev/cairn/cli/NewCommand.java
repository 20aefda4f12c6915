package dev.cairn.cli;

import dev.cairn.generate.AnswerResolver;
import dev.cairn.generate.AnswersFile;
import dev.cairn.generate.Generator;
import dev.cairn.generate.OutputBudget;
import dev.cairn.generate.Prompter;
import dev.cairn.generate.RecordedAnswers;
import dev.cairn.generate.RenderOptions;
import dev.cairn.generate.RenderedTree;
import dev.cairn.template.Manifest;
import dev.cairn.template.MavenSettingsFiles;
import dev.cairn.template.TemplateSources;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code cairn new}: a project from a template.
 *
 * <p>Its model is built with picocli's programmatic API rather than annotations: {@code new} is the
 * command people wait on, and reading annotations costs picocli reflection and run-time generated
 * annotation proxies that class data sharing cannot keep (measured with bench/new.sh: about 20 ms of each run).
 */
final class NewCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    private CommandSpec spec;

    private NewCommand() {}

    /** The command's model, for {@code CommandLine.addSubcommand}: options as {@code cairn new --help} lists them. */
    static CommandSpec spec() {
        NewCommand command = new NewCommand();
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("new");
        command.spec = spec;
        spec.usageMessage().description(
                "Generate a project from a template: a bundled name, an archetype folder or jar, Maven coordinates or a git repository.");
        spec.addPositional(PositionalParamSpec.builder().index("0").required(true).paramLabel("TEMPLATE").type(String.class)
                .description("Bundled template name, archetype folder or jar, groupId:artifactId[:version], or git:URL[#TAG].").build());
        spec.addOption(OptionSpec.builder("--dir").paramLabel("DIR").type(Path.class)
                .description("Project folder to create (default: ./<artifactId>).").build());
        spec.addOption(OptionSpec.builder("-D").paramLabel("name=value").type(Map.class).auxiliaryTypes(String.class, String.class)
                .description("A property value, e.g. -DgroupId=com.acme.").build());
        spec.addOption(OptionSpec.builder("--answers").paramLabel("FILE").type(Path.class)
                .description("YAML answers: name: value lines, or another project's .cairn/answers.yaml. -D wins over it.").build());
        spec.addOption(OptionSpec.builder("--with").paramLabel("OVERLAY").splitRegex(",").type(List.class).auxiliaryTypes(String.class)
                .description("Overlays to apply, e.g. --with postgres,docker.").build());
        spec.addOption(OptionSpec.builder("--dry-run").type(boolean.class)
                .description("List what would be written; write nothing.").build());
        spec.addOption(OptionSpec.builder("--non-interactive").type(boolean.class)
                .description("Never prompt; a missing value is an error.").build());
        spec.addOption(OptionSpec.builder("--trust").type(boolean.class)
                .description("Allow reflection in templates and run archetype-post-generate.groovy.").build());
        spec.addOption(OptionSpec.builder("--max-output").paramLabel("BYTES").type(long.class)
                .description("Bound on rendered output (default: 256 MiB).").build());
        spec.addOption(OptionSpec.builder("--format").paramLabel("FORMAT").type(Format.class)
                .description("text or json (default: text). json prints the plan.").build());
        spec.addOption(OptionSpec.builder("-s", "--settings").paramLabel("FILE").type(Path.class)
                .description("Maven user settings for Maven coordinates (default: ~/.m2/settings.xml).").build());
        spec.addOption(OptionSpec.builder("-gs", "--global-settings").paramLabel("FILE").type(Path.class)
                .description("Maven global settings.").build());
        Main.addStandardHelpOptions(spec); // after the command's own options, where picocli puts them
        return spec;
    }

    @Override
    public Integer call() {
        ParseResult parsed = spec.commandLine().getParseResult();
        String template = parsed.matchedPositionalValue(0, null);
        Path dir = parsed.matchedOptionValue("--dir", null);
        Map<String, String> values = parsed.matchedOptionValue("-D", new LinkedHashMap<>());
        Path answers = parsed.matchedOptionValue("--answers", null);
        List<String> overlays = parsed.matchedOptionValue("--with", new ArrayList<>());
        boolean dryRun = parsed.matchedOptionValue("--dry-run", false);
        boolean nonInteractive = parsed.matchedOptionValue("--non-interactive", false);
        boolean trust = parsed.matchedOptionValue("--trust", false);
        long maxOutput = parsed.matchedOptionValue("--max-output", OutputBudget.DEFAULT_LIMIT);
        Format format = parsed.matchedOptionValue("--format", Format.text);
        Path settings = parsed.matchedOptionValue("--settings", null);
        Path globalSettings = parsed.matchedOptionValue("--global-settings", null);
        Path cwd = Path.of("").toAbsolutePath();
        AnswersFile file = answers == null ? null : AnswersFile.read(cwd.resolve(answers), answers.toString());
        Prompter prompter = nonInteractive ? null : ConsolePrompter.forTerminal();
        AnswerResolver.Input input = new AnswerResolver.Input(values, file, overlays, prompter);
        Generator.Request request = new Generator.Request(TemplateSources.resolve(template, cwd,
                MavenSettingsFiles.defaults().with(settings, globalSettings)), dir, cwd, input,
                new RenderOptions(trust, maxOutput), dryRun);
        Generator.Result result = new Generator().generate(request);
        PrintWriter err = spec.commandLine().getErr();
        for (String warning : result.warnings()) {
            err.println("warning: " + warning);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? Json.write(plan(result)) + System.lineSeparator() : summary(result, cwd));
        out.flush();
        return ExitCodes.OK;
    }

    /** What a person reads: what happened, where, and what to do next. */
    private static String summary(Generator.Result result, Path cwd) {
        String target = shown(result.target(), cwd);
        RenderedTree tree = result.tree();
        String from = result.template().id() + (result.template().version() != null ? " " + result.template().version() : "");
        int files = tree.files().size();
        StringBuilder s = new StringBuilder();
        String nl = System.lineSeparator();
        if (!result.written()) {
            s.append("Would create ").append(target).append(" from ").append(from).append(": ").append(files)
                    .append(files == 1 ? " file" : " files").append(" (dry run: nothing written)").append(nl);
            for (String path : tree.files().keySet()) {
                s.append("  ").append(path).append(nl);
            }
            for (String folder : emptyFolders(tree)) {
                s.append("  ").append(folder).append("/").append(nl);
            }
        } else {
            s.append("Created ").append(target).append(" from ").append(from).append(": ").append(files)
                    .append(files == 1 ? " file." : " files.").append(nl);
        }
        if (!result.answers().overlays().isEmpty()) {
            s.append("  overlays: ").append(String.join(", ", result.answers().overlays())).append(nl);
        }
        for (Manifest.Secret secret : result.secrets()) {
            s.append("  secret ").append(secret.name()).append(": Cairn stores no value; set ").append(secret.env())
                    .append(" where the service runs").append(nl);
        }
        if (result.written()) {
            s.append("  answers recorded in ").append(join(target, RecordedAnswers.PATH))
                    .append(" (reuse them with --answers)").append(nl);
            s.append(nl).append("Next steps:").append(nl);
            String cd = "cd " + (target.contains(" ") ? "\"" + target + "\"" : target);
            s.append("  ").append(cd).append(tree.isFile("pom.xml") ? " && mvn verify" : "").append(nl);
        }
        return s.toString();
    }

    /** What a machine reads: the plan, the same whether written or not. */
    private static Map<String, Object> plan(Generator.Result result) {
        Map<String, Object> plan = new LinkedHashMap<>();
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("id", result.template().id());
        template.put("version", result.template().version());
        template.put("source", result.template().source().describe());
        plan.put("template", template);
        plan.put("target", result.target().toAbsolutePath().normalize().toString());
        plan.put("written", result.written());
        List<Object> files = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : result.tree().files().entrySet()) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("path", e.getKey());
            file.put("size", e.getValue().length);
            files.add(file);
        }
        plan.put("files", files);
        plan.put("directories", new ArrayList<>(result.tree().directories()));
        plan.put("answers", RecordedAnswers.ordered(result.template(), result.answers()));
        plan.put("overlays", result.answers().overlays());
        List<Object> secrets = new ArrayList<>();
        for (Manifest.Secret secret : result.secrets()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", secret.name());
            entry.put("env", secret.env());
            secrets.add(entry);
        }
        plan.put("secrets", secrets);
        return plan;
    }

    private static List<String> emptyFolders(RenderedTree tree) {
        List<String> empty = new ArrayList<>();
        for (String folder : tree.directories()) {
            String prefix = folder + "/";
            SortedMap<String, byte[]> after = tree.files().tailMap(prefix);
            boolean hasFile = !after.isEmpty() && after.firstKey().startsWith(prefix);
            String nextFolder = tree.directories().ceiling(prefix);
            boolean hasFolder = nextFolder != null && nextFolder.startsWith(prefix);
            if (!hasFile && !hasFolder) {
                empty.add(folder);
            }
        }
        return empty;
    }

    private static String shown(Path target, Path cwd) {
        Path absolute = target.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) && !absolute.equals(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }

    private static String join(String dir, String path) {
        return dir.endsWith("/") ? dir + path : dir + "/" + path;
    }
}
