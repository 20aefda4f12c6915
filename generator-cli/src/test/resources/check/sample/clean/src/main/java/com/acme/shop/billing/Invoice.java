package com.acme.shop.billing;

/** An invoice. */
public final class Invoice {
    private Invoice() {
    }

    public static int weight(int grams) {
        return grams;
    }
}
