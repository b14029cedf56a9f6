package no.farvel.mail;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One line of the delivery journal: one attempt to deliver one message.
 *
 * @param time when the attempt ended
 * @param messageId the message's Message-ID, with angle brackets
 * @param recipients the envelope recipients (to, cc and bcc)
 * @param sha256 the SHA-256 of the message bytes as written in the .eml file, in hex
 * @param status what happened
 * @param reply the server's words ({@code 250 2.0.0 Ok: queued}), or what went wrong on the way
 * @param attempt 1 for the first attempt in a run, 2 for its first retry, and so on
 */
public record JournalEntry(Instant time, String messageId, List<String> recipients, String sha256,
                           DeliveryStatus status, String reply, int attempt) {
    public JournalEntry {
        Objects.requireNonNull(time, "The parameter 'time' must not be null");
        Objects.requireNonNull(messageId, "The parameter 'messageId' must not be null");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(status, "The parameter 'status' must not be null");
    }
}
