package com.acme.orders.adapter.payments;

import org.springframework.stereotype.Component;

@Component
public final class PaymentClient {
    private final String apiKey = System.getenv("PAYMENTS_API_KEY");

    public String authorization() {
        return "Bearer " + apiKey;
    }
}
