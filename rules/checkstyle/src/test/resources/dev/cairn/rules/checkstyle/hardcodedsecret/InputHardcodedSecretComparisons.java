package com.acme.orders.adapter.web;

import java.util.Objects;

class InputHardcodedSecretComparisons {
    boolean isAdmin(String password, User user, String token, String secret, String name) {
        return password.equals("letmein") // violation
            || "letmein".equals(user.getPassword()) // violation
            || token.equalsIgnoreCase("abc123") // violation
            || Objects.equals(secret, "0p3n-s3same") // violation
            || name.equals("admin");
    }

    interface User {
        String getPassword();
    }
}
