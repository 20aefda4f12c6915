package com.acme.shop.style;

/** Names by the conventions. */
public final class Naming {
    private static final int MAX_SIZE = 3;
    private static int created;
    private int count;

    public void reset() {
        count = 0;
        created = 0;
    }

    public int add(int amount) {
        int total = count + amount + MAX_SIZE;
        return total;
    }
}
