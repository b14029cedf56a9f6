package no.farvel.mail;

import java.util.List;

/**
 * What a run over an outbox did.
 *
 * @param sent accepted by the server in this run
 * @param alreadySent skipped because the journal shows an earlier run delivered them
 * @param failed refused or undeliverable in this run, or held back after an earlier permanent refusal
 * @param wouldSend in a dry run, what a real run would send; empty otherwise
 */
public record OutboxResult(List<OutgoingLetter> sent, List<OutgoingLetter> alreadySent, List<Failure> failed,
                           List<OutgoingLetter> wouldSend) {
    public OutboxResult {
        sent = List.copyOf(sent);
        alreadySent = List.copyOf(alreadySent);
        failed = List.copyOf(failed);
        wouldSend = List.copyOf(wouldSend);
    }

    /** Whether every letter is now with the server. */
    public boolean allDelivered() {
        return failed.isEmpty();
    }

    /**
     * A letter that was not delivered.
     *
     * @param letter the letter; its file alone when the file could not be read
     * @param status {@link DeliveryStatus#PERMANENT_FAILURE} or {@link DeliveryStatus#TRANSIENT_FAILURE}
     * @param reason the server's words or what else went wrong
     */
    public record Failure(OutgoingLetter letter, DeliveryStatus status, String reason) {
    }
}
