package dev.cairn.cli;

import dev.cairn.template.MavenSettingsFiles;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -s} and {@code -gs}, as {@code mvn} spells them, for commands that reach Maven repositories. */
class MavenSettingsOptions {

    @Option(names = {"-s", "--settings"}, paramLabel = "FILE", description = "Maven user settings (default: ~/.m2/settings.xml).")
    Path settings;

    @Option(names = {"-gs", "--global-settings"}, paramLabel = "FILE", description = "Maven global settings.")
    Path globalSettings;

    /** The settings files to read: these, else Maven's defaults. */
    MavenSettingsFiles files() {
        return MavenSettingsFiles.defaults().with(settings, globalSettings);
    }
}
