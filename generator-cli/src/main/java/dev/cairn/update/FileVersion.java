package dev.cairn.update;

import java.util.Arrays;

/**
 * One version of a file: its bytes and whether it is executable.
 *
 * @param content never {@code null}
 * @param executable the executable bit
 */
public record FileVersion(byte[] content, boolean executable) {

    /** Same bytes, executable bit aside. */
    public boolean sameContent(FileVersion other) {
        return other != null && Arrays.equals(content, other.content);
    }

    /** Same bytes and executable bit. */
    public boolean same(FileVersion other) {
        return sameContent(other) && executable == other.executable;
    }

    /** Whether two versions, either possibly absent ({@code null}), are the same. */
    public static boolean same(FileVersion a, FileVersion b) {
        return a == null ? b == null : a.same(b);
    }

    public boolean isBinary() {
        return ThreeWayMerge.isBinary(content);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileVersion other && same(other);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(content) * 31 + (executable ? 1 : 0);
    }

    @Override
    public String toString() {
        return content.length + " bytes" + (executable ? ", executable" : "");
    }
}
