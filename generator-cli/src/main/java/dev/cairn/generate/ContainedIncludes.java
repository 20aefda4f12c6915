package dev.cairn.generate;

import dev.cairn.template.PathGuard;
import org.apache.velocity.app.event.IncludeEventHandler;
import org.apache.velocity.context.Context;

/**
 * {@code #include}/{@code #parse} resolved relative to the including file, as plexus-velocity's
 * {@code IncludeRelativePath} does for the plugin, but refused when the path climbs out of the
 * template.
 */
final class ContainedIncludes implements IncludeEventHandler {

    @Override
    public String includeEvent(Context context, String includeResourcePath, String currentResourcePath,
            String directiveName) {
        String resolved;
        if (includeResourcePath.startsWith("/") || includeResourcePath.startsWith("\\")) {
            resolved = includeResourcePath;
        } else {
            int slash = Math.max(currentResourcePath.lastIndexOf('/'), currentResourcePath.lastIndexOf('\\'));
            resolved = slash < 0 ? includeResourcePath : currentResourcePath.substring(0, slash + 1) + includeResourcePath;
        }
        String stripped = resolved.replace('\\', '/').replaceFirst("^/+", "");
        String problem = PathGuard.problem(stripped);
        if (problem != null) {
            throw new SandboxViolation(currentResourcePath, 0,
                    "#" + directiveName + "(\"" + includeResourcePath + "\") reaches outside the template: the path " + problem,
                    "#include and #parse may only name files inside the template");
        }
        return resolved;
    }
}
