package no.farvel.batch;

import java.util.List;
import java.util.Objects;

/**
 * What became of one input record.
 *
 * @param index the 1-based position of the record in the input
 * @param where where the record starts, {@code clients.csv:17}
 * @param id the record's id, or null when it could not be read far enough to know it
 * @param status whether it was written, failed or skipped
 * @param files the files written for it, also for a record that failed part-way
 * @param problems what is wrong with it; empty for a record that was written
 * @param warnings guide-check warnings that did not stop the letter
 */
public record RecordOutcome(int index, String where, String id, Status status, List<WrittenFile> files,
                            List<Problem> problems, List<Problem> warnings) {
    /** Copies the lists, so the outcome cannot change afterwards. */
    public RecordOutcome {
        Objects.requireNonNull(where, "The parameter 'where' must not be null");
        Objects.requireNonNull(status, "The parameter 'status' must not be null");
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** What became of a record. */
    public enum Status {
        /** Every requested file was written. */
        OK,
        /** The record could not be read, validated, checked or written. */
        FAILED,
        /** Left alone by {@code --resume}: its files are there with the hashes the manifest records. */
        SKIPPED
    }

    /** The error lines for this record, one per problem. */
    public List<String> errorLines() {
        return problems.stream().map(p -> p.describe(id)).toList();
    }
}
