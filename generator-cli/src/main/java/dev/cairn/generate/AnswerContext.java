package dev.cairn.generate;

import java.util.Properties;
import org.apache.velocity.VelocityContext;
import org.codehaus.plexus.util.StringUtils;

/**
 * The Velocity context Cairn's own additions (overlays, conditions) see: the answers exactly as
 * the archetype's templates see them at the start of the render (the built-ins, {@code
 * packageInPathFormat}, {@code rootArtifactId}, every property with {@code ${...}} values
 * evaluated).
 */
final class AnswerContext {

    private AnswerContext() {}

    /** A fresh context: what one template {@code #set}s never leaks into a condition. */
    static VelocityContext of(Properties properties, TemplateEngine engine) {
        VelocityContext context = plugin(properties, engine);
        context.put("rootArtifactId", properties.getProperty("artifactId"));
        return context;
    }

    /**
     * The context exactly as the plugin's {@code prepareVelocityContext} builds it: the built-ins,
     * then every property in the table's own order, a value holding {@code ${} evaluated against
     * what is in the context so far.
     */
    static VelocityContext plugin(Properties properties, TemplateEngine engine) {
        VelocityContext context = new VelocityContext();
        String pkg = properties.getProperty("package");
        context.put("groupId", properties.getProperty("groupId"));
        context.put("artifactId", properties.getProperty("artifactId"));
        context.put("version", properties.getProperty("version"));
        context.put("package", pkg);
        if (pkg != null) {
            context.put("packageInPathFormat", StringUtils.replace(pkg, ".", "/"));
        }
        for (Object k : properties.keySet()) {
            String key = (String) k;
            String value = properties.getProperty(key);
            if (value != null && value.contains("${")) {
                value = engine.evaluate(context, key, value);
            }
            context.put(key, value);
        }
        return context;
    }
}
