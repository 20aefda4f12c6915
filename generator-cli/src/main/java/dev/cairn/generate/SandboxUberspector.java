package dev.cairn.generate;

import java.util.Set;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * Velocity's introspector with reflection taken away: {@code $x.getClass()}, {@code $x.class} and
 * any call on a class, class loader, reflective object, thread, runtime or process fails the render
 * with the template's name and line. A context holds only strings, so without {@code getClass} no
 * template can reach anything else of the JVM.
 */
public final class SandboxUberspector extends UberspectImpl {

    private static final Set<String> FORBIDDEN_METHODS = Set.of(
            "getClass", "forName", "newInstance", "getClassLoader", "getDeclaredMethod", "getDeclaredMethods",
            "getMethod", "getMethods", "getDeclaredField", "getField", "getConstructor", "getDeclaredConstructor",
            "invoke", "exec", "wait", "notify", "notifyAll");

    static final String HINT = "templates run sandboxed; pass --trust only if you trust this template's author";

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) {
        if (obj != null && (FORBIDDEN_METHODS.contains(methodName) || isReflective(obj))) {
            throw refuse(info, "calls " + methodName + "() on " + describe(obj) + ", which is reflection");
        }
        return super.getMethod(obj, methodName, args, info);
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) {
        if (obj != null && ("class".equals(identifier) || isReflective(obj))) {
            throw refuse(info, "reads ." + identifier + " of " + describe(obj) + ", which is reflection");
        }
        return super.getPropertyGet(obj, identifier, info);
    }

    @Override
    public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info info) {
        if (obj != null && isReflective(obj)) {
            throw refuse(info, "sets ." + identifier + " of " + describe(obj) + ", which is reflection");
        }
        return super.getPropertySet(obj, identifier, arg, info);
    }

    static boolean isReflective(Object obj) {
        if (obj instanceof Class || obj instanceof ClassLoader || obj instanceof Thread || obj instanceof Runtime
                || obj instanceof Process || obj instanceof ProcessBuilder || obj instanceof Module
                || obj instanceof ModuleLayer) {
            return true;
        }
        Package pkg = obj.getClass().getPackage();
        String name = pkg == null ? "" : pkg.getName();
        return name.startsWith("java.lang.reflect") || name.startsWith("java.lang.invoke")
                || name.startsWith("sun.") || name.startsWith("jdk.internal");
    }

    private static String describe(Object obj) {
        return obj instanceof CharSequence ? "a string" : "a " + obj.getClass().getSimpleName();
    }

    private static SandboxViolation refuse(Info info, String what) {
        String template = info == null ? null : info.getTemplateName();
        int line = info == null ? 0 : info.getLine();
        return new SandboxViolation(template, line, "template " + what, HINT);
    }
}
