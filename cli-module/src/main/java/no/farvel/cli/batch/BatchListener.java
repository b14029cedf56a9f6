package no.farvel.cli.batch;

/** Hears about a batch as it runs, for progress bars and logs. Calls come one at a time, from any thread. */
public interface BatchListener {
    /** A listener that does nothing. */
    BatchListener NONE = new BatchListener() {
    };

    /** A record was written, failed or skipped. */
    default void recordFinished(RecordOutcome outcome) {
    }
}
