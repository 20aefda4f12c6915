package dev.cairn.check;

import com.puppycrawl.tools.checkstyle.Checker;
import com.puppycrawl.tools.checkstyle.ConfigurationLoader;
import com.puppycrawl.tools.checkstyle.PropertiesExpander;
import com.puppycrawl.tools.checkstyle.ThreadModeSettings;
import com.puppycrawl.tools.checkstyle.api.AuditEvent;
import com.puppycrawl.tools.checkstyle.api.AuditListener;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import com.puppycrawl.tools.checkstyle.api.Configuration;
import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import dev.cairn.CairnException;
import dev.cairn.CairnVersion;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.InputSource;

/**
 * Runs the Checkstyle pack on Java sources through Checkstyle's own API, on several threads: each worker has its
 * own {@link Checker} over its share of the files (Checker is not thread-safe, so none is shared). The findings
 * are sorted in {@link Finding#ORDER}, so the result is the same on any number of threads.
 */
public final class CheckstyleRun {

    /**
     * @param findings in {@link Finding#ORDER}
     * @param analysed how many files Checkstyle read; the others came from the cache
     */
    public record Result(List<Finding> findings, int analysed) {}

    private CheckstyleRun() {}

    /**
     * @param root the project folder; {@code files} are relative to it
     * @param threads how many Checkers run at once, at least 1
     * @param cache whether to read and write {@code .cairn/cache/} in {@code root}
     * @throws CairnException when the configuration does not load (a broken suppressions file)
     */
    public static Result run(Path root, List<String> files, CheckstyleSetup setup, int threads, boolean cache, Progress progress)
            throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Configuration config = configuration(setup);
        String key = setup.cacheKey(CairnVersion.get());
        Path cacheFolder = base.resolve(CheckstyleCache.FOLDER);
        Map<String, CheckstyleCache.Cached> cached = cache ? CheckstyleCache.load(cacheFolder, key) : Map.of();

        Map<String, CheckstyleCache.Cached> results = new HashMap<>();
        Map<String, String> hashes = new HashMap<>();
        List<String> toAnalyse = new ArrayList<>();
        for (String file : files) {
            String hash = Hashes.sha256(Files.readAllBytes(base.resolve(file)));
            CheckstyleCache.Cached hit = cached.get(file);
            if (hit != null && hit.hash().equals(hash)) {
                results.put(file, hit);
            } else {
                hashes.put(file, hash);
                toAnalyse.add(file);
            }
        }
        progress.advance(results.size());

        for (Map.Entry<String, List<Finding>> e : analyse(base, toAnalyse, config, threads, progress).entrySet()) {
            results.put(e.getKey(), new CheckstyleCache.Cached(hashes.get(e.getKey()), e.getValue()));
        }
        if (cache) {
            CheckstyleCache.save(cacheFolder, key, results);
        }
        List<Finding> findings = new ArrayList<>();
        results.forEach((file, entry) -> entry.findings().forEach(f -> findings.add(new Finding(f.tool(), f.ruleId(),
                f.severity(), file, f.line(), f.column(), f.message(), f.hint()))));
        findings.sort(Finding.ORDER);
        return new Result(List.copyOf(findings), toAnalyse.size());
    }

    /**
     * Findings per analysed file (every file present, most with none). Workers take files from one queue,
     * biggest first, one at a time: Checkstyle's time grows with a file's size, and a fixed share per worker
     * left one busy with the big files while the other idled (the ArchUnit import runs beside them too).
     * Each file's findings depend on that file alone, so the result is the same whichever worker takes it.
     */
    private static Map<String, List<Finding>> analyse(Path base, List<String> files, Configuration config, int threads,
            Progress progress) {
        int workers = Math.max(1, Math.min(threads, files.size()));
        Map<String, Long> sizes = new HashMap<>();
        for (String file : files) {
            sizes.put(file, base.resolve(file).toFile().length());
        }
        List<String> biggestFirst = new ArrayList<>(files);
        biggestFirst.sort(Comparator.comparing((String f) -> sizes.get(f)).reversed().thenComparing(Comparator.naturalOrder()));
        Queue<String> queue = new ConcurrentLinkedQueue<>(biggestFirst);
        Map<String, List<Finding>> all = new HashMap<>();
        if (files.isEmpty()) {
            return all;
        }
        if (workers == 1) {
            return worker(base, queue, config, progress);
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "cairn-checkstyle");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Map<String, List<Finding>>>> futures = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                futures.add(pool.submit(() -> worker(base, queue, config, progress)));
            }
            for (Future<Map<String, List<Finding>>> future : futures) {
                all.putAll(future.get());
            }
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Checkstyle ran", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Checkstyle failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One Checker, fed file by file from the shared queue until it is empty. */
    private static Map<String, List<Finding>> worker(Path base, Queue<String> queue, Configuration config, Progress progress) {
        Map<String, List<Finding>> findings = new HashMap<>();
        Checker checker = new Checker();
        try {
            checker.setModuleClassLoader(CheckstyleRun.class.getClassLoader());
            checker.configure(config);
            // a file that does not parse is a finding of that file, not the end of the run
            checker.setHaltOnException(false);
            checker.addListener(new Listener(base, findings, progress));
            for (String file = queue.poll(); file != null; file = queue.poll()) {
                findings.put(file, new ArrayList<>());
                checker.process(List.of(base.resolve(file).toFile()));
            }
        } catch (CheckstyleException e) {
            throw new IllegalStateException("Checkstyle failed: " + e.getMessage(), e);
        } finally {
            checker.destroy();
        }
        return findings;
    }

    /**
     * The ids of the modules a configuration reports by ({@code cairn.coding.empty-catch}, ...), from Checkstyle's own
     * reading of it.
     *
     * @param setup a configuration, e.g. the strict one, which holds every id of the standard one too
     */
    public static Set<String> ruleIds(CheckstyleSetup setup) {
        Set<String> ids = new TreeSet<>();
        collectIds(configuration(setup), ids);
        return ids;
    }

    private static void collectIds(Configuration module, Set<String> ids) {
        try {
            String id = module.getProperty("id");
            if (id != null && !id.isBlank()) {
                ids.add(id);
            }
        } catch (CheckstyleException e) {
            // no id: a module that does not report by one
        }
        for (Configuration child : module.getChildren()) {
            collectIds(child, ids);
        }
    }

    static Configuration configuration(CheckstyleSetup setup) {
        Properties properties = new Properties();
        // always set: Checkstyle's SuppressionFilter fails on an empty file name, even when optional
        properties.setProperty("checkstyle.suppressions.file",
                (setup.suppressions() != null ? setup.suppressions() : NoSuppressions.FILE).toString());
        try {
            return ConfigurationLoader.loadConfiguration(new InputSource(new StringReader(setup.xml())),
                    new PropertiesExpander(properties), ConfigurationLoader.IgnoredModulesOptions.OMIT,
                    ThreadModeSettings.SINGLE_THREAD_MODE_INSTANCE);
        } catch (CheckstyleException e) {
            throw new CairnException(setup.suppressions() == null ? null : setup.suppressions().toString(), 0,
                    "the Checkstyle configuration '" + setup.name() + "' does not load: " + e.getMessage(),
                    "check the suppressions file named in cairn.yaml", e);
        }
    }

    /** An empty suppressions file, for projects that name none in cairn.yaml; written once per run of Cairn. */
    private static final class NoSuppressions {
        static final Path FILE = write();

        private static Path write() {
            try {
                Path file = Files.createTempFile("cairn-no-suppressions", ".xml");
                file.toFile().deleteOnExit();
                Files.writeString(file, """
                        <?xml version="1.0"?>
                        <!DOCTYPE suppressions PUBLIC "-//Checkstyle//DTD SuppressionFilter Configuration 1.2//EN"
                            "https://checkstyle.org/dtds/suppressions_1_2.dtd">
                        <suppressions/>
                        """);
                return file;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot write a temporary file", e);
            }
        }
    }

    /** Collects events into findings; each worker has its own. */
    private static final class Listener implements AuditListener {

        /** The ANTLR parser's complaint inside Checkstyle's exception text: {@code 1:9: mismatched input ...}. */
        private static final Pattern PARSER_PROBLEM = Pattern.compile("(?m)^Caused by: [\\w.$]+: (\\d+):(\\d+): (.+)$");
        private final Path base;
        private final Map<String, List<Finding>> findings;
        private final Progress progress;

        Listener(Path base, Map<String, List<Finding>> findings, Progress progress) {
            this.base = base;
            this.findings = findings;
            this.progress = progress;
        }

        @Override
        public void addError(AuditEvent event) {
            if (event.getSeverityLevel() == SeverityLevel.IGNORE) {
                return;
            }
            String file = ProjectFiles.relative(base, Path.of(event.getFileName()));
            String check = checkName(event.getSourceName());
            boolean parseError = Checker.EXCEPTION_MSG.equals(event.getViolation().getKey());
            String rule = parseError ? "cairn.checkstyle.parse-error"
                    : event.getModuleId() != null && !event.getModuleId().isBlank() ? event.getModuleId() : check;
            String hint = parseError ? "Checkstyle cannot parse this file: make it compile"
                    : "Checkstyle's " + check + " check; fix it, or suppress it in the file named by checkstyle.suppressions in cairn.yaml";
            Finding finding = new Finding(Tool.CHECKSTYLE, rule,
                    event.getSeverityLevel() == SeverityLevel.ERROR ? Severity.ERROR : Severity.WARNING, file, event.getLine(),
                    event.getColumn(), event.getMessage(), hint);
            findings.computeIfAbsent(file, k -> new ArrayList<>()).add(parseError ? parseError(finding) : finding);
        }

        /**
         * Checkstyle reports a file it cannot parse with the whole stack trace as the message; the parser's own
         * {@code line:column: problem} is in it, and is all a reader needs.
         */
        private static Finding parseError(Finding finding) {
            Matcher cause = PARSER_PROBLEM.matcher(finding.message());
            if (cause.find()) {
                return new Finding(finding.tool(), finding.ruleId(), finding.severity(), finding.file(), Integer.parseInt(cause.group(1)),
                        Integer.parseInt(cause.group(2)) + 1 /* ANTLR counts columns from 0 */, "cannot parse: " + cause.group(3).strip(), finding.hint());
            }
            String firstLine = finding.message().lines().findFirst().orElse("").strip();
            return new Finding(finding.tool(), finding.ruleId(), finding.severity(), finding.file(), finding.line(), finding.column(),
                    firstLine, finding.hint());
        }

        @Override
        public void fileFinished(AuditEvent event) {
            progress.advance(1);
        }

        @Override
        public void addException(AuditEvent event, Throwable throwable) {
            // with haltOnException off, Checker reports exceptions through addError
        }

        @Override
        public void auditStarted(AuditEvent event) {}

        @Override
        public void auditFinished(AuditEvent event) {}

        @Override
        public void fileStarted(AuditEvent event) {}
    }

    /** "com.puppycrawl.tools.checkstyle.checks.imports.UnusedImportsCheck" -> "UnusedImports". */
    static String checkName(String sourceName) {
        String simple = sourceName.substring(sourceName.lastIndexOf('.') + 1);
        return simple.endsWith("Check") ? simple.substring(0, simple.length() - "Check".length()) : simple;
    }
}
