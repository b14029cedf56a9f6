package no.farvel.mail;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Asks a delivery run to stop cleanly: the message on the wire is finished (or, before its final dot, abandoned), its
 * outcome is journalled, and the run returns what it did. Thread-safe; {@link #onShutdown(Duration)} ties it to
 * SIGTERM and Ctrl-C.
 */
public final class StopRequest implements AutoCloseable {
    private final Object lock = new Object();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile String reason;
    private Thread hook;

    private StopRequest() {
    }

    /** A request nobody has made yet; call {@link #request(String)} from any thread. */
    public static StopRequest create() {
        return new StopRequest();
    }

    /**
     * A request made when the JVM is told to end (SIGTERM, Ctrl-C). The shutdown then waits up to {@code grace} for
     * the run to finish and {@link #close()} this, so that the journal and the summary are written before the exit.
     */
    public static StopRequest onShutdown(Duration grace) {
        Objects.requireNonNull(grace, "The parameter 'grace' must not be null");
        StopRequest stop = new StopRequest();
        stop.hook = new Thread(() -> {
            stop.request("stopped by a signal (SIGTERM or Ctrl-C)");
            try {
                stop.finished.await(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "farvel-stop");
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** Asks the run to stop; the first reason given is kept. */
    public void request(String why) {
        Objects.requireNonNull(why, "The parameter 'why' must not be null");
        synchronized (lock) {
            if (reason == null) {
                reason = why;
            }
            lock.notifyAll();
        }
    }

    public boolean isRequested() {
        return reason != null;
    }

    /** Why the run was asked to stop, or null. */
    public String reason() {
        return reason;
    }

    /** Waits up to {@code time}, returning early with true when a stop is requested. */
    boolean await(Duration time) {
        long end = System.nanoTime() + time.toNanos();
        synchronized (lock) {
            while (reason == null) {
                long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                try {
                    lock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    request("interrupted");
                }
            }
            return true;
        }
    }

    /** Says the run is over: a waiting shutdown may go on, and the shutdown hook is removed when it is not running. */
    @Override
    public void close() {
        finished.countDown();
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down; the hook is running and now returns.
            }
        }
    }
}
