package com.acme.shop.payments.api;

import com.acme.shop.payments.internal.CardGateway;

/** Takes payments for orders. */
public final class Payments {
    private final CardGateway gateway = new CardGateway();

    public boolean charge(long cents) {
        return gateway.charge(cents);
    }
}
