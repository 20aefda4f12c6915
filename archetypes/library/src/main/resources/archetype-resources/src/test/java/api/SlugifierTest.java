package ${package}.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugifierTest {
    private final Slugifier slugifier = Slugifier.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Crème Brûlée: 10 Recipes!   | creme-brulee-10-recipes",
        "  Hello,   World  |  hello-world",
        "Straße in Łódź | strasse-in-lodz",
        "C'est l'été | c-est-l-ete",
        "release_2024-06 | release-2024-06",
        "ÆØ Œuvre | aeo-oeuvre",
    })
    void turns_text_into_lower_case_ascii_words_joined_by_hyphens(String text, String slug) {
        assertEquals(slug, slugifier.slugify(text));
    }

    @Test
    void text_without_letters_or_digits_gives_an_empty_slug() {
        assertEquals("", slugifier.slugify(" !?- "));
        assertEquals("", slugifier.slugify(""));
    }

    @Test
    void long_text_is_cut_after_the_last_whole_word_that_fits() {
        Slugifier short12 = Slugifier.withMaxLength(12);

        assertEquals("three-little", short12.slugify("Three little pigs"));
        assertEquals("antidisestab", short12.slugify("Antidisestablishmentarianism explained"));
        assertEquals(12, short12.maxLength());
    }

    @Test
    void the_standard_slugifier_stops_at_the_default_length() {
        String slug = slugifier.slugify("word ".repeat(40));

        assertEquals(Slugifier.DEFAULT_MAX_LENGTH - 1, slug.length());
        assertEquals(Slugifier.DEFAULT_MAX_LENGTH, slugifier.maxLength());
    }

    @Test
    void a_max_length_below_one_is_refused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Slugifier.withMaxLength(0));

        assertEquals("maxLength must be at least 1, was 0", refused.getMessage());
    }

    @Test
    void null_text_is_refused() {
        assertThrows(NullPointerException.class, () -> slugifier.slugify(null));
    }
}
