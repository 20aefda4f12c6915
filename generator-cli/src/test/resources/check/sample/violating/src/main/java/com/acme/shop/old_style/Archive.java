package com.acme.shop.old_style; // expect: cairn.naming.package

/** A package named against the convention. */
public final class Archive {
    private Archive() {
    }
}
