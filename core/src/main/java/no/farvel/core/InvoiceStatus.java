package no.farvel.core;

/**
 * Where a final invoice stands in the billing system. Only open invoices are asked for; an open invoice past its due
 * date on the letter's date is shown as overdue ({@link FinalInvoice#state}).
 */
public enum InvoiceStatus {
    /** Not yet paid, and not disputed: the letter asks for it. */
    OPEN,
    /** Paid; listed for completeness, not asked for. */
    PAID,
    /** Disputed by the client: listed apart with its own subtotal, and not asked for while the dispute lasts. */
    DISPUTED;

    /** Whether the letter asks the client to pay an invoice in this state. */
    public boolean isPayable() {
        return this == OPEN;
    }
}
