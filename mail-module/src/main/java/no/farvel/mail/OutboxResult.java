package no.farvel.mail;

import java.util.List;

/**
 * What a run over an outbox did, letter by letter.
 *
 * @param sent accepted by the server in this run
 * @param alreadySent skipped because the journal shows an earlier run delivered them
 * @param refused refused for good (5xx), in this run or, held back, in an earlier one
 * @param inDoubt possibly delivered: the final dot went out and no reply was recorded; not sent again unless asked
 * @param left not delivered yet and due again on a rerun: transient failures, and letters a stopped run did not reach
 * @param ignored left alone and never sent as they are: unreadable, too big, behind a symbolic link, changed since
 *     they were written or since they were sent, or not among the letters written for the run
 * @param wouldSend in a dry run, what a real run would send; empty otherwise
 * @param stopped why the run stopped before the end, or null when it went through every letter
 */
public record OutboxResult(List<OutgoingLetter> sent, List<OutgoingLetter> alreadySent, List<Failure> refused,
                           List<Failure> inDoubt, List<Failure> left, List<Failure> ignored,
                           List<OutgoingLetter> wouldSend, String stopped) {
    public OutboxResult {
        sent = List.copyOf(sent);
        alreadySent = List.copyOf(alreadySent);
        refused = List.copyOf(refused);
        inDoubt = List.copyOf(inDoubt);
        left = List.copyOf(left);
        ignored = List.copyOf(ignored);
        wouldSend = List.copyOf(wouldSend);
    }

    /** Whether every letter is now with the server, with nothing refused, in doubt, left or ignored. */
    public boolean allDelivered() {
        return refused.isEmpty() && inDoubt.isEmpty() && left.isEmpty() && ignored.isEmpty() && stopped == null;
    }

    /**
     * A letter that was not delivered, and why.
     *
     * @param letter the letter; its file and expected SHA-256 alone when it could not be read
     * @param reason the server's words or what else went wrong, on one line
     */
    public record Failure(OutgoingLetter letter, String reason) {
    }
}
