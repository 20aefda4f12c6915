package dev.cairn.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final AtomicLong now = new AtomicLong(5_000);
    private final List<String> drawn = new ArrayList<>();

    private final Progress.BarFactory bars = total -> {
        drawn.add("open " + total);
        return new Progress.Bar() {
            @Override
            public void stepTo(long done) {
                drawn.add("at " + done);
            }

            @Override
            public void close() {
                drawn.add("close");
            }
        };
    };

    @Test
    void a_run_under_a_second_draws_nothing() {
        try (Progress progress = Progress.delayed(10, bars, now::get)) {
            progress.advance(4);
            now.addAndGet(Progress.DELAY_NANOS - 1);
            progress.advance(6);
        }

        assertThat(drawn).isEmpty();
    }

    @Test
    void the_bar_opens_once_a_second_has_passed_at_the_files_already_done() {
        try (Progress progress = Progress.delayed(10, bars, now::get)) {
            progress.advance(3);
            now.addAndGet(Progress.DELAY_NANOS);
            progress.advance(2);
            progress.advance(5);
        }

        assertThat(drawn).containsExactly("open 10", "at 5", "at 10", "close");
    }
}
