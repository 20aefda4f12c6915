package dev.cairn.generate;

import dev.cairn.template.PathGuard;
import dev.cairn.template.TemplateFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

/**
 * Serves Velocity templates from the template's own entries and nothing else. The plugin loads
 * from the archetype jar's class loader and from the file system; Cairn only from the jar.
 */
final class TemplateResourceLoader extends ResourceLoader {

    private final TemplateFiles files;

    TemplateResourceLoader(TemplateFiles files) {
        this.files = files;
    }

    @Override
    public void init(ExtProperties configuration) {
        // nothing to configure
    }

    @Override
    public Reader getResourceReader(String source, String encoding) {
        String name = normalize(source);
        byte[] bytes = name == null ? null : files.readIfPresent(name);
        if (bytes == null || name.endsWith("/")) {
            throw new ResourceNotFoundException("'" + source + "' is not a file of this template");
        }
        try {
            // Velocity's own reader: honours a byte-order mark exactly as the plugin's loader does
            return buildReader(new ByteArrayInputStream(bytes), encoding);
        } catch (IOException e) {
            throw new ResourceNotFoundException("cannot read '" + source + "': " + e.getMessage(), e);
        }
    }

    /** A leading slash means the template's root, as the class path loader treats it. */
    static String normalize(String source) {
        String name = source.replace('\\', '/');
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        return PathGuard.problem(name) == null ? name : null;
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return false;
    }

    @Override
    public long getLastModified(Resource resource) {
        return 0;
    }

    @Override
    public boolean resourceExists(String source) {
        String name = normalize(source);
        return name != null && files.contains(name) && !name.endsWith("/");
    }
}
