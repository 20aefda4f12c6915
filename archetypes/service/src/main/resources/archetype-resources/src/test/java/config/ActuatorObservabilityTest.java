package ${package}.config;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The observability overlay on Spring Boot's actuator: readiness at /ready, and request metrics for Prometheus at
 * /metrics, tagged with the service and its implementation as ops/prometheus and ops/grafana expect.
 */
@SpringBootTest(classes = ServiceApplication.class, properties = "api.token=")
@ActiveProfiles("dev")
@AutoConfigureMockMvc
@AutoConfigureObservability
class ActuatorObservabilityTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void requests_are_measured_by_uri_status_and_implementation() throws Exception {
        mvc.perform(get("/ready")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(post("/orders").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("customer=acme&line=BOOK-1:2:1000"))
                .andExpect(status().isCreated());
        mvc.perform(get("/orders/order-404")).andExpect(status().isNotFound());

        String metrics = mvc.perform(get("/metrics")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertTrue(hasLine(metrics, "http_server_requests_seconds_count{", "implementation=\"${framework}\"", "method=\"POST\"",
                "service=\"${artifactId}\"", "status=\"201\"", "uri=\"/orders\""), metrics);
        assertTrue(hasLine(metrics, "http_server_requests_seconds_count{", "status=\"404\""), metrics);
        assertTrue(metrics.contains("http_server_requests_seconds_bucket{"), "a histogram, for the latency percentiles");
        assertTrue(metrics.contains("jvm_memory_used_bytes{"), "JVM metrics");
    }

    private static boolean hasLine(String text, String... parts) {
        return text.lines().anyMatch(line -> Arrays.stream(parts).allMatch(line::contains));
    }
}
