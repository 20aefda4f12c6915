package com.acme.orders.adapter.db;

import java.util.Properties;

class InputHardcodedSecretCompliant {
    private static final String PASSWORD_KEY = "db.password";
    private static final String TOKEN_HEADER = "X-Auth-Token";
    private static final String PASSWORD_ENV = "DB_PASSWORD";
    private String password = "";
    private String secret = "${DB_SECRET}";
    private String apiKey = System.getenv("ORDERS_API_KEY");
    private String passwordLabel = "Password:";
    private String cacheKey = "orders-by-customer";
    private String key = "orders";

    void configure(Properties props, String token, String other) {
        String password = System.getenv("DB_PASSWORD");
        String passwordHint = "Use at least twelve characters";
        String dbUrl = "postgres://orders:${DB_PASSWORD}@db.internal:5432/orders";
        props.getProperty("db.password");
        props.put("db.password", System.getenv("DB_PASSWORD"));
        props.put("db.password", "");
        boolean same = token.equals(other);
        String label = "password";
        String message = "Enter your password";
        if (token.equals("")) {
            return;
        }
    }
}
