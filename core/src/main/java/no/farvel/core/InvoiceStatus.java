package no.farvel.core;

/** Where a final invoice stands. Open and disputed invoices count as outstanding. */
public enum InvoiceStatus {
    OPEN,
    PAID,
    DISPUTED;

    /** Whether an invoice in this state still counts towards the amount the client owes. */
    public boolean isOutstanding() {
        return this != PAID;
    }
}
