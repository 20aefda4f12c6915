package dev.cairn.generate;

import dev.cairn.template.Manifest;
import org.apache.velocity.VelocityContext;

/** The manifest's {@code when:} conditions: Velocity expressions over the answers. */
final class Conditions {

    private Conditions() {}

    /**
     * Evaluates {@code #if(<when>)true#{else}false#end} in the sandboxed engine.
     *
     * @param when the expression, e.g. {@code $persistence == 'postgres'}; {@code null} holds
     * @param line where template.yaml declares it, for errors
     * @throws dev.cairn.CairnException naming template.yaml and the line if it does not parse
     */
    static boolean holds(TemplateEngine engine, VelocityContext context, String when, int line) {
        return holds(engine, context, when, Manifest.FILE, line);
    }

    /** As above, for a condition written in another file than template.yaml. */
    static boolean holds(TemplateEngine engine, VelocityContext context, String when, String file, int line) {
        if (when == null || when.isBlank()) {
            return true;
        }
        String result = engine.evaluateStrict(context, file, line, "#if(" + when + ")true#{else}false#end");
        return result.trim().equals("true");
    }
}
