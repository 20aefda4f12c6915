package com.acme.orders.adapter.payments;

import org.springframework.stereotype.Component;

@Component
public final class PaymentClient {
    private final String apiKey = "pk-9f8e7d6c5b4a";

    public String authorization() {
        return "Bearer " + apiKey;
    }
}
