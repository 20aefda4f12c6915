package com.acme.shop.style;

/** A value with equals and hashCode. */
public final class Equality {
    private final int value;

    public Equality(int value) {
        this.value = value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Equality that && that.value == value;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(value);
    }
}
