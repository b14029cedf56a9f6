package no.farvel.mail;

/**
 * A run of deliveries stopped early: the server could not be reached, refused the login, or did not offer the
 * protection asked for. {@link #result()} holds what was done before it stopped; a rerun continues from there.
 */
public class DeliveryException extends RuntimeException {
    private final transient OutboxResult result;

    public DeliveryException(String message, Throwable cause) {
        this(message, cause, null);
    }

    public DeliveryException(String message, Throwable cause, OutboxResult result) {
        super(message, cause);
        this.result = result;
    }

    /** What the run did before it stopped; null when the failure was not part of an {@link Outbox} run. */
    public OutboxResult result() {
        return result;
    }
}
