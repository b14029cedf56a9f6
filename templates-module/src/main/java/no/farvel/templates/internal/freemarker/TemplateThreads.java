package no.farvel.templates.internal.freemarker;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.farvel.templates.spi.RenderException;

/**
 * Runs template work (parsing and processing) on threads of a known, generous stack size, so that how deep a template
 * may nest does not depend on the caller's thread, and a stack overflow or an out-of-memory error ends only that
 * run. The caller waits at most until a deadline.
 *
 * <p>A run's own failures, errors included, go to its caller. What can still end a template thread is the pool's
 * own code running out of memory while some other work holds the heap (an idle thread waiting for the next run
 * allocates a little); no run is on the thread then, and the pool starts another when one is needed. That is not
 * printed, so the terminal shows only the line that says which record ran out of memory, not a stray "Exception in
 * thread farvel-template-1" beside it. Any other uncaught error is printed as before.
 */
final class TemplateThreads {
    /** Room for the deepest nesting the limits allow, with a wide margin; reserved, not committed, memory. */
    static final long STACK_BYTES = 16L * 1024 * 1024;

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final Thread.UncaughtExceptionHandler QUIET_ABOUT_MEMORY = (thread, e) -> {
        if (!(e instanceof OutOfMemoryError)) {
            thread.getThreadGroup().uncaughtException(thread, e);
        }
    };
    private static final ExecutorService POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), task -> {
                Thread thread = new Thread(null, task, "farvel-template-" + COUNT.incrementAndGet(), STACK_BYTES);
                thread.setDaemon(true);
                thread.setUncaughtExceptionHandler(QUIET_ABOUT_MEMORY);
                return thread;
            });

    private TemplateThreads() {
    }

    /** How a run failed in a way that is not an exception of its own. */
    interface Failures {
        /** The run was still going when the caller stopped waiting; {@code stopped} tells whether it ended since. */
        RenderException timedOut(boolean stopped);

        /** The run overflowed its stack or ran out of memory. */
        RenderException error(Error error);
    }

    /**
     * Runs {@code work} and returns its result, waiting at most {@code waitNanos}; then interrupts it and waits a
     * little more for it to end.
     */
    static <T> T run(Callable<T> work, long waitNanos, Failures failures) {
        Task<T> task = new Task<>(work);
        POOL.execute(task);
        try {
            if (!task.done.await(waitNanos, TimeUnit.NANOSECONDS)) {
                task.interrupt();
                throw failures.timedOut(task.done.await(2, TimeUnit.SECONDS));
            }
        } catch (InterruptedException e) {
            task.interrupt();
            Thread.currentThread().interrupt();
            throw new RenderException("Interrupted while the template was running", e);
        }
        Throwable failure = task.failure;
        if (failure == null) {
            return task.result;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof StackOverflowError || failure instanceof OutOfMemoryError) {
            throw failures.error((Error) failure);
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new RenderException("The template could not be run: " + failure, failure);
    }

    /** One run; its thread is known only while it runs, so a late interrupt never reaches the next run. */
    private static final class Task<T> implements Runnable {
        private final Callable<T> work;
        private final CountDownLatch done = new CountDownLatch(1);
        private Thread thread;
        private volatile T result;
        private volatile Throwable failure;

        Task(Callable<T> work) {
            this.work = work;
        }

        @Override
        public void run() {
            synchronized (this) {
                thread = Thread.currentThread();
            }
            try {
                result = work.call();
            } catch (Throwable e) { // every failure, errors included, belongs to this run and its caller
                failure = e;
            } finally {
                synchronized (this) {
                    thread = null;
                }
                Thread.interrupted();
                done.countDown();
            }
        }

        synchronized void interrupt() {
            if (thread != null) {
                thread.interrupt();
            }
        }
    }
}
