package ${package}.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits folded text into words and joins words into a bounded slug. */
public final class Words {
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    private Words() {
    }

    /**
     * @param folded text as {@link AsciiFolding} folds it
     * @return its runs of ASCII lower-case letters and digits, in order; everything else separates them
     */
    public static List<String> split(String folded) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(folded);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /**
     * @param words what to join, in order
     * @param separator put between two words
     * @param maxLength the longest result, at least 1
     * @return the words joined by {@code separator}, up to the last whole word that fits in {@code maxLength}; a
     *         first word longer than that is cut at {@code maxLength}
     */
    public static String join(List<String> words, char separator, int maxLength) {
        StringBuilder joined = new StringBuilder();
        for (String word : words) {
            int length = joined.length() + (joined.length() == 0 ? 0 : 1) + word.length();
            if (length > maxLength) {
                if (joined.length() == 0) {
                    joined.append(word, 0, maxLength);
                }
                break;
            }
            if (joined.length() > 0) {
                joined.append(separator);
            }
            joined.append(word);
        }
        return joined.toString();
    }
}
