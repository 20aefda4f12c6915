package com.acme.shop.config;

import com.acme.shop.adapter.persistence.OrderTable;
import com.acme.shop.adapter.web.OrderController;
import com.acme.shop.application.PlaceOrder;

/** The shop's wiring and settings: only config wires adapters. */
public final class ShopSettings {
    private ShopSettings() {
    }

    public static int maxItems() {
        return 10;
    }

    public static OrderController wire() {
        return new OrderController(new PlaceOrder(new OrderTable()), maxItems());
    }
}
