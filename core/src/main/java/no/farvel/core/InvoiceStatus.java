package no.farvel.core;

/** Where a final invoice stands. Open and disputed invoices count as outstanding. */
public enum InvoiceStatus {
    /** Not yet paid. */
    OPEN,
    /** Paid; listed for completeness, not counted as owed. */
    PAID,
    /** Disputed by the client; still counted as owed. */
    DISPUTED;

    /** Whether an invoice in this state still counts towards the amount the client owes. */
    public boolean isOutstanding() {
        return this != PAID;
    }
}
