package com.acme.shop.style;

import java.util.ArrayList;
import java.util.List;

/** Imports done right. */
public final class Imports {
    private Imports() {
    }

    public static List<Point> points() {
        return new ArrayList<>();
    }
}
