package com.acme.orders.adapter.aws;

class InputHardcodedSecretKnownFormats {
    static final String ACCESS = "AKIAIOSFODNN7EXAMPLE"; // violation
    static final String PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA"; // violation
    static final String SESSION = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"; // violation
    static final String DB_URL = "postgres://orders:hunter2@db.internal:5432/orders"; // violation
    // violation 3 lines below
    static final String KEY_BLOCK = """
        header
        -----BEGIN OPENSSH PRIVATE KEY-----
        b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
        -----END OPENSSH PRIVATE KEY-----
        """;
    static final String PUBLIC = "-----BEGIN PUBLIC KEY-----";
}
