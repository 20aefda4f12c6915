package dev.cairn.template;

/**
 * The Cairn manifest, {@code META-INF/cairn/template.yaml}. (Being completed: parameters,
 * overlays, conditions, secrets.)
 */
public final class Manifest {

    private final String id;
    private final String version;

    private Manifest(String id, String version) {
        this.id = id;
        this.version = version;
    }

    public static Manifest parse(byte[] yaml, String file) {
        return new Manifest(null, null);
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    /** Checks that the manifest agrees with the archetype descriptor. */
    void checkAgainst(Template template) {
    }
}
