package com.acme.shop.payments.api;

import com.acme.shop.payments.internal.CardGateway;

/** Takes payments for orders. */
public final class Payments {
    private final CardGateway gateway = new CardGateway();

    public CardGateway gateway() { // expect: cairn.layers.internal-not-exposed
        return gateway;
    }
}
