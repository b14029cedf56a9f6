package no.farvel.batch;

import java.util.List;
import java.util.Objects;

/**
 * One line of {@code manifest.jsonl}: what became of one record.
 *
 * @param id the record's id, or null when it could not be read far enough to know it
 * @param status {@code ok} (written by this run), {@code skipped} (left alone by {@code --resume}: its files are
 *               there, intact, from an earlier run) or {@code failed}
 * @param source where the record starts, {@code clients.csv:17}
 * @param files the files written, each with SHA-256 and size
 * @param violations what is wrong with the record's fields, or with its letter
 * @param warnings guide-check warnings that did not stop the letter
 * @param error what else went wrong (a record that could not be read, rendered or written), or null
 */
public record ManifestEntry(String id, String status, String source, List<WrittenFile> files,
                            List<Problem> violations, List<Problem> warnings, String error) {
    /** The status of a record whose files were all written. */
    public static final String OK = "ok";
    /** The status of a record that failed. */
    public static final String FAILED = "failed";
    /** The status of a record {@code --resume} left alone because an earlier run wrote its files, still intact. */
    public static final String SKIPPED = "skipped";

    /** Copies the lists, so the entry cannot change afterwards; missing lists become empty. */
    public ManifestEntry {
        Objects.requireNonNull(status, "The parameter 'status' must not be null");
        files = files == null ? List.of() : List.copyOf(files);
        violations = violations == null ? List.of() : List.copyOf(violations);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /**
     * Whether the record's letters are in place as {@link #files()} lists them: written by this run ({@code ok}) or
     * left intact from an earlier one ({@code skipped}).
     */
    public boolean isOk() {
        return OK.equals(status) || SKIPPED.equals(status);
    }

    /** Whether {@code --resume} left the record alone. */
    public boolean isSkipped() {
        return SKIPPED.equals(status);
    }
}
