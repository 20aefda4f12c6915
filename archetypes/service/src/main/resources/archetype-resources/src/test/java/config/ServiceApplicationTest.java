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

import ${package}.application.port.FeatureFlags;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The whole service as {@code Application} starts it, in the dev profile: configuration files, wiring, the web
 * adapter, the token filter and the health endpoint. The token is given here, so that the test does not depend on
 * an {@code API_TOKEN} the machine may have set.
 */
@SpringBootTest(classes = ServiceApplication.class, properties = "api.token=s3cret")
@ActiveProfiles("dev")
@AutoConfigureMockMvc
class ServiceApplicationTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private Environment environment;

    @Autowired
    private PricingProperties pricing;

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
    }

    @Test
    void orders_need_the_token_and_health_does_not() throws Exception {
        mvc.perform(get("/orders/any")).andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
        mvc.perform(get("/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void ships_the_bulk_discount_dark_in_prod() {
        try (ConfigurableApplicationContext prod = ServiceApplication.start("--APP_ENV=prod",
                "--spring.main.web-application-type=none", "--api.token=s3cret")) {
            assertArrayEquals(new String[] {"prod"}, prod.getEnvironment().getActiveProfiles());
            assertFalse(prod.getBean(FeatureFlags.class).isEnabled(FeatureFlags.BULK_DISCOUNT));
        }
        // and dev, this class's context, has it on: the discount test above
    }

    @Test
    void does_not_start_in_staging_without_the_token() {
        // the token is set to nothing on the command line, which overrides API_TOKEN and /run/secrets
        Exception e = assertThrows(Exception.class, () -> ServiceApplication.start(
                "--APP_ENV=staging", "--spring.main.web-application-type=none", "--api.token="));

        assertTrue(rootCause(e).getMessage().startsWith("API_TOKEN is not set, and this environment requires it"),
                rootCause(e).getMessage());
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
