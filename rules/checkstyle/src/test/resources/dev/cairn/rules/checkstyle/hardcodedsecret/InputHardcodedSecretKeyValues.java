package com.acme.orders.adapter.db;

import java.util.Map;
import java.util.Properties;

class InputHardcodedSecretKeyValues {
    void configure(Properties props, Map<String, String> settings) {
        props.put("db.password", "hunter2"); // violation
        System.setProperty("javax.net.ssl.keyStorePassword", "changeit"); // violation
        settings.put("user", "orders");
        settings.put("db.url", "jdbc:postgresql://db/orders");
    }
}
