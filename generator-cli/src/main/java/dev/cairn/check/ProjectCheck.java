package dev.cairn.check;

import dev.cairn.CairnException;
import dev.cairn.CairnVersion;
import dev.cairn.rules.archunit.CairnConfig;
import dev.cairn.rules.archunit.CairnConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * {@code cairn check} on one project: reads cairn.yaml, runs the ArchUnit pack on the compiled classes, the
 * Checkstyle pack on the Java sources and the secret scan on the other files, side by side, then compares the
 * findings with the baseline and writes a new one when asked.
 *
 * <p>Baselines: a missing {@code --baseline} file is an error when {@code CI=true} (never created silently);
 * elsewhere Cairn says it is missing and treats it as empty, so every finding counts as new and nothing passes by
 * accident.
 */
public final class ProjectCheck {

    /**
     * What to check.
     *
     * @param root the project folder
     * @param classes compiled classes (folder or jar), or {@code null} for {@code root/target/classes}
     * @param baseline the baseline to compare with, or {@code null}
     * @param writeBaseline where to record today's findings, or {@code null}
     * @param ci whether this runs in CI ({@code CI=true}): a missing baseline is then an error
     * @param threads Checkstyle workers, at least 1
     * @param cache whether Checkstyle's cache in {@code .cairn/cache/} is used
     * @param progress opens the progress for a number of files
     */
    public record Request(Path root, Path classes, Path baseline, Path writeBaseline, boolean ci, int threads, boolean cache,
            LongFunction<Progress> progress) {}

    /**
     * What came of it.
     *
     * @param report what to print
     * @param notes lines for stderr (a missing baseline, a written one)
     * @param checkstyleFiles how many Java sources there were
     * @param checkstyleAnalysed how many of them Checkstyle read (the rest came from the cache)
     * @param baselineWritten whether {@code writeBaseline} was written; the check then passes
     */
    public record Outcome(Report report, List<String> notes, int checkstyleFiles, int checkstyleAnalysed, boolean baselineWritten) {}

    private ProjectCheck() {}

    /**
     * @throws CairnException for bad input: no such folder, no compiled classes, a broken cairn.yaml or baseline,
     *     a missing baseline in CI
     */
    public static Outcome run(Request request) throws IOException {
        Path root = request.root().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new CairnException(request.root().toString(), 0, "not a folder", "pass the project's folder");
        }
        List<String> notes = new ArrayList<>();
        Baseline baseline = request.baseline() == null ? null : readBaseline(request.baseline(), request.ci(), notes);
        CairnConfig config = config(root);
        Path classes = classes(root, request.classes());
        CheckstyleSetup setup = CheckstyleSetup.of(root, Optional.of(config.checkstyle().config()), config.checkstyle().suppressions());
        ProjectFiles files = ProjectFiles.scan(root, config.secrets().ignore());

        ExecutorService side = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "cairn-check");
            t.setDaemon(true);
            return t;
        });
        CheckstyleRun.Result checkstyle;
        List<Finding> findings = new ArrayList<>();
        try (Progress progress = request.progress().apply(files.javaSources().size())) {
            CompletableFuture<List<Finding>> archunit = CompletableFuture.supplyAsync(() -> unchecked(() -> ArchUnitRun.run(config, classes, root, files.javaSources(), request.cache())), side);
            CompletableFuture<List<Finding>> secrets = CompletableFuture.supplyAsync(() -> unchecked(() -> SecretScan.scan(root, files.otherFiles())), side);
            checkstyle = CheckstyleRun.run(root, files.javaSources(), setup, request.threads(), request.cache(), progress);
            findings.addAll(join(archunit));
            findings.addAll(join(secrets));
        } finally {
            side.shutdownNow();
        }
        findings.addAll(checkstyle.findings());
        findings.sort(Finding.ORDER);
        List<String> fingerprints = Fingerprints.of(findings, new FileLines(root));

        Report.Project project = project(root);
        Report report;
        if (baseline == null) {
            report = new Report(CairnVersion.get(), findings, fingerprints, null, project);
        } else {
            Baseline.Comparison comparison = baseline.compare(fingerprints);
            List<Finding> fresh = comparison.newFindings().stream().map(findings::get).toList();
            List<String> freshPrints = comparison.newFindings().stream().map(fingerprints::get).toList();
            report = new Report(CairnVersion.get(), fresh, freshPrints, new Report.BaselineSummary(request.baseline().toString(),
                    baseline.size(), comparison.known(), comparison.fixed()), project);
        }
        boolean written = false;
        if (request.writeBaseline() != null) {
            Path target = request.writeBaseline().toAbsolutePath();
            Files.createDirectories(target.getParent());
            Files.writeString(target, Baseline.of(findings, fingerprints).toJson());
            notes.add("Wrote " + TextReport.plural(findings.size(), " finding") + " to the baseline " + request.writeBaseline()
                    + "; pass it with --baseline " + request.writeBaseline() + " to fail only on new ones.");
            written = true;
        }
        return new Outcome(report, notes, files.javaSources().size(), checkstyle.analysed(), written);
    }

    private static Baseline readBaseline(Path file, boolean ci, List<String> notes) throws IOException {
        String name = file.toString();
        if (!Files.exists(file)) {
            if (ci) {
                throw new CairnException(name, 0, "the baseline does not exist (CI=true: it is never created silently)",
                        "write it with 'cairn check --write-baseline " + name + "' and commit it, or drop --baseline");
            }
            notes.add("The baseline " + name + " does not exist: every finding counts as new (write it with --write-baseline "
                    + name + ").");
            return Baseline.empty();
        }
        return Baseline.parse(Files.readString(file, StandardCharsets.UTF_8), name);
    }

    private static CairnConfig config(Path root) {
        try {
            return CairnConfig.load(root);
        } catch (CairnConfigException e) {
            throw new CairnException(e.file() == null ? "cairn.yaml" : e.file(), e.line(), e.getMessage(), e.hint(), e);
        }
    }

    private static Path classes(Path root, Path given) throws IOException {
        String hint = "run 'mvn compile' first, or pass --classes with the folder or jar of the compiled classes";
        if (given != null) {
            if (!Files.exists(given)) {
                throw new CairnException(given.toString(), 0, "no such folder or jar (--classes)", hint);
            }
            return given;
        }
        Path classes = root.resolve("target/classes");
        if (!Files.isDirectory(classes) || !hasClassFiles(classes)) {
            throw CairnException.of("no compiled classes in " + classes, hint);
        }
        return classes;
    }

    private static boolean hasClassFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(p -> p.toString().endsWith(".class"));
        }
    }

    /** The repository around {@code root}: the nearest folder at or above it holding {@code .git}. */
    static Report.Project project(Path root) {
        for (Path dir = root; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                String inside = ProjectFiles.relative(dir, root);
                return new Report.Project(folderUri(dir), inside.isEmpty() ? "" : inside + "/");
            }
        }
        return new Report.Project(folderUri(root), "");
    }

    private static String folderUri(Path dir) {
        String uri = dir.toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private interface IoSupplier<T> {
        T get() throws IOException;
    }

    private static <T> T unchecked(IoSupplier<T> work) {
        try {
            return work.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T join(CompletableFuture<T> future) throws IOException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** Source lines for fingerprints, each file read once. */
    private static final class FileLines implements Fingerprints.SourceLines {
        private final Path root;
        private final Map<String, List<String>> files = new HashMap<>();

        FileLines(Path root) {
            this.root = root;
        }

        @Override
        public String line(String file, int line) {
            List<String> lines = files.computeIfAbsent(file, f -> {
                try {
                    return Files.readAllLines(root.resolve(f), StandardCharsets.UTF_8);
                } catch (IOException | UncheckedIOException e) {
                    return List.of(); // not UTF-8, gone, a class name rather than a file: the fingerprint does without
                }
            });
            return line <= lines.size() ? lines.get(line - 1) : "";
        }
    }
}
