package dev.cairn.bench;

import dev.cairn.generate.AnswerResolver;
import dev.cairn.generate.Answers;
import dev.cairn.generate.Render;
import dev.cairn.generate.RenderOptions;
import dev.cairn.generate.RenderedTree;
import dev.cairn.template.JarSource;
import dev.cairn.template.Template;
import dev.cairn.template.TemplateLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine in a warm JVM, on maven-archetype-quickstart 1.5: {@link Render#render} alone (the pure
 * function new, update and diff share), and the whole in-process path of {@code cairn new} short of
 * writing files (read the jar, the descriptor, resolve answers, render). What a start-up costs on top
 * is measured by bench/new.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RenderBenchmark {

    /** An archetype of org.apache.maven.archetypes as artifactId:version, or a path to an archetype jar. */
    @Param("maven-archetype-quickstart:1.5")
    public String archetype;

    private Path jar;
    private Template template;
    private Answers answers;
    private final RenderOptions options = RenderOptions.defaults();

    @Setup
    public void setUp() {
        jar = archetypeJar(archetype);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no archetype jar at " + jar + " (bench/engine.sh fetches the quickstart)");
        }
        template = TemplateLoader.load(new JarSource(jar));
        answers = resolve(template);
    }

    private static Path archetypeJar(String spec) {
        String[] coordinates = spec.split(":");
        if (coordinates.length != 2) {
            return Path.of(spec);
        }
        String repository = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        return Path.of(repository, "org/apache/maven/archetypes", coordinates[0], coordinates[1],
                coordinates[0] + "-" + coordinates[1] + ".jar");
    }

    private Answers resolve(Template t) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("groupId", "com.example");
        values.put("artifactId", "demo");
        values.put("version", "1.0-SNAPSHOT");
        values.put("package", "com.example.demo");
        return AnswerResolver.resolve(t, new AnswerResolver.Input(values, List.of(), null), Render.engine(t, options));
    }

    @Benchmark
    public RenderedTree render() {
        return Render.render(template, answers, options);
    }

    @Benchmark
    public RenderedTree loadResolveRender() {
        Template t = TemplateLoader.load(new JarSource(jar));
        return Render.render(t, resolve(t), options);
    }
}
