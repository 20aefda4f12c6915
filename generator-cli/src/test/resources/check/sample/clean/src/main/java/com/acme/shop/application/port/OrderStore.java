package com.acme.shop.application.port;

import com.acme.shop.domain.Order;

/** Where orders are kept. */
public interface OrderStore {
    void save(Order order);
}
