package dev.cairn.template;

/**
 * Decides whether a relative path stays inside its root. Used for template entry names and again
 * for every output path after property values are substituted into it.
 */
public final class PathGuard {

    private PathGuard() {}

    /**
     * @param path a {@code /}-separated relative path, never {@code null}
     * @return why the path could escape its root, or {@code null} when it is safe
     */
    public static String problem(String path) {
        if (path.isEmpty()) {
            return null;
        }
        if (path.indexOf('\0') >= 0) {
            return "contains a NUL character";
        }
        if (path.startsWith("/") || path.startsWith("\\") || (path.length() > 1 && path.charAt(1) == ':')) {
            return "is absolute";
        }
        for (String segment : path.split("[/\\\\]", -1)) {
            if (segment.equals("..")) {
                return "climbs out with '..'";
            }
        }
        return null;
    }
}
