package ${package}.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void words_are_runs_of_letters_and_digits() {
        assertEquals(List.of("a1", "b", "c22"), Words.split("--a1 b/c22."));
        assertEquals(List.of(), Words.split("  "));
    }

    @Test
    void join_keeps_whole_words_within_the_limit() {
        List<String> words = List.of("one", "two", "three");

        assertEquals("one_two_three", Words.join(words, '_', 13));
        assertEquals("one_two", Words.join(words, '_', 12));
        assertEquals("one", Words.join(words, '_', 3));
        assertEquals("on", Words.join(words, '_', 2));
        assertEquals("", Words.join(List.of(), '_', 5));
    }
}
