package com.acme.orders.adapter.db;

class InputHardcodedSecretAssignments {
    private static final String DB_PASSWORD = "Tr0ub4dor&3"; // violation
    private String password = "hunter2"; // violation
    private String clientSecret;

    void connect() {
        String apiKey = "k-8f2a91c4"; // violation
        this.clientSecret = "s3cr3t-value"; // violation
        password = "correct-horse"; // violation
        String greeting = "hunter2";
    }
}
