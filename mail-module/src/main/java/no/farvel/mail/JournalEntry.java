package no.farvel.mail;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One line of the delivery journal: one step in delivering one message.
 *
 * @param time when the step ended
 * @param messageId the message's Message-ID, with angle brackets
 * @param recipients the envelope recipients (to, cc and bcc)
 * @param sha256 the SHA-256 of the message as its .eml file holds it, in hex
 * @param sentSha256 the SHA-256 of the bytes actually sent (with the Date of sending, any DKIM signature, without
 *     Bcc), in hex; null when nothing was sent
 * @param status what happened
 * @param reply the server's words ({@code 250 2.0.0 Ok: queued}), or what went wrong on the way
 * @param attempt 1 for the first attempt in a run, 2 for its first retry, and so on; 0 for a dry run
 */
public record JournalEntry(Instant time, String messageId, List<String> recipients, String sha256, String sentSha256,
                           DeliveryStatus status, String reply, int attempt) {
    public JournalEntry {
        Objects.requireNonNull(time, "The parameter 'time' must not be null");
        Objects.requireNonNull(messageId, "The parameter 'messageId' must not be null");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(status, "The parameter 'status' must not be null");
    }
}
