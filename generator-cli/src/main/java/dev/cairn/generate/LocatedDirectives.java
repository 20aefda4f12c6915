package dev.cairn.generate;

import dev.cairn.CairnException;
import java.io.IOException;
import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Velocity's own {@code #include} and {@code #parse}, unchanged except that a refused or missing
 * file is reported at the directive's template and line. The include event handler that refuses a
 * path is not told where the directive stands, and Velocity's "not found" carries no line either;
 * the directive's node knows both. Velocity instantiates directives by class name, hence public.
 */
final class LocatedDirectives {

    private LocatedDirectives() {}

    /** {@code #include}, located. */
    public static final class Include extends org.apache.velocity.runtime.directive.Include {
        @Override
        public boolean render(InternalContextAdapter context, Writer writer, Node node) throws IOException {
            try {
                return super.render(context, writer, node);
            } catch (SandboxViolation | ResourceNotFoundException e) {
                throw locate(e, node, getName());
            }
        }
    }

    /** {@code #parse}, located. */
    public static final class Parse extends org.apache.velocity.runtime.directive.Parse {
        @Override
        public boolean render(InternalContextAdapter context, Writer writer, Node node) throws IOException {
            try {
                return super.render(context, writer, node);
            } catch (SandboxViolation | ResourceNotFoundException e) {
                throw locate(e, node, getName());
            }
        }
    }

    static RuntimeException locate(RuntimeException e, Node node, String directive) {
        String template = TemplateEngine.display(node.getTemplateName());
        if (e instanceof SandboxViolation violation) {
            return violation.at(template, node.getLine());
        }
        return new CairnException(template, node.getLine(),
                "#" + directive + " names a file the template does not have: " + firstLine(e.getMessage()),
                "#include and #parse reach only the template's own files; a leading '/' means the template's root", e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
