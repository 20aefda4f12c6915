package dev.cairn.template;

import java.util.List;

/**
 * A catalog of templates the user configured: a YAML catalog or a Maven {@code archetype-catalog.xml}
 * ({@link Catalogs}).
 *
 * @param name the catalog's name (its {@code name:}, else its file name), never {@code null}
 * @param location where it was read from, as configured, never {@code null}
 * @param entries its templates in catalog order, never {@code null}
 */
public record Catalog(String name, String location, List<Entry> entries) {

    /**
     * One template of a catalog.
     *
     * @param name its name in the catalog, never {@code null}
     * @param source what to pass to {@code cairn new}: coordinates, {@code git:URL}, a path, never {@code null}
     * @param description or {@code null}
     * @param versions its versions, oldest first; empty when they could not be listed
     * @param problem why the versions could not be listed, or {@code null}
     */
    public record Entry(String name, String source, String description, List<String> versions, String problem) {}
}
