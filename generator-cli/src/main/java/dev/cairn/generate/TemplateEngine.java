package dev.cairn.generate;

import dev.cairn.CairnException;
import dev.cairn.template.TemplateFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.context.Context;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.TemplateInitException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.slf4j.helpers.NOPLogger;

/**
 * Apache Velocity set up exactly as maven-archetype-plugin 3.4.1 sets it up (plexus-velocity's
 * defaults plus archetype-common's {@code VelocityConfigurator}), so that output matches byte for
 * byte, with three differences that only ever turn a run into an error, never into other output:
 * templates load only from the template's own files, reflection is refused unless trusted, and
 * output is bounded.
 */
public final class TemplateEngine {

    /** How deep macros may call themselves before the render stops. */
    static final int MACRO_MAX_DEPTH = 64;

    /** How deep {@code #parse} may nest. */
    static final int PARSE_MAX_DEPTH = 16;

    private final VelocityEngine engine;
    private final OutputBudget budget;
    private final ContainedIncludes includes = new ContainedIncludes();
    private final InsertionBudget insertions;

    /**
     * @param files the template's entries; {@code #parse} and {@code #include} see only these
     * @param trusted whether templates may use reflection ({@code --trust})
     * @param budget the shared bound on rendered output, never {@code null}
     */
    /** The bound this engine's output counts against. */
    OutputBudget budget() {
        return budget;
    }

    public TemplateEngine(TemplateFiles files, boolean trusted, OutputBudget budget) {
        this.budget = budget;
        this.insertions = new InsertionBudget(budget);
        Properties p = new Properties();
        // plexus-velocity 2.2.1 DefaultVelocityComponent
        p.setProperty("runtime.log.log_invalid_references", "false");
        p.setProperty("resource.manager.log_when_found", "false");
        p.setProperty("velocimacro.inline.replace_global", "true");
        p.setProperty("parser.space_gobbling", "bc");
        // archetype-common 3.4.1 VelocityConfigurator
        p.put("introspector.conversion_handler.class", "none");
        p.put("directive.if.empty_check", false);
        p.put("parser.allow_hyphen_in_identifiers", true);
        p.put("velocimacro.enable_bc_mode", true);
        p.put("event_handler.invalid_references.quiet", "true");
        p.put("event_handler.invalid_references.null", true);
        p.put("event_handler.invalid_references.tested", true);
        // Cairn: the template's own files only, relative includes as the plugin resolves them
        p.setProperty("resource.loaders", "cairn");
        p.put("resource.loader.cairn.instance", new TemplateResourceLoader(files));
        // event handlers (the plugin's IncludeRelativePath, here ContainedIncludes; InsertionBudget):
        // Velocity takes only class names for them, so they are attached to each context (see arm)

        // Velocity's own #include and #parse, reporting a refused or missing file at its line
        p.setProperty("runtime.custom_directives",
                LocatedDirectives.Include.class.getName() + "," + LocatedDirectives.Parse.class.getName());
        p.put("velocimacro.max_depth", MACRO_MAX_DEPTH);
        p.put("directive.parse.max_depth", PARSE_MAX_DEPTH);
        if (!trusted) {
            p.setProperty("introspector.uberspect.class", SandboxUberspector.class.getName());
        }
        p.put(RuntimeConstants.RUNTIME_LOG_INSTANCE, NOPLogger.NOP_LOGGER);
        engine = new VelocityEngine();
        engine.setProperties(p);
        engine.init();
    }

    /**
     * Renders one template file, as the plugin's {@code processTemplate} does, into a string.
     *
     * @param name the entry name, e.g. {@code archetype-resources/pom.xml}
     * @param encoding the fileSet's encoding
     * @throws CairnException naming the file and line for a parse error, a sandbox refusal, or a
     *     render past the size limit
     */
    public String render(String name, String encoding, VelocityContext context) {
        StringWriter out = new StringWriter();
        try {
            Template template = engine.getTemplate(name, encoding);
            template.merge(arm(context), budget.guard(out, name));
        } catch (RuntimeException e) {
            throw translate(e, name);
        }
        return out.toString();
    }

    /**
     * Evaluates a string as the plugin evaluates defaults and {@code includeCondition}s. Errors are
     * swallowed and the text returned as it was, as the plugin does; sandbox and budget refusals are
     * not swallowed.
     */
    public String evaluate(VelocityContext context, String logTag, String text) {
        StringWriter out = new StringWriter();
        try {
            engine.evaluate(arm(context), budget.guard(out, logTag), logTag, text);
            return out.toString();
        } catch (RuntimeException e) {
            CairnException refusal = refusal(e, logTag);
            if (refusal != null) {
                throw refusal;
            }
            return text;
        }
    }

    /** Like {@link #evaluate} but any error is reported: for Cairn's own conditions. */
    public String evaluateStrict(VelocityContext context, String file, int line, String text) {
        StringWriter out = new StringWriter();
        try {
            engine.evaluate(arm(context), budget.guard(out, file), file, text);
            return out.toString();
        } catch (RuntimeException e) {
            CairnException translated = translate(e, file);
            throw new CairnException(file, line, translated.getMessage(), translated.hint(), e);
        }
    }

    /**
     * Attaches Cairn's event handlers to a context: includes stay inside the template, inserted
     * values count against the output limit. Velocity configures event handlers by class name only,
     * and these need state (the budget), so they ride on the context, where Velocity consults them
     * as it consults application-wide ones.
     */
    private <C extends Context> C arm(C context) {
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(includes);
        cartridge.addEventHandler(insertions);
        cartridge.attachToContext(context);
        return context;
    }

    VelocityEngine velocity() {
        return engine;
    }

    private static CairnException refusal(Throwable e, String name) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CairnException c) {
                return c;
            }
            if (t instanceof SandboxViolation v) {
                return v.toCairnException(name);
            }
        }
        return null;
    }

    static CairnException translate(RuntimeException e, String name) {
        CairnException refusal = refusal(e, name);
        if (refusal != null) {
            return refusal;
        }
        String shown = display(name);
        if (e instanceof ParseErrorException pe) {
            String file = pe.getTemplateName() != null ? display(pe.getTemplateName()) : shown;
            return new CairnException(file, pe.getLineNumber(), "template does not parse: " + firstLine(pe.getMessage()),
                    "fix the Velocity syntax; Velocity 1.x-only directives such as #literal are not supported", e);
        }
        if (e instanceof ResourceNotFoundException rnf) {
            return new CairnException(shown, lineOf(rnf), "template not found: " + firstLine(rnf.getMessage()),
                    "#parse and #include reach only the template's own files", e);
        }
        if (e instanceof MethodInvocationException mie) {
            return new CairnException(display(mie.getTemplateName()), mie.getLineNumber(),
                    "a method call failed: " + firstLine(mie.getMessage()), null, e);
        }
        if (e instanceof TemplateInitException tie) {
            return new CairnException(display(tie.getTemplateName()), tie.getLineNumber(),
                    "template does not initialise: " + firstLine(tie.getMessage()), null, e);
        }
        if (e instanceof VelocityException) {
            return new CairnException(shown, 0, "render failed: " + firstLine(e.getMessage()), null, e);
        }
        throw e;
    }

    private static int lineOf(VelocityException e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[line (\\d+)").matcher(String.valueOf(e.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Template names as users see them: the entry name inside the template. */
    static String display(String name) {
        return name == null ? "template" : name;
    }

    /** Writes through to a writer; for callers that render straight to bytes. */
    static void copy(String text, Writer out) throws IOException {
        out.write(text);
    }
}
