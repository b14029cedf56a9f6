package no.farvel.batch;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.farvel.batch.RecordOutcome.Status;
import no.farvel.batch.input.InputRecord;
import no.farvel.batch.internal.HeapTurns;
import no.farvel.batch.internal.RecordFailures;
import no.farvel.batch.internal.RecordJob;

/**
 * Accounts for every record a run reads: each is pending from the moment it is read until its manifest line is on
 * disk, and then passed to the listener. What is still pending at the end had no manifest line written, and the
 * result says so. Once the manifest cannot be written the run stops taking records. Thread-safe; the listener hears
 * one record at a time.
 */
final class Ledger {
    private final BatchListener listener;
    private final Map<Long, Pending> pending = new LinkedHashMap<>();
    private final List<RecordOutcome> outcomes = new ArrayList<>();
    private final boolean keepOutcomes;
    private Manifest manifest;
    private long read;
    private int done;
    private int failed;
    private int skipped;
    private int warned;
    private volatile IOException fatal;

    private record Pending(String where, String reason) {
    }

    private final HeapTurns heap;

    /** @param keepOutcomes whether the result lists every outcome, or only counts them (flat memory) */
    Ledger(BatchListener listener, HeapTurns heap, boolean keepOutcomes) {
        this.listener = listener;
        this.heap = heap;
        this.keepOutcomes = keepOutcomes;
    }

    synchronized void start(Manifest manifest) {
        this.manifest = manifest;
    }

    /** A record was read; returns its entry in the ledger. */
    synchronized long read(InputRecord record) {
        read++;
        pending.put(read, new Pending(record.location(), null));
        return read;
    }

    /**
     * Writes the record's manifest line and, once it is on disk, counts the record and tells the listener. When the
     * line cannot be written the record stays pending and the run stops taking records.
     */
    synchronized void account(long entry, RecordOutcome outcome) {
        if (fatal != null) {
            return;
        }
        ManifestEntry line = null;
        try {
            line = RecordJob.entry(outcome);
            manifest.append(line);
        } catch (OutOfMemoryError e) {
            // Another worker may be holding the memory; one more try with the heap to ourselves, then the record
            // stays pending. No worker holds its shared turn while it waits for this monitor. The retry gives the
            // manifest the same entry, so a line written before memory ran out is not written twice.
            HeapTurns.lock(heap.alone());
            try {
                manifest.append(line != null ? line : RecordJob.entry(outcome));
            } catch (OutOfMemoryError again) {
                lost(entry, again);
                return;
            } catch (IOException io) {
                stop(io);
                return;
            } finally {
                heap.alone().unlock();
            }
        } catch (IOException e) {
            stop(e);
            return;
        }
        // The line is on disk, so the record is counted before anything that may still fail: plain comparisons, no
        // allocation and no class to set up (a switch over the enum would set one up, and could run out of memory).
        pending.remove(entry);
        Status status = outcome.status();
        if (status == Status.OK) {
            done++;
        } else if (status == Status.FAILED) {
            failed++;
        } else {
            skipped++;
        }
        if (BatchResult.warned(outcome)) {
            warned++;
        }
        if (keepOutcomes) {
            try {
                outcomes.add(outcome);
            } catch (OutOfMemoryError e) {
                HeapTurns.lock(heap.alone());
                try {
                    outcomes.add(outcome);
                } finally {
                    heap.alone().unlock();
                }
            }
        }
        listener.recordFinished(outcome);
    }

    /** The record's work ended in an error no manifest line can follow; it stays pending, with the reason. */
    synchronized void lost(long entry, Throwable e) {
        Pending record = pending.get(entry);
        if (record != null) {
            pending.put(entry, new Pending(record.where(), e.getClass().getSimpleName() + ": "
                    + RecordFailures.reason(e)));
        }
    }

    /** The manifest cannot be written: no more records are taken. */
    synchronized void stop(IOException e) {
        if (fatal == null) {
            fatal = e;
        }
    }

    IOException fatal() {
        return fatal;
    }

    synchronized BatchResult result(long start) {
        List<RecordOutcome> ordered = new ArrayList<>(outcomes);
        ordered.sort(Comparator.comparingInt(RecordOutcome::index));
        List<String> unaccounted = pending.values().stream()
                .map(p -> p.reason() == null ? p.where() : p.where() + " (" + p.reason() + ")").toList();
        return new BatchResult((int) read, done, failed, skipped, Duration.ofNanos(System.nanoTime() - start), ordered,
                unaccounted, warned);
    }
}
