package com.acme.shop.style;

/** Names against the conventions. */
public final class Naming {
    private static final int maxSize = 3; // expect: cairn.naming.constant
    private static int Created; // expect: cairn.naming.static-variable
    private int Count; // expect: cairn.naming.member

    public void Reset() { // expect: cairn.naming.method
        Count = 0;
        Created = 0;
    }

    public int add(int Amount) { // expect: cairn.naming.parameter
        int Total = Count + Amount + maxSize; // expect: cairn.naming.local-variable
        return Total;
    }
}
