package com.acme.shop.style;

/** A password from the environment. */
public final class Credentials {
    private static final String PASSWORD_VARIABLE = "SHOP_PASSWORD";

    private Credentials() {
    }

    public static boolean matches(String given) {
        return given != null && given.equals(System.getenv(PASSWORD_VARIABLE));
    }
}
