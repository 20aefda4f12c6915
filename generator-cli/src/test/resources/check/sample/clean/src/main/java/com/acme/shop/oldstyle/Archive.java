package com.acme.shop.oldstyle;

/** A package named by the convention. */
public final class Archive {
    private Archive() {
    }
}
