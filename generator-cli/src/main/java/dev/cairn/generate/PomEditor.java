package dev.cairn.generate;

import dev.cairn.CairnException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import javax.xml.transform.TransformerFactory;
import org.apache.maven.archetype.common.MavenJDOMWriter;
import org.apache.maven.archetype.common.util.PomUtils;
import org.apache.maven.archetype.exception.InvalidPackaging;
import org.apache.maven.model.Model;
import org.apache.maven.model.Parent;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.codehaus.plexus.util.xml.XmlStreamReader;
import org.jdom2.Document;
import org.jdom2.input.SAXBuilder;
import org.apache.maven.archetype.common.util.Format;

/**
 * The two pom edits the plugin makes when it generates a module: listing the module in its parent
 * pom and giving the module pom a {@code <parent>}. Both call the same archetype-common code the
 * plugin calls ({@code PomUtils.addNewModule} and the JDOM pom writer), on bytes in memory.
 */
final class PomEditor {

    static {
        // PomUtils asks JAXP for a TransformerFactory and sets attributes only the JDK's own accepts. Under
        // Maven that is what it gets; in Cairn, Checkstyle brings Saxon, which registers itself as JAXP's
        // factory and refuses them. Cairn must edit poms as the plugin does, so it names the JDK's.
        if (System.getProperty(TransformerFactory.class.getName()) == null) {
            System.setProperty(TransformerFactory.class.getName(), TransformerFactory.newDefaultInstance().getClass().getName());
        }
    }

    /** {@code DefaultPomManager.addModule}: rewrites the parent pom only when the module was missing. */
    void addModule(RenderedTree tree, String parentPom, String moduleId) {
        refuseDoctype(tree, parentPom);
        try (Reader reader = new XmlStreamReader(new ByteArrayInputStream(tree.file(parentPom)))) {
            StringWriter out = new StringWriter();
            if (PomUtils.addNewModule(moduleId, reader, out)) {
                // plexus FileUtils.fileWrite: the platform's default charset
                tree.putFile(parentPom, out.toString().getBytes(Charset.defaultCharset()));
            }
        } catch (InvalidPackaging e) {
            throw new CairnException(parentPom, 0, "cannot add module '" + moduleId + "': the parent's packaging is not 'pom'",
                    "set <packaging>pom</packaging> in the archetype's parent pom.xml");
        } catch (Exception e) {
            throw new CairnException(parentPom, 0, "cannot add module '" + moduleId + "': " + e.getMessage(),
                    "the generated pom.xml must be well-formed XML", e);
        }
    }

    /** {@code DefaultPomManager.addParent}: only when the module pom has no parent of its own. */
    void addParent(RenderedTree tree, String pom, String parentPom) {
        refuseDoctype(tree, pom);
        refuseDoctype(tree, parentPom);
        try {
            Model generated = read(tree.file(pom));
            if (generated.getParent() != null) {
                return;
            }
            Model parentModel = read(tree.file(parentPom));
            Parent parent = new Parent();
            parent.setGroupId(parentModel.getGroupId());
            if (parent.getGroupId() == null) {
                parent.setGroupId(parentModel.getParent().getGroupId());
            }
            parent.setArtifactId(parentModel.getArtifactId());
            parent.setVersion(parentModel.getVersion());
            if (parent.getVersion() == null) {
                parent.setVersion(parentModel.getParent().getVersion());
            }
            generated.setParent(parent);
            tree.putFile(pom, write(generated, tree.file(pom)));
        } catch (CairnException e) {
            throw e;
        } catch (Exception e) {
            throw new CairnException(pom, 0, "cannot give the module pom its parent: " + e.getMessage(),
                    "the generated pom.xml must be well-formed XML", e);
        }
    }

    /** A DOCTYPE could declare entities that the XML tools below would expand: never from a template. */
    private static void refuseDoctype(RenderedTree tree, String pom) {
        String text = new String(tree.file(pom), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (text.toUpperCase(java.util.Locale.ROOT).contains("<!DOCTYPE")) {
            throw new CairnException(pom, 0, "generated pom declares a DOCTYPE; XML entities are not allowed",
                    "remove the DOCTYPE from the archetype's pom.xml");
        }
    }

    private static Model read(byte[] pom) throws Exception {
        try (Reader reader = new XmlStreamReader(new ByteArrayInputStream(pom))) {
            return new MavenXpp3Reader().read(reader);
        }
    }

    private static byte[] write(Model model, byte[] initial) throws Exception {
        String encoding = model.getModelEncoding() == null || model.getModelEncoding().isEmpty() ? "UTF-8" : model.getModelEncoding();
        Document doc = new SAXBuilder().build(new ByteArrayInputStream(initial));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, encoding)) {
            Format format = Format.getRawFormat().setEncoding(encoding).setLineSeparator(System.lineSeparator());
            new MavenJDOMWriter().write(model, doc, writer, format);
        } catch (IOException e) {
            throw e;
        }
        return bytes.toByteArray();
    }
}
