package com.acme.shop.ops;

import java.time.Clock;

/** Nightly chores. */
public final class Housekeeping {
    private final Clock clock;
    private final StringBuilder journal = new StringBuilder();

    public Housekeeping(Clock clock) {
        this.clock = clock;
    }

    public void report() {
        journal.append("done\n");
    }

    public void fail() {
        throw new IllegalStateException("failed");
    }

    public long now() {
        return clock.millis();
    }
}
