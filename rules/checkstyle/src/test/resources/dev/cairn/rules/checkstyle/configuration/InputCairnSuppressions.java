package com.acme.orders.adapter.db;

class InputCairnSuppressions {
    @SuppressWarnings("cairn.secrets.hardcoded")
    private String password = "for-the-embedded-test-database";

    private String token = "test-token-for-wiremock"; // cairn:ignore cairn.secrets.hardcoded -- a stub's token

    // cairn:off cairn.secrets.hardcoded -- fixtures of the local sandbox
    private String apiKey = "sandbox-key-1";
    private String clientSecret = "sandbox-secret-1";
    // cairn:on cairn.secrets.hardcoded

    private String secret = "not-suppressed";
}
