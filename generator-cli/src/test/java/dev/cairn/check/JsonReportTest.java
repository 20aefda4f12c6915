package dev.cairn.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    @Test
    void parses_back_to_every_finding_with_its_fingerprint() throws Exception {
        Report report = Reports.sample();
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(report));

        assertThat(json.path("cairn").asText()).isEqualTo("1.2.3");
        assertThat(json.path("summary").path("errors").asInt()).isEqualTo(3);
        assertThat(json.path("summary").path("warnings").asInt()).isEqualTo(2);
        assertThat(json.path("summary").path("failed").asBoolean()).isTrue();
        assertThat(json.path("summary").path("tools").path("checkstyle").asInt()).isEqualTo(2);
        assertThat(json.path("findings")).hasSize(5);
        JsonNode secret = json.path("findings").get(1);
        assertThat(secret.path("tool").asText()).isEqualTo("secrets");
        assertThat(secret.path("rule").asText()).isEqualTo("cairn.secrets.aws-access-key-id");
        assertThat(secret.path("severity").asText()).isEqualTo("error");
        assertThat(secret.path("file").asText()).isEqualTo("config/app settings.properties");
        assertThat(secret.path("line").asInt()).isEqualTo(3);
        assertThat(secret.path("column").asInt()).isEqualTo(12);
        assertThat(secret.path("fingerprint").asText()).isEqualTo(report.fingerprints().get(1));
        assertThat(json.path("findings").get(0).path("file").isNull()).isTrue();
        assertThat(json.path("findings").get(2).path("hint").isNull()).isTrue();
        assertThat(json.path("baseline").isNull()).isTrue();
    }

    @Test
    void a_baseline_shows_its_size_known_and_fixed() throws Exception {
        JsonNode baseline = new ObjectMapper().readTree(JsonReport.render(Reports.withBaseline())).path("baseline");

        assertThat(baseline.path("file").asText()).isEqualTo("cairn-baseline.json");
        assertThat(baseline.path("size").asInt()).isEqualTo(5);
        assertThat(baseline.path("known").asInt()).isEqualTo(4);
        assertThat(baseline.path("fixed").get(0).path("file").asText()).isEqualTo("src/Old.java");
    }
}
