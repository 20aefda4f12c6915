package com.acme.shop.adapter.web;

import com.acme.shop.application.PlaceOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;

/** Takes orders over HTTP. */
@Controller
public class OrderEndpoint { // expect: cairn.naming.web-adapters
    @Autowired // expect: cairn.coding.no-field-injection
    private PlaceOrder placeOrder;

    public String place(String id) {
        com.acme.shop.adapter.persistence.OrderTable.remember(id); // expect: cairn.layers.adapters-independent
        int limit = com.acme.shop.config.ShopSettings.maxItems(); // expect: cairn.layers.hexagonal
        return placeOrder.place(id).id() + limit;
    }
}
