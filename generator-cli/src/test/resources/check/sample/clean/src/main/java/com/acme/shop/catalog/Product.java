package com.acme.shop.catalog;

/** A product of the catalogue. */
public final class Product {
    private final String name;

    public Product(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }
}
