package com.acme.shop.application;

import com.acme.shop.application.port.OrderStore;
import com.acme.shop.domain.Order;

/** The use case: place an order. */
public class PlaceOrder {
    private final OrderStore store;

    public PlaceOrder(OrderStore store) {
        this.store = store;
    }

    public Order place(String id) {
        Order order = new Order(id);
        store.save(order);
        return order;
    }
}
