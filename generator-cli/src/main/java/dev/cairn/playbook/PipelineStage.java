package dev.cairn.playbook;

import dev.cairn.CairnException;
import dev.cairn.template.SafeYaml;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code pipeline-stage: NAME} (or a list of names, any of which will do): the project's CI has a stage or job of that
 * name, compared without regard to case. Whichever CI files the project has are read: GitHub Actions workflows
 * ({@code .github/workflows/*.yml}: job ids, job {@code name}s and step {@code name}s), GitLab CI
 * ({@code .gitlab-ci.yml}: job names and {@code stages}), a Jenkinsfile ({@code stage('NAME')}). A list serves
 * templates whose CI systems name the same stage differently: {@code [deploy-production, Deploy to production]}.
 *
 * @param names the accepted names
 */
public record PipelineStage(List<String> names) implements Verification {

    static final String TYPE = "pipeline-stage";

    /** Top-level keys of .gitlab-ci.yml that are settings, not jobs. */
    private static final Set<String> GITLAB_KEYWORDS = Set.of("default", "include", "stages", "variables", "workflow", "image",
            "services", "cache", "before_script", "after_script", "spec");

    /** A declarative or scripted stage: {@code stage('Build')}, {@code stage("Build")}. */
    private static final Pattern JENKINS_STAGE = Pattern.compile("\\bstage\\s*\\(\\s*(['\"])(.+?)\\1\\s*\\)");

    public PipelineStage {
        names = List.copyOf(names);
    }

    static PipelineStage read(VerificationSpec spec) {
        return new PipelineStage(spec.texts(spec.value(), "'pipeline-stage: deploy-production' or '[deploy-production, Deploy to production]'"));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String describe() {
        return TYPE + " " + String.join(" | ", names);
    }

    @Override
    public Verdict verify(Project project) throws IOException {
        List<String> files = new ArrayList<>(project.files(".github/workflows/*.{yml,yaml}"));
        files.addAll(project.files(".gitlab-ci.yml"));
        files.addAll(project.files("Jenkinsfile"));
        if (files.isEmpty()) {
            return Verdict.fail("no CI configuration (.github/workflows/*.yml, .gitlab-ci.yml or Jenkinsfile)");
        }
        for (String file : files) {
            Set<String> stages;
            try {
                stages = stagesOf(file, project);
            } catch (CairnException e) {
                return Verdict.fail(e.userLine());
            }
            for (String stage : stages) {
                for (String name : names) {
                    if (stage.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                        return Verdict.pass(file + " has '" + stage + "'");
                    }
                }
            }
        }
        return Verdict.fail("no stage or job named " + String.join(" or ", names.stream().map(n -> "'" + n + "'").toList()) + " in "
                + String.join(", ", files));
    }

    /** The names of the stages and jobs one CI file declares. */
    static Set<String> stagesOf(String file, Project project) throws IOException {
        Set<String> stages = new LinkedHashSet<>();
        if (file.equals("Jenkinsfile")) {
            Matcher matcher = JENKINS_STAGE.matcher(project.read(file));
            while (matcher.find()) {
                stages.add(matcher.group(2));
            }
            return stages;
        }
        Object document = SafeYaml.load(project.bytes(file), file);
        if (!(document instanceof Map<?, ?> top)) {
            return stages;
        }
        if (file.equals(".gitlab-ci.yml")) {
            top.forEach((key, value) -> {
                String name = String.valueOf(key);
                if (name.equals("stages") && value instanceof List<?> list) {
                    list.forEach(stage -> stages.add(String.valueOf(stage)));
                } else if (!GITLAB_KEYWORDS.contains(name) && !name.startsWith(".") && value instanceof Map) {
                    stages.add(name);
                }
            });
            return stages;
        }
        if (top.get("jobs") instanceof Map<?, ?> jobs) {
            jobs.forEach((id, job) -> {
                stages.add(String.valueOf(id));
                if (job instanceof Map<?, ?> definition) {
                    addName(definition, stages);
                    if (definition.get("steps") instanceof List<?> steps) {
                        steps.forEach(step -> addName(step, stages));
                    }
                }
            });
        }
        return stages;
    }

    private static void addName(Object definition, Set<String> stages) {
        if (definition instanceof Map<?, ?> map && map.get("name") instanceof String name) {
            stages.add(name);
        }
    }
}
