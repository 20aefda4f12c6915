package com.acme.shop.config;

/** The shop's wiring and settings. */
public final class ShopSettings {
    private ShopSettings() {
    }

    public static int maxItems() {
        return 10;
    }

    public static void warmUp() {
        com.acme.shop.legacy.LegacyDb.save("warm-up"); // expect: cairn.migration.no-new-legacy
    }
}
