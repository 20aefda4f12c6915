package dev.cairn.publish;

import dev.cairn.CairnException;
import dev.cairn.generate.AnswerResolver;
import dev.cairn.generate.Generator;
import dev.cairn.generate.RenderOptions;
import dev.cairn.template.JarSource;
import dev.cairn.template.TemplateSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code cairn template test}: generates each of a template's test cases ({@link TestCase}) into a
 * work folder, checks the paths it expects, and runs its build there. An archetype module is first
 * built with its own {@code mvn package} ({@link ArchetypeJar}): the cases test the jar that would be
 * published, resource filtering included.
 */
public final class TemplateTests {

    /**
     * What one case did.
     *
     * @param name the case
     * @param files how many files were generated (0 when generation failed)
     * @param problem why the case failed, or {@code null} when it passed
     * @param project where the project was generated
     * @param log the build's output, or {@code null} when the build did not run
     */
    public record Outcome(String name, int files, String problem, Path project, Path log) {
        public boolean passed() {
            return problem == null;
        }
    }

    private TemplateTests() {}

    /**
     * Runs the cases one after the other.
     *
     * @param project the template's sources
     * @param only case names to run; empty for all
     * @param work where each case's project and log go ({@code work/NAME}, {@code work/NAME.log})
     * @param buildArgs appended to the module's {@code mvn package} and to each case's build command
     * @param progress told each outcome as soon as it is known
     * @return the outcomes in case order
     * @throws CairnException if the template has no test cases, a named case does not exist, or a
     *     case file is malformed
     */
    public static List<Outcome> run(TemplateProject project, List<String> only, Path work, List<String> buildArgs,
            Consumer<Outcome> progress) {
        List<TestCase> cases = cases(project, only);
        // what would be published: the module's own jar; an unpacked archetype is its own jar
        TemplateSource source = project.pom() != null ? new JarSource(ArchetypeJar.build(project, buildArgs)) : project.source();
        List<Outcome> outcomes = new ArrayList<>();
        for (TestCase testCase : cases) {
            Outcome outcome = run(source, testCase, work, buildArgs);
            progress.accept(outcome);
            outcomes.add(outcome);
        }
        return outcomes;
    }

    /** The cases to run, read and checked before any of them runs. */
    static List<TestCase> cases(TemplateProject project, List<String> only) {
        List<TestCase> cases = new ArrayList<>();
        for (Path file : project.testCases()) {
            cases.add(TestCase.read(file, project.shown(file)));
        }
        if (cases.isEmpty()) {
            throw new CairnException(project.shown(project.resources().resolve(TemplateProject.TESTS)), 0,
                    "the template has no test cases",
                    "add one: a YAML file with the answers and the build, e.g. default.yaml holding 'answers: {}' (README: cairn template test)");
        }
        if (only.isEmpty()) {
            return cases;
        }
        List<TestCase> chosen = new ArrayList<>();
        for (String name : only) {
            TestCase match = cases.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(() ->
                    CairnException.of("no test case '" + name + "'",
                            "its cases: " + String.join(", ", cases.stream().map(TestCase::name).toList())));
            chosen.add(match);
        }
        return chosen;
    }

    private static Outcome run(TemplateSource source, TestCase testCase, Path work, List<String> buildArgs) {
        Path target = work.resolve(testCase.name());
        Generator.Result generated;
        try {
            AnswerResolver.Input input = new AnswerResolver.Input(Map.of(), testCase.answers(), List.of(), null);
            generated = new Generator().generate(new Generator.Request(source, target, work, input,
                    RenderOptions.defaults(), false));
        } catch (CairnException e) {
            return new Outcome(testCase.name(), 0, "generation failed: " + e.userLine(), target, null);
        }
        int files = generated.tree().files().size();
        for (String path : testCase.expectFiles()) {
            if (!Files.exists(target.resolve(path))) {
                return new Outcome(testCase.name(), files, "expected " + path + ", which was not generated", target, null);
            }
        }
        for (String path : testCase.expectAbsent()) {
            if (Files.exists(target.resolve(path))) {
                return new Outcome(testCase.name(), files, "expected no " + path + ", but it was generated", target, null);
            }
        }
        List<String> command = new ArrayList<>(testCase.build());
        command.addAll(buildArgs);
        Path log = work.resolve(testCase.name() + ".log");
        int exit = MavenBuild.run(command, target, log);
        String problem = exit == 0 ? null : "'" + String.join(" ", command) + "' failed (exit " + exit + ")";
        return new Outcome(testCase.name(), files, problem, target, log);
    }

    /** A fresh work folder for a run, under the system's temporary folder. */
    public static Path temporaryWork() {
        try {
            return Files.createTempDirectory("cairn-template-test");
        } catch (IOException e) {
            throw CairnException.of("cannot create a temporary folder: " + e.getMessage(), "check the disk and TMPDIR");
        }
    }
}
