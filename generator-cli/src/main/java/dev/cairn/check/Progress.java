package dev.cairn.check;

import java.util.function.LongSupplier;

/**
 * Progress of a long check, reported as files are done; called from worker threads. A bar appears only once
 * {@link #DELAY_NANOS} have passed, so that quick runs print nothing.
 */
public interface Progress extends AutoCloseable {

    /** Runs shorter than this (one second) show no bar. */
    long DELAY_NANOS = 1_000_000_000L;

    /** Shows nothing. */
    Progress NONE = new Progress() {
        @Override
        public void advance(int done) {}

        @Override
        public void close() {}
    };

    /** Something that draws: {@link TerminalProgressBar} on a terminal, a fake in tests. */
    interface Bar {
        void stepTo(long done);

        void close();
    }

    /** Opens a bar for {@code total} files. */
    @FunctionalInterface
    interface BarFactory {
        Bar open(long total);
    }

    /** {@code done} more files are done. */
    void advance(int done);

    @Override
    void close();

    /**
     * A progress that opens its bar at the first {@link #advance} after {@link #DELAY_NANOS}.
     *
     * @param clock nanoseconds, {@link System#nanoTime} outside tests
     */
    static Progress delayed(long total, BarFactory bars, LongSupplier clock) {
        long start = clock.getAsLong();
        return new Progress() {
            private long done;
            private Bar bar;

            @Override
            public synchronized void advance(int files) {
                done += files;
                if (bar == null && clock.getAsLong() - start >= DELAY_NANOS) {
                    bar = bars.open(total);
                }
                if (bar != null) {
                    bar.stepTo(done);
                }
            }

            @Override
            public synchronized void close() {
                if (bar != null) {
                    bar.close();
                }
            }
        };
    }
}
