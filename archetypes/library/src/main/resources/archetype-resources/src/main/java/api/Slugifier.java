package ${package}.api;

import java.util.Objects;

import ${package}.internal.AsciiFolding;
import ${package}.internal.Words;

/**
 * Turns text into a URL slug: words of lower-case ASCII letters and digits joined by hyphens, so that
 * {@code "Crème Brûlée: 10 Recipes!"} becomes {@code "creme-brulee-10-recipes"}. Instances are immutable and
 * safe to share between threads.
 */
public final class Slugifier {
    /** The longest slug {@code standard()} makes: what fits a URL path segment and a database column comfortably. */
    public static final int DEFAULT_MAX_LENGTH = 80;

    private final int maxLength;

    private Slugifier(int maxLength) {
        this.maxLength = maxLength;
    }

    /** @return a slugifier whose slugs have at most {@code DEFAULT_MAX_LENGTH} characters */
    public static Slugifier standard() {
        return new Slugifier(DEFAULT_MAX_LENGTH);
    }

    /**
     * @param maxLength the longest slug to make; longer ones are cut after the last whole word that fits
     * @return a slugifier for slugs of at most {@code maxLength} characters
     * @throws IllegalArgumentException if {@code maxLength} is less than 1
     */
    public static Slugifier withMaxLength(int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1, was " + maxLength);
        }
        return new Slugifier(maxLength);
    }

    /**
     * @param text any text, never {@code null}
     * @return the slug of {@code text}; empty when it holds no letter or digit
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public String slugify(String text) {
        Objects.requireNonNull(text, "text");
        return Words.join(Words.split(AsciiFolding.fold(text)), '-', maxLength);
    }

    /** @return the longest slug this slugifier makes */
    public int maxLength() {
        return maxLength;
    }
}
