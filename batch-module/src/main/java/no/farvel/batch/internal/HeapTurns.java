package no.farvel.batch.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Turns at the heap for one run. Records are worked on side by side; work that ran out of memory may only have stood
 * next to a greedy record, so it is tried once more {@linkplain #alone() alone}: the other workers finish what they
 * hold and wait. Nothing holds the shared turn while it waits for the lone one, so the two cannot deadlock. The first
 * record is worked on alone, from its turn to its counted manifest line, while the others wait for it, because a class
 * whose set-up runs out of memory stays broken for the rest of the run.
 */
public final class HeapTurns {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** The thread that took the run's first turn, once one has. */
    private final AtomicReference<Thread> first = new AtomicReference<>();
    private final CountDownLatch warm = new CountDownLatch(1);

    /** Held by every record while it is worked on. */
    public Lock shared() {
        return lock.readLock();
    }

    /** Held by work tried again after running out of memory; waits until no record is being worked on. */
    public Lock alone() {
        return lock.writeLock();
    }

    /** The turn for the next record: alone for the run's first, shared after it (waiting until the first is done). */
    Lock nextTurn() {
        if (warm.getCount() == 0) {
            return shared();
        }
        if (first.compareAndSet(null, Thread.currentThread())) {
            return alone();
        }
        boolean interrupted = false;
        while (warm.getCount() > 0) {
            try {
                warm.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return shared();
    }

    /**
     * Called by every worker once its record is accounted for; the first record's worker opens the turns for the rest,
     * however its record ended. It is called once that record's manifest line is counted, since counting it and telling
     * the listener set up classes too (the compiler's class behind a switch over an enum is one); any other worker's
     * call does nothing, so a record that fails early cannot open the turns while the first is still being counted.
     */
    public void warmedUp() {
        if (Thread.currentThread() == first.get()) {
            warm.countDown();
        }
    }

    /**
     * Takes the lock even while another thread still holds the heap: waiting in line takes a little memory, so an
     * attempt that runs out of it is made again until the greedy work has given its memory back.
     */
    public static void lock(Lock lock) {
        for (int attempt = 1; ; attempt++) {
            try {
                lock.lock();
                return;
            } catch (OutOfMemoryError e) {
                if (attempt == 1000) {
                    throw e;
                }
                Thread.onSpinWait();
            }
        }
    }

    /** The {@link OutOfMemoryError} that caused {@code e}, or null; a template's memory limit wraps it. */
    public static OutOfMemoryError outOfMemory(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError oom) {
                return oom;
            }
        }
        return null;
    }
}
