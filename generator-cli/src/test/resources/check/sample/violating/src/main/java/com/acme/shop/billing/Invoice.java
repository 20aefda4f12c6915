package com.acme.shop.billing;

/** An invoice. */
public final class Invoice {
    private Invoice() {
    }

    public static int weight() {
        return com.acme.shop.shipping.Parcel.weigh("box"); // expect: cairn.project.billing-alone
    }
}
