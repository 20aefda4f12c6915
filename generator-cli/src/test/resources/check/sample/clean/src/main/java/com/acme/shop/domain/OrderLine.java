package com.acme.shop.domain;

/** One line of an order: a domain name, not a transfer object's. */
public final class OrderLine {
    private final String id;

    public OrderLine(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
