package com.acme.shop.application;

import com.acme.shop.application.port.OrderStore;
import com.acme.shop.domain.Order;
import org.springframework.stereotype.Service; // expect: cairn.frameworks.isolated cairn.frameworks.import

/** The use case: place an order. */
@Service
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
