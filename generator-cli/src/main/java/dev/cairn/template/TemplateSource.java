package dev.cairn.template;

import java.util.List;

/**
 * Where a template comes from: a bundled template, a folder, a jar, Maven coordinates or a git
 * repository. A folder, jar or bundled template has one version, its current content; Maven
 * coordinates and git repositories offer several ({@link #versions()}, {@link #atVersion(String)}).
 */
public interface TemplateSource {

    /** How the answers file records this source, so that it can be found again; never {@code null}. */
    String describe();

    /** A short name for messages, e.g. the jar's file name. */
    String displayName();

    /**
     * Reads the template's files.
     *
     * @throws dev.cairn.CairnException if the source is missing or unreadable
     */
    TemplateFiles open();

    /**
     * The versions this source offers, oldest first, releases only; empty when the source has only
     * its current content (a folder, jar or bundled template).
     *
     * @throws dev.cairn.CairnException if the source cannot be listed (repository unreachable)
     */
    default List<String> versions() {
        return List.of();
    }

    /**
     * This source at {@code version}: the Maven artifact of that version, the git tag. A source with
     * only its current content returns itself; the caller compares the version it reads.
     *
     * @throws dev.cairn.CairnException if the source has no such version
     */
    default TemplateSource atVersion(String version) {
        return this;
    }
}
