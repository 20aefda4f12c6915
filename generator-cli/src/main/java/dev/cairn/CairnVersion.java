package dev.cairn;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Cairn's own version, stamped at build time. */
public final class CairnVersion {

    private static final String VERSION = load();

    private CairnVersion() {}

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = CairnVersion.class.getResourceAsStream("cairn-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
