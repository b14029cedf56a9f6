package no.farvel.batch;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a batch run: counts, time, and each record's outcome in input order.
 *
 * @param done records whose letters were written
 * @param failed records that failed; the others were still written
 * @param skipped records left alone by {@code --resume}
 */
public record BatchResult(int done, int failed, int skipped, Duration elapsed, List<RecordOutcome> outcomes) {
    /** Copies the outcomes, so the result cannot change afterwards. */
    public BatchResult {
        Objects.requireNonNull(elapsed, "The parameter 'elapsed' must not be null");
        outcomes = List.copyOf(outcomes);
    }

    /** Whether no record failed. */
    public boolean isSuccess() {
        return failed == 0;
    }

    /** Records written with guide-check warnings, which the manifest lists. */
    public int warned() {
        return (int) outcomes.stream().filter(o -> o.status() == RecordOutcome.Status.OK && !o.warnings().isEmpty())
                .count();
    }

    /** Letters written per second of the run. */
    public double lettersPerSecond() {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return done / seconds;
    }

    /** The closing line: {@code 58 done, 2 failed, 0 skipped in 3.2 s (18.1 letters/s)}. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%d done, %d failed, %d skipped in %.1f s (%.1f letters/s)",
                done, failed, skipped, elapsed.toMillis() / 1000.0, lettersPerSecond());
    }
}
