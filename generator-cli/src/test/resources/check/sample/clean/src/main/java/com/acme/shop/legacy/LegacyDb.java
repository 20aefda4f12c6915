package com.acme.shop.legacy;

/** The database layer being retired. */
public final class LegacyDb {
    private LegacyDb() {
    }

    public static void save(String row) {
        row.length();
    }
}
