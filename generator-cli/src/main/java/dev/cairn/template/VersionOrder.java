package dev.cairn.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Maven's order of versions ({@code 1.9 < 1.10}, {@code 1.0-alpha < 1.0-SNAPSHOT < 1.0}), as
 * {@link TemplateVersion} compares them, so that git tags sort as the same versions on a Maven
 * repository would.
 */
public final class VersionOrder {

    /** Compares two version strings in Maven's order. */
    public static final Comparator<String> MAVEN = VersionOrder::compare;

    private VersionOrder() {}

    public static int compare(String a, String b) {
        return TemplateVersion.compare(a, b);
    }

    /** The versions sorted oldest first, duplicates removed. */
    public static List<String> sorted(List<String> versions) {
        List<String> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(versions));
        sorted.sort(MAVEN);
        return sorted;
    }
}
