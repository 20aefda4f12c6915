package com.acme.shop.pricing;

/** Prices of products. */
public final class PriceList {
    private PriceList() {
    }

    public static int priceOf(String product) {
        return product.length();
    }

    public static String sample() {
        return new com.acme.shop.catalog.Product("tea").name();
    }
}
