package com.acme.shop.domain;

/** An order: the domain's heart. */
public final class Order {
    private final String id;

    public Order(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String label() {
        return "order " + id;
    }
}
