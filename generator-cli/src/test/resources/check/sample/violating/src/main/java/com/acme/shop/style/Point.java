package com.acme.shop.style;

/** A point compared with the wrong equals. */
public final class Point {
    private final int x;

    public Point(int x) {
        this.x = x;
    }

    public boolean equals(Point other) { // expect: cairn.coding.covariant-equals
        return other.x == x;
    }
}
