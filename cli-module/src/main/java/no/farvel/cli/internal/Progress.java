package no.farvel.cli.internal;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import no.farvel.batch.BatchListener;
import no.farvel.batch.RecordOutcome;

/**
 * Shows a batch as it runs: each failed record's error lines, and a progress bar on a terminal or one progress line
 * every few seconds otherwise (for logs and CI).
 */
public final class Progress implements BatchListener, AutoCloseable {
    private final PrintWriter err;
    private final ProgressBar bar;
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private long lastLine = start;
    private int done;
    private int failed;
    private int skipped;

    private Progress(PrintWriter err, ProgressBar bar, long intervalNanos) {
        this.err = err;
        this.bar = bar;
        this.intervalNanos = intervalNanos;
    }

    /** A progress bar when {@code terminal}, else a progress line every {@code intervalSeconds}. */
    public static Progress create(PrintWriter err, boolean terminal, int intervalSeconds) {
        ProgressBar bar = null;
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("Letters").setInitialMax(-1)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).showSpeed().build();
        }
        return new Progress(err, bar, intervalSeconds * 1_000_000_000L);
    }

    @Override
    public void recordFinished(RecordOutcome outcome) {
        switch (outcome.status()) {
            case OK -> done++;
            case FAILED -> failed++;
            case SKIPPED -> skipped++;
        }
        for (String line : outcome.errorLines()) {
            err.println(line);
        }
        err.flush();
        if (bar != null) {
            bar.step();
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine >= intervalNanos) {
            lastLine = now;
            double seconds = (now - start) / 1e9;
            err.println(String.format(Locale.ROOT, "progress: %d records: %d done, %d failed, %d skipped; %.1f letters/s",
                    done + failed + skipped, done, failed, skipped, done / seconds));
            err.flush();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
