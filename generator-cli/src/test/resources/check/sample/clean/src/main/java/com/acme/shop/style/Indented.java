package com.acme.shop.style;

/** Indented with spaces. */
public final class Indented {
    private int depth;

    public int depth() {
        return depth;
    }
}
