package ${package}.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Folds text to lower-case ASCII: accents dropped, a few letters without a decomposition spelled out. */
public final class AsciiFolding {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    /** Letters Unicode does not decompose into a base letter and a mark. */
    private static final Map<Character, String> SPELLED_OUT = Map.of(
            'ß', "ss", 'æ', "ae", 'œ', "oe", 'ø', "o", 'ł', "l", 'đ', "d", 'þ', "th", 'ı', "i");

    private AsciiFolding() {
    }

    /**
     * @param text any text
     * @return {@code text} in lower case, decomposed, without combining marks, with the letters above spelled out;
     *         characters that are still not ASCII are kept as they are
     */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String unmarked = COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder folded = new StringBuilder(unmarked.length());
        for (char c : unmarked.toCharArray()) {
            folded.append(SPELLED_OUT.getOrDefault(c, String.valueOf(c)));
        }
        return folded.toString();
    }
}
