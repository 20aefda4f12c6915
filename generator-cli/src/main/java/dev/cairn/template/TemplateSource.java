package dev.cairn.template;

/**
 * Where a template comes from. Bundled templates, folders and jars today; Maven coordinates and git
 * repositories plug in here later.
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
}
