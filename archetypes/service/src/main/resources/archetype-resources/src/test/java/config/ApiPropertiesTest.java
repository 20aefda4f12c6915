package ${package}.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiPropertiesTest {

    @Test
    void a_blank_token_is_no_token() {
        assertEquals(Optional.empty(), new ApiProperties("  ", false).tokenIfSet());
        assertEquals(Optional.empty(), new ApiProperties(null, false).tokenIfSet());
        assertEquals(Optional.of("s3cret"), new ApiProperties(" s3cret\n", false).tokenIfSet());
    }

    @Test
    void a_required_token_must_be_set() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new ApiProperties("", true));

        assertEquals("API_TOKEN is not set, and this environment requires it (api.token-required=true): see SECRETS.md",
                e.getMessage());
    }

    @Test
    void never_shows_the_token() {
        String text = new ApiProperties("s3cret", true).toString();

        assertFalse(text.contains("s3cret"), text);
        assertEquals("ApiProperties[token=(set), tokenRequired=true]", text);
    }
}
