package com.acme.shop.ops;

/** Nightly chores. */
public final class Housekeeping {
    public void report() {
        System.out.println("done"); // expect: cairn.coding.no-standard-streams
    }

    public void log() {
        java.util.logging.Logger.getLogger("shop").info("done"); // expect: cairn.coding.no-java-util-logging
    }

    public void fail() {
        throw new RuntimeException("failed"); // expect: cairn.coding.no-generic-exceptions
    }

    public long now() {
        return org.joda.time.DateTimeUtils.currentTimeMillis(); // expect: cairn.coding.no-joda-time
    }
}
