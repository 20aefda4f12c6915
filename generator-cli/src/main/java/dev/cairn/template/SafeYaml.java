package dev.cairn.template;

import dev.cairn.CairnException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Loads untrusted YAML with SnakeYAML's safe constructor: plain maps, lists and scalars only, no
 * global tags, few aliases, no duplicate keys.
 *
 * <p>(Minimal stand-in written by the answers helper; the manifest helper's version replaces it.)
 */
public final class SafeYaml {

    /** Enough for hand-written anchors, far too few for a billion-laughs document. */
    static final int MAX_ALIASES = 20;

    private SafeYaml() {}

    /**
     * @param bytes the document, UTF-8
     * @param file how errors name the file
     * @return the document as maps, lists and scalars, or {@code null} for an empty document
     * @throws CairnException naming the file and line when the YAML is malformed or unsafe
     */
    public static Object load(byte[] bytes, String file) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            return yaml.load(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new CairnException(file, line, "invalid YAML: " + e.getProblem(), "fix the YAML syntax", e);
        } catch (YAMLException e) {
            throw new CairnException(file, 0, "invalid YAML: " + e.getMessage(), "fix the YAML syntax", e);
        } catch (java.io.IOException e) {
            throw new CairnException(file, 0, "cannot read: " + e.getMessage(), null, e);
        }
    }
}
