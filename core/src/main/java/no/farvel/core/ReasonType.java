package no.farvel.core;

/** Why the relationship ends. Each type maps to a polite, factual sentence in every letter language. */
public enum ReasonType {
    HARASSMENT,
    EXCESSIVE_DEMANDS,
    UNPAID_EXTRA_WORK,
    LATE_PAYMENT,
    DISPUTED_CHARGES,
    BREACH_OF_CONTRACT,
    OTHER
}
