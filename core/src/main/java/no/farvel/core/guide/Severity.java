package no.farvel.core.guide;

/** How much a guide-check finding matters. */
public enum Severity {
    /** The letter must not leave as it is. */
    ERROR,
    /** A person should look at the letter before it leaves. */
    WARNING
}
