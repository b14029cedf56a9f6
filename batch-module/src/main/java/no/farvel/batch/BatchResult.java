package no.farvel.batch;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of a batch run: counts, time, and each record's outcome in input order. Every record read should end as
 * exactly one manifest line; {@code unaccounted} lists those that did not, which makes the run a failure.
 *
 * @param read records read from the input
 * @param done records whose letters were written
 * @param failed records that failed; the others were still written
 * @param skipped records left alone by {@code --resume}
 * @param outcomes each record's outcome in input order, when the request keeps them
 *                 ({@link BatchRequest#keepOutcomes()}); empty otherwise
 * @param unaccounted where each record read without a manifest line starts, with why ({@code clients.csv:17
 *                    (InternalError: ...)}); empty when all is well
 * @param warned records written with guide-check warnings, which the manifest lists
 */
public record BatchResult(int read, int done, int failed, int skipped, Duration elapsed, List<RecordOutcome> outcomes,
                          List<String> unaccounted, int warned) {
    public BatchResult {
        Objects.requireNonNull(elapsed, "The parameter 'elapsed' must not be null");
        outcomes = List.copyOf(outcomes);
        unaccounted = List.copyOf(unaccounted);
    }

    /** A result whose warned records are counted from its outcomes. */
    public BatchResult(int read, int done, int failed, int skipped, Duration elapsed, List<RecordOutcome> outcomes,
                       List<String> unaccounted) {
        this(read, done, failed, skipped, elapsed, outcomes, unaccounted, warned(outcomes));
    }

    /** A result in which every record read is accounted for. */
    public BatchResult(int done, int failed, int skipped, Duration elapsed, List<RecordOutcome> outcomes) {
        this(done + failed + skipped, done, failed, skipped, elapsed, outcomes, List.of());
    }

    /** Whether the outcome is a record written with guide-check warnings. */
    static boolean warned(RecordOutcome outcome) {
        return outcome.status() == RecordOutcome.Status.OK && !outcome.warnings().isEmpty();
    }

    private static int warned(List<RecordOutcome> outcomes) {
        return (int) outcomes.stream().filter(BatchResult::warned).count();
    }

    /** Whether every record read was written or skipped, with its manifest line. */
    public boolean isSuccess() {
        return failed == 0 && isReconciled();
    }

    /** Whether every record read ended as exactly one manifest line. */
    public boolean isReconciled() {
        return unaccounted.isEmpty() && read == done + failed + skipped;
    }

    /** Letters written per second of the run. */
    public double lettersPerSecond() {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return done / seconds;
    }

    /**
     * The closing line: {@code 58 done, 2 failed, 0 skipped in 3.2 s (18.1 letters/s)}, and when records read are
     * missing from the manifest, how many and which.
     */
    public String summary() {
        String line = String.format(Locale.ROOT, "%d done, %d failed, %d skipped in %.1f s (%.1f letters/s)",
                done, failed, skipped, elapsed.toMillis() / 1000.0, lettersPerSecond());
        if (isReconciled()) {
            return line;
        }
        int missing = read - (done + failed + skipped);
        return line + String.format(Locale.ROOT, "; %d of %d records read %s no manifest line%s", missing, read,
                missing == 1 ? "has" : "have", unaccounted.isEmpty() ? "" : ": " + String.join(", ",
                        unaccounted.subList(0, Math.min(unaccounted.size(), 10)))
                        + (unaccounted.size() > 10 ? ", …" : ""));
    }
}
