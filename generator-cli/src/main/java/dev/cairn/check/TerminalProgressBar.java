package dev.cairn.check;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** A {@link Progress.Bar} drawn on a terminal by me.tongfei's progressbar, cleared when done. */
public final class TerminalProgressBar implements Progress.Bar {

    private final ProgressBar bar;

    private TerminalProgressBar(ProgressBar bar) {
        this.bar = bar;
    }

    /** Bars on {@code terminal}, which must be a terminal (the caller knows; Java 17 cannot tell for stderr). */
    public static Progress.BarFactory on(PrintStream terminal) {
        return total -> new TerminalProgressBar(new ProgressBarBuilder().setTaskName("cairn check").setInitialMax(total)
                .setUnit(" files", 1).setConsumer(new ConsoleProgressBarConsumer(terminal)).clearDisplayOnFinish().build());
    }

    @Override
    public void stepTo(long done) {
        bar.stepTo(done);
    }

    @Override
    public void close() {
        bar.close();
    }
}
