package dev.cairn.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.aether.util.version.GenericVersionScheme;
import org.eclipse.aether.version.InvalidVersionSpecificationException;
import org.eclipse.aether.version.VersionScheme;

/**
 * Maven's order of versions ({@code 1.9 < 1.10}, {@code 1.0-alpha < 1.0-SNAPSHOT < 1.0}), from
 * Maven Resolver's version scheme, so that git tags sort as the same versions on a Maven repository
 * would.
 */
public final class VersionOrder {

    private static final VersionScheme SCHEME = new GenericVersionScheme();

    /** Compares two version strings in Maven's order. */
    public static final Comparator<String> MAVEN = VersionOrder::compare;

    private VersionOrder() {}

    public static int compare(String a, String b) {
        try {
            return SCHEME.parseVersion(a).compareTo(SCHEME.parseVersion(b));
        } catch (InvalidVersionSpecificationException e) {
            return a.compareTo(b); // the generic scheme parses any text; kept for safety
        }
    }

    /** The versions sorted oldest first, duplicates removed. */
    public static List<String> sorted(List<String> versions) {
        List<String> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(versions));
        sorted.sort(MAVEN);
        return sorted;
    }
}
