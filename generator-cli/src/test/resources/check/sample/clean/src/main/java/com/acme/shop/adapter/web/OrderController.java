package com.acme.shop.adapter.web;

import com.acme.shop.application.PlaceOrder;
import org.springframework.stereotype.Controller;

/** Takes orders over HTTP. */
@Controller
public class OrderController {
    private final PlaceOrder placeOrder;
    private final int limit;

    public OrderController(PlaceOrder placeOrder, int limit) {
        this.placeOrder = placeOrder;
        this.limit = limit;
    }

    public String place(String id) {
        return placeOrder.place(id).id() + limit;
    }
}
