package com.acme.shop.style;

/** A file well under the 1500 lines the standard allows. */
public final class Huge {
    private Huge() {
    }
}
