package no.farvel.mail;

import java.util.Objects;

/**
 * A letter the caller wrote and wants sent: {@code DIR/<id>/letter.eml} with the SHA-256 it had when written, so that
 * a file changed or put there by someone else is left alone.
 *
 * @param id the record's folder name inside the outbox folder
 * @param sha256 the SHA-256 of {@code letter.eml} as written, 64 hex digits
 */
public record LetterToSend(String id, String sha256) {
    public LetterToSend {
        Objects.requireNonNull(id, "The parameter 'id' must not be null");
        Objects.requireNonNull(sha256, "The parameter 'sha256' must not be null");
    }
}
