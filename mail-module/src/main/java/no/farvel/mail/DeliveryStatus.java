package no.farvel.mail;

/** The outcome of one delivery attempt, as the journal records it. */
public enum DeliveryStatus {
    /** The server took responsibility for the message (2xx after DATA). It is never sent again. */
    ACCEPTED,
    /** A failure that may pass: connection refused, closed or reset, a timeout, a 4xx reply. Sent again on a rerun. */
    TRANSIENT_FAILURE,
    /** The server refused the message for good (5xx). Not retried, and held back on reruns unless asked. */
    PERMANENT_FAILURE,
    /**
     * The whole message is with the server and the final dot is about to go: written, and forced to disk, before it
     * goes. A message whose last line says this has an unknown fate (the process died waiting for the reply).
     */
    IN_FLIGHT,
    /**
     * The final dot went out but no reply came back (connection lost, deadline passed): the server may have accepted
     * the message. Not sent again unless asked, since that could deliver it twice.
     */
    IN_DOUBT,
    /** A dry run found the message due; nothing was sent. */
    DRY_RUN
}
