package com.acme.shop.style;

/** A password in the source. */
public final class Credentials {
    private static final String PASSWORD = "Tr0ub4dor-and-3"; // expect: cairn.secrets.hardcoded

    private Credentials() {
    }

    public static boolean matches(String given) {
        return PASSWORD.equals(given);
    }
}
