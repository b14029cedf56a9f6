package no.farvel.core;

/** Why the relationship ends. Each type maps to a polite, factual sentence in every letter language. */
public enum ReasonType {
    /** Harassment of the provider's people. */
    HARASSMENT,
    /** Demands well beyond what was agreed. */
    EXCESSIVE_DEMANDS,
    /** Extra work the client would not pay for. */
    UNPAID_EXTRA_WORK,
    /** Invoices paid late, again and again. */
    LATE_PAYMENT,
    /** Charges the client disputed. */
    DISPUTED_CHARGES,
    /** A breach of the contract. */
    BREACH_OF_CONTRACT,
    /** Any other reason; the detail says which. */
    OTHER
}
