package no.farvel.mail;

/** The outcome of one delivery attempt, as the journal records it. */
public enum DeliveryStatus {
    /** The server took responsibility for the message (2xx after DATA). It is never sent again. */
    ACCEPTED,
    /** A failure that may pass: connection refused or reset, a timeout, a 4xx reply. Retried, and sent on a rerun. */
    TRANSIENT_FAILURE,
    /** The server refused the message for good (5xx). Not retried, and held back on reruns unless asked. */
    PERMANENT_FAILURE,
    /** A dry run found the message due; nothing was sent. */
    DRY_RUN
}
