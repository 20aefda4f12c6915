package com.acme.shop.style;

/** Indented with a tab. */
public final class Indented {
	private int depth; // expect: cairn.whitespace.no-tabs

    public int depth() {
        return depth;
    }
}
