package no.farvel.mail;

/** How the connection to the SMTP server is protected. */
public enum Security {
    /** Plain connection upgraded with STARTTLS before anything else is said; a server without it is refused. */
    STARTTLS_REQUIRED,
    /** TLS from the first byte (SMTPS, usually port 465). */
    SMTPS,
    /** No encryption: allowed only to a loopback address, or when explicitly allowed in {@link SmtpSettings}. */
    PLAIN
}
