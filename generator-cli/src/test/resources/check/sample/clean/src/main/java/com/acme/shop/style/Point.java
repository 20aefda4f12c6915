package com.acme.shop.style;

/** A point compared with the right equals. */
public final class Point {
    private final int x;

    public Point(int x) {
        this.x = x;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Point that && that.x == x;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(x);
    }
}
