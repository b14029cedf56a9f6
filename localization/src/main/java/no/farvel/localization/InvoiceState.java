package no.farvel.localization;

/** Where a final invoice stands, as a letter's invoice table reports it. */
public enum InvoiceState {
    /** Unpaid and not yet due. */
    OPEN,
    /** Unpaid after its due date. */
    OVERDUE,
    /** Contested by the client and not requested for now. */
    DISPUTED,
    /** Settled. */
    PAID
}
