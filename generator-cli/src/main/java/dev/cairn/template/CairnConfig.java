package dev.cairn.template;

import dev.cairn.CairnException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The user's Cairn configuration, {@code ~/.config/cairn/config.yaml} ({@link
 * CairnDirectories#configFile()}); every key is optional and a missing file is an empty one:
 * <pre>
 * catalogs:                      # listed by 'cairn list', in this order
 *   - ~/templates/catalog.yaml   # a YAML catalog (Catalogs), a path or an http(s)/file URL
 *   - https://repo.acme.com/repository/templates/archetype-catalog.xml
 * publish:
 *   repository: https://repo.acme.com/repository/templates/   # default of --repository
 * </pre>
 * Relative paths are relative to the configuration file's folder; {@code ~/} is the home folder.
 *
 * @param file the file read, never {@code null} (it need not exist)
 * @param catalogs catalog locations, paths made absolute, in file order, never {@code null}
 * @param publishRepository the repository {@code cairn template publish} and {@code lint} use when
 *     none is given, or {@code null}
 */
public record CairnConfig(Path file, List<String> catalogs, String publishRepository) {

    private static final List<String> TOP_KEYS = List.of("catalogs", "publish");
    private static final List<String> PUBLISH_KEYS = List.of("repository");

    /**
     * @param file the configuration file; missing is the same as empty
     * @throws CairnException naming the line for bad YAML or an unknown key
     */
    public static CairnConfig read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new CairnConfig(file, List.of(), null);
        } catch (IOException e) {
            throw new CairnException(file.toString(), 0, "cannot read: " + e.getMessage(), "check the file's permissions", e);
        }
        String shown = file.toString();
        Node root = SafeYaml.compose(bytes, shown);
        if (root == null) {
            return new CairnConfig(file, List.of(), null);
        }
        YamlFields fields = YamlFields.of(root, shown, "the configuration", TOP_KEYS);
        Path base = file.toAbsolutePath().getParent();
        List<String> catalogs = new ArrayList<>();
        for (String location : fields.texts("catalogs")) {
            catalogs.add(location(location, base));
        }
        String repository = null;
        if (fields.value("publish") != null) {
            repository = YamlFields.of(fields.value("publish"), shown, "publish", PUBLISH_KEYS).text("repository");
        }
        return new CairnConfig(file, List.copyOf(catalogs), repository);
    }

    /**
     * A location as the user wrote it, made absolute: a URL as is, {@code ~/...} under the home
     * folder, a relative path against {@code base}.
     */
    public static String location(String written, Path base) {
        if (written.matches("[A-Za-z][A-Za-z0-9+.-]+:.*") && !written.matches("[A-Za-z]:[\\\\/].*")) {
            return written; // a URL (a Windows drive letter is not a scheme)
        }
        if (written.equals("~") || written.startsWith("~/")) {
            return Path.of(System.getProperty("user.home")).resolve(written.substring(Math.min(2, written.length())))
                    .normalize().toString();
        }
        return (base == null ? Path.of(written) : base.resolve(written)).toAbsolutePath().normalize().toString();
    }
}
