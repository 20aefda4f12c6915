package com.acme.shop.style;

/** Two types in one file. */
public final class Pair {
    public PairPart left() {
        return new PairPart();
    }
}

final class PairPart { // expect: cairn.design.one-top-level-class
}
