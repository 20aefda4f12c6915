package com.acme.shop.application.port;

import com.acme.shop.domain.Order;

/** Where orders are kept. */
public class OrderStore { // expect: cairn.naming.ports-are-interfaces
    public void save(Order order) {
        order.id();
    }
}
