package dev.cairn.generate;

import dev.cairn.CairnException;
import dev.cairn.template.Template;
import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.maven.archetype.ArchetypeGenerationRequest;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;

/**
 * A fileset archetype's {@code META-INF/archetype-post-generate.groovy}, run only with
 * {@code --trust}, as archetype-common 3.4.1's {@code DefaultFilesetArchetypeGenerator} runs it at
 * the end of {@code generateArchetype}: a Groovy {@link Binding} holding every system property, then
 * every request property over them, and {@code request}, a real
 * {@link ArchetypeGenerationRequest}; evaluated by a plain {@link GroovyShell}.
 *
 * <p>It runs on the staged project, before the project moves into place: {@code request}'s output
 * directory is the staging root and the project sits in it under its artifactId, so a script finds
 * the files exactly where it would under the plugin, and a script that fails leaves nothing behind.
 */
final class PostGenerateScript implements AtomicWriter.BeforeMove {

    /** Groovy's name for a script evaluated from a string: {@code Script1.groovy}, {@code Script2.groovy}... */
    private static final Pattern SCRIPT_FILE = Pattern.compile("Script\\d+\\.groovy");

    private final String script;
    private final Properties properties;

    /**
     * @param script the script's bytes, read as UTF-8 as the plugin reads them
     * @param properties the resolved request properties, never {@code null}
     */
    PostGenerateScript(byte[] script, Properties properties) {
        this.script = new String(script, StandardCharsets.UTF_8);
        this.properties = properties;
    }

    @Override
    public void accept(Path stagingRoot, Path stagedProject) {
        ArchetypeGenerationRequest request = new ArchetypeGenerationRequest()
                .setOutputDirectory(stagingRoot.toAbsolutePath().toString())
                .setGroupId(properties.getProperty("groupId"))
                .setArtifactId(properties.getProperty("artifactId"))
                .setVersion(properties.getProperty("version"))
                .setPackage(properties.getProperty("package"))
                .setProperties(properties);
        Properties all = new Properties();
        all.putAll(System.getProperties());
        all.putAll(properties);
        Binding binding = new Binding();
        for (Map.Entry<Object, Object> entry : all.entrySet()) {
            binding.setVariable(entry.getKey().toString(), entry.getValue());
        }
        binding.setVariable("request", request);
        try {
            new GroovyShell(binding).evaluate(script);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) { // a script may throw anything, assert's errors included
            throw failure(e);
        }
    }

    private static CairnException failure(Throwable e) {
        if (e instanceof MultipleCompilationErrorsException compile) {
            Message first = compile.getErrorCollector().getErrors().isEmpty() ? null
                    : compile.getErrorCollector().getErrors().get(0);
            if (first instanceof SyntaxErrorMessage syntax) {
                return new CairnException(Template.POST_GENERATE_SCRIPT, syntax.getCause().getLine(),
                        "the post-generate script does not compile: " + syntax.getCause().getOriginalMessage(),
                        "fix the script; nothing was written", e);
            }
            return new CairnException(Template.POST_GENERATE_SCRIPT, 0,
                    "the post-generate script does not compile: " + firstLine(e.getMessage()),
                    "fix the script; nothing was written", e);
        }
        return new CairnException(Template.POST_GENERATE_SCRIPT, scriptLine(e),
                "the post-generate script failed: " + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()),
                "fix the script or ask its author; nothing was written", e);
    }

    /** The line of the script where it threw, from the first stack frame inside the script. */
    private static int scriptLine(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getFileName() != null && SCRIPT_FILE.matcher(frame.getFileName()).matches()
                        && frame.getLineNumber() > 0) {
                    return frame.getLineNumber();
                }
            }
        }
        return 0;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String trimmed = message.strip();
        int nl = trimmed.indexOf('\n');
        return nl < 0 ? trimmed : trimmed.substring(0, nl);
    }
}
