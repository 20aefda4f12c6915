package com.acme.shop.domain;

/** An order as the web sends it. */
public final class OrderDto { // expect: cairn.naming.no-dtos-in-domain
    private final String id;

    public OrderDto(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
