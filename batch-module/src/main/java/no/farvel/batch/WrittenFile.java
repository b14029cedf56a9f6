package no.farvel.batch;

import java.util.Objects;

/**
 * One file written for a record.
 *
 * @param name the file name inside the record's folder, such as {@code letter.pdf}
 * @param sha256 the SHA-256 of its content, 64 lowercase hex digits
 * @param size its length in bytes
 */
public record WrittenFile(String name, String sha256, long size) {
    /** Checks that name and hash are there. */
    public WrittenFile {
        Objects.requireNonNull(name, "The parameter 'name' must not be null");
        Objects.requireNonNull(sha256, "The parameter 'sha256' must not be null");
    }
}
