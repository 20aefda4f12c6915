package dev.cairn.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import dev.cairn.template.TemplateFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.velocity.VelocityContext;
import org.junit.jupiter.api.Test;

/**
 * The engine's include and reference-insertion handlers are really installed: Velocity 2.4 ignores
 * handler instances given as properties, which once left both silently off.
 */
class TemplateEngineHandlersTest {

    @Test
    void parse_is_relative_to_the_current_template_as_in_the_plugin() {
        TemplateEngine engine = engine(1 << 20, Map.of(
                "archetype-resources/docs/README.md", "start #parse( \"guide/part.vm\" ) end",
                "archetype-resources/docs/guide/part.vm", "[part for ${artifactId}]"));
        VelocityContext context = new VelocityContext();
        context.put("artifactId", "demo");

        assertThat(engine.render("archetype-resources/docs/README.md", "UTF-8", context))
                .isEqualTo("start [part for demo] end");
    }

    @Test
    void parse_that_climbs_out_of_the_template_is_refused() {
        TemplateEngine engine = engine(1 << 20, Map.of(
                "archetype-resources/README.md", "#parse( \"../../../etc/passwd\" )"));

        assertThatThrownBy(() -> engine.render("archetype-resources/README.md", "UTF-8", new VelocityContext()))
                .isInstanceOf(CairnException.class)
                .hasMessageContaining("reaches outside the template");
    }

    @Test
    void a_value_doubled_in_place_stops_at_the_output_limit_before_memory_runs_out() {
        // 2^40 characters if nothing stopped it; nothing is written until the loop ends
        TemplateEngine engine = engine(1 << 20, Map.of("archetype-resources/bomb.txt",
                "#set( $s = \"xxxxxxxx\" )#foreach( $i in [1..40] )#set( $s = \"$s$s\" )#end$s"));

        assertThatThrownBy(() -> engine.render("archetype-resources/bomb.txt", "UTF-8", new VelocityContext()))
                .isInstanceOf(CairnException.class)
                .hasMessageContaining("output limit");
    }

    private static TemplateEngine engine(long limit, Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TemplateEngine(TemplateFiles.fromZip(bytes.toByteArray(), "test.jar"), false, new OutputBudget(limit));
    }
}
