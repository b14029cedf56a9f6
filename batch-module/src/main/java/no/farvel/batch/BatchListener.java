package no.farvel.batch;

/** Hears about a batch as it runs, for progress bars and logs. Calls come one at a time, from any thread. */
@FunctionalInterface
public interface BatchListener {
    /** A listener that does nothing. */
    BatchListener NONE = outcome -> {
    };

    /** A record was written, failed or skipped. */
    void recordFinished(RecordOutcome outcome);
}
