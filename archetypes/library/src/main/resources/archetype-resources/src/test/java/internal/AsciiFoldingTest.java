package ${package}.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AsciiFoldingTest {

    @Test
    void accents_go_and_case_is_lowered() {
        assertEquals("creme brulee", AsciiFolding.fold("Crème BRÛLÉE"));
    }

    @Test
    void letters_without_a_decomposition_are_spelled_out() {
        assertEquals("strasse aeon lodz thorn", AsciiFolding.fold("Straße Æon Łódź Þorn"));
    }

    @Test
    void compatibility_forms_become_their_plain_letters() {
        assertEquals("fi 2", AsciiFolding.fold("\uFB01 \u00B2"));
    }

    @Test
    void other_scripts_are_kept_as_they_are() {
        assertEquals("мир", AsciiFolding.fold("Мир"));
    }
}
