package com.acme.shop.style;

import com.acme.shop.style.Point; // expect: cairn.imports.redundant
import java.util.*; // expect: cairn.imports.no-star
import java.util.Map; // expect: cairn.imports.unused
import sun.misc.Unsafe; // expect: cairn.imports.illegal

/** Imports gone wrong. */
public final class Imports {
    private Imports() {
    }

    public static List<Point> points(Unsafe unsafe) {
        return unsafe == null ? new ArrayList<>() : Collections.emptyList();
    }
}
