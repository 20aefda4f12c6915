package dev.cairn.template;

import dev.cairn.CairnException;
import java.util.LinkedHashMap;
import java.util.List;

/** Reads template.yaml with SnakeYAML's safe loader. (Being written.) */
final class ManifestReader {

    private ManifestReader() {}

    static Manifest read(byte[] yaml, String file) {
        throw new CairnException(file, 0, "Cairn manifests are not read yet", null);
    }

    static void checkAgainst(Manifest manifest, Template template) {
        // being written
    }

    static Manifest empty(String version) {
        return new Manifest(null, version, null, null, List.of(), new LinkedHashMap<>(), List.of(), List.of());
    }
}
