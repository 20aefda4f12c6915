package ${package}.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

#if( $persistence == 'postgres' )
import ${package}.adapter.out.persistence.JdbcOrderRepository;
import ${package}.adapter.out.persistence.TestDatabase;
#end
import ${package}.application.port.FeatureFlags;
#if( $persistence == 'postgres' )
import ${package}.application.port.OrderRepository;
import java.sql.SQLException;
#end
import java.util.ArrayList;
#if( $observability == 'true' )
import java.util.Arrays;
#end
import java.util.List;
#if( $persistence == 'postgres' )
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
#end
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
#if( $observability == 'true' )
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
#end
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
#if( $persistence == 'postgres' )
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
#end
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The whole service as {@code Application} starts it, in the dev profile: configuration files, wiring, the web
 * adapter, the token filter and the health endpoint. The token is given here, so that the test does not depend on
 * an {@code API_TOKEN} the machine may have set.
#if( $persistence == 'postgres' )
 * Orders go to a real PostgreSQL server, in a schema of this test's own ({@link TestDatabase}), which Flyway
 * migrates when the application starts.
#end
 */
@SpringBootTest(classes = ServiceApplication.class, properties = "api.token=s3cret")
@ActiveProfiles("dev")
@AutoConfigureMockMvc
#if( $observability == 'true' )
@AutoConfigureObservability
#end
class ServiceApplicationTest {
#if( $persistence == 'postgres' )

    private static TestDatabase database;
#end

    @Autowired
    private MockMvc mvc;

    @Autowired
    private Environment environment;

    @Autowired
    private PricingProperties pricing;
#if( $persistence == 'postgres' )

    @Autowired
    private OrderRepository orders;

    @BeforeAll
    static void connect() {
        database = TestDatabase.connect(); // skipped without TEST_DATABASE_URL, failed on CI
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (database != null) { // null when connect() skipped the class
            database.close();
        }
    }

    @DynamicPropertySource
    static void databaseProperties(DynamicPropertyRegistry registry) {
        registry.add("db.url", () -> database.url());
        registry.add("db.user", () -> database.user());
        registry.add("db.password", () -> database.password());
    }
#end

    @Test
    void starts_in_dev_with_the_configured_pricing() {
        assertArrayEquals(new String[] {"dev"}, environment.getActiveProfiles());
        assertEquals(new PricingProperties(10, 5), pricing);
    }

    @Test
    void places_and_finds_an_order_with_the_token_and_the_bulk_discount_on() throws Exception {
        MvcResult placed = mvc.perform(post("/orders").header(HttpHeaders.AUTHORIZATION, "Bearer s3cret")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("customer=acme&line=BOOK-1:10:1000"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.discountCents").value(500))
                .andReturn();
        String location = placed.getResponse().getHeader(HttpHeaders.LOCATION);

        mvc.perform(get(location).header(HttpHeaders.AUTHORIZATION, "Bearer s3cret"))
                .andExpect(status().isOk())
                .andExpect(content().json(placed.getResponse().getContentAsString(), JsonCompareMode.STRICT));
#if( $persistence == 'postgres' )
        assertTrue(orders instanceof JdbcOrderRepository, orders.getClass().getName());
#end
    }

    @Test
    void orders_need_the_token_and_health_does_not() throws Exception {
        mvc.perform(get("/orders/any")).andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
        mvc.perform(get("/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }
#if( $observability == 'true' )

    @Test
    void requests_are_measured_by_uri_status_and_implementation_and_readiness_is_up() throws Exception {
        mvc.perform(get("/ready")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(post("/orders").header(HttpHeaders.AUTHORIZATION, "Bearer s3cret")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("customer=acme&line=BOOK-1:2:1000"))
                .andExpect(status().isCreated());
        mvc.perform(get("/orders/order-404").header(HttpHeaders.AUTHORIZATION, "Bearer s3cret"))
                .andExpect(status().isNotFound());

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
#end

    @Test
    void ships_the_bulk_discount_dark_in_prod() {
        try (ConfigurableApplicationContext prod = start("--APP_ENV=prod", "--api.token=s3cret")) {
            assertArrayEquals(new String[] {"prod"}, prod.getEnvironment().getActiveProfiles());
            assertFalse(prod.getBean(FeatureFlags.class).isEnabled(FeatureFlags.BULK_DISCOUNT));
        }
        // and dev, this class's context, has it on: the discount test above
    }

    @Test
    void does_not_start_in_staging_without_the_token() {
        // the token is set to nothing on the command line, which overrides API_TOKEN and /run/secrets
        Exception e = assertThrows(Exception.class, () -> start("--APP_ENV=staging", "--api.token="));

        assertTrue(rootCause(e).getMessage().startsWith("API_TOKEN is not set, and this environment requires it"),
                rootCause(e).getMessage());
    }

    /** The application as {@code Application} starts it, without a web server. */
    private static ConfigurableApplicationContext start(String... args) {
        List<String> arguments = new ArrayList<>(List.of(args));
        arguments.add("--spring.main.web-application-type=none");
#if( $persistence == 'postgres' )
        arguments.addAll(List.of("--db.url=" + database.url(), "--db.user=" + database.user(),
                "--db.password=" + database.password()));
#end
        return ServiceApplication.start(arguments.toArray(String[]::new));
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
