package dev.cairn.template;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which Maven settings files Cairn reads, as {@code mvn -s} and {@code -gs} name them: the user's
 * ({@code ~/.m2/settings.xml} by default) and the global one (the Maven installation's
 * {@code conf/settings.xml}, found through {@code MAVEN_HOME}, {@code M2_HOME} or {@code mvn} on the
 * PATH). Either may be missing; Maven's defaults apply then.
 *
 * <p>The system property {@code cairn.maven.settings} replaces the user's default: for tools that
 * embed Cairn and for tests, which must not read or write the real {@code ~/.m2}.
 *
 * @param user the user settings file, never {@code null} (it need not exist)
 * @param global the global settings file, or {@code null} for the Maven installation's (looked up
 *     only when settings are read: most runs of Cairn never need them)
 */
public record MavenSettingsFiles(Path user, Path global) {

    /** The system property that names another default user settings file. */
    public static final String USER_SETTINGS_PROPERTY = "cairn.maven.settings";

    /** Maven's defaults, as {@code mvn} without {@code -s} and {@code -gs} reads them. */
    public static MavenSettingsFiles defaults() {
        String configured = System.getProperty(USER_SETTINGS_PROPERTY);
        Path user = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "settings.xml");
        return new MavenSettingsFiles(user, null);
    }

    /** The global settings file to read: the one given, else the Maven installation's, or {@code null} when none is found. */
    public Path globalOrDefault() {
        return global != null ? global : defaultGlobal();
    }

    /**
     * These files with the ones the user named on the command line instead.
     *
     * @param userOverride {@code -s FILE}, or {@code null} to keep the default
     * @param globalOverride {@code -gs FILE}, or {@code null} to keep the default
     */
    public MavenSettingsFiles with(Path userOverride, Path globalOverride) {
        return new MavenSettingsFiles(userOverride != null ? userOverride : user,
                globalOverride != null ? globalOverride : global);
    }

    private static Path defaultGlobal() {
        for (String variable : new String[] {"MAVEN_HOME", "M2_HOME"}) {
            String home = System.getenv(variable);
            if (home != null && !home.isBlank()) {
                return Path.of(home, "conf", "settings.xml");
            }
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path mvn = Path.of(dir.isEmpty() ? "." : dir, "mvn");
            if (Files.isExecutable(mvn)) {
                try {
                    // bin/mvn is often a link (Debian: /usr/bin/mvn -> /usr/share/maven/bin/mvn)
                    Path bin = mvn.toRealPath().getParent();
                    return bin.getParent() == null ? null : bin.getParent().resolve("conf").resolve("settings.xml");
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
