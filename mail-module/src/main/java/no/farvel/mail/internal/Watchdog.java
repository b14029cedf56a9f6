package no.farvel.mail.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Runs an action when a deadline passes; one daemon thread for every connection, so a deadline costs no thread. */
final class Watchdog {
    private static final ScheduledThreadPoolExecutor TIMER = newTimer();

    private Watchdog() {
    }

    /** Runs {@code action} after {@code delay} unless the returned handle is cancelled first. */
    static ScheduledFuture<?> after(Duration delay, Runnable action) {
        return TIMER.schedule(action, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** The same timer for Angus Mail's write timeouts, which would otherwise start a thread per connection. */
    static ScheduledExecutorService executor() {
        return TIMER;
    }

    /** A duration as the messages show it: {@code 30 s}, or {@code 300 ms} when not whole seconds. */
    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static ScheduledThreadPoolExecutor newTimer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "farvel-smtp-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
