package com.acme.shop.adapter.persistence;

/** Orders in the database. */
public final class OrderTable {
    private OrderTable() {
    }

    public static void remember(String id) {
        // an old use of the legacy package, frozen in .cairn/archunit-store/: passes
        com.acme.shop.legacy.LegacyDb.save(id);
    }
}
