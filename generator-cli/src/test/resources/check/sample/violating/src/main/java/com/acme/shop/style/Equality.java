package com.acme.shop.style;

/** A value that forgot hashCode. */
public final class Equality {
    private final int value;

    public Equality(int value) {
        this.value = value;
    }

    @Override // expect: cairn.coding.equals-hashcode (a method is reported where it starts: its annotation)
    public boolean equals(Object other) {
        return other instanceof Equality that && that.value == value;
    }
}
