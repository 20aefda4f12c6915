package com.acme.shop.style;

/** Two types, one nested in the other. */
public final class Pair {
    public PairPart left() {
        return new PairPart();
    }

    /** One side of the pair. */
    static final class PairPart {
    }
}
