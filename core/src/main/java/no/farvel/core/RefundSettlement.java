package no.farvel.core;

/** How a refund reaches the client: paid to them, or set off against what they owe. */
public enum RefundSettlement {
    /** Paid to the client's account. The default. */
    PAY_OUT,
    /**
     * Set off (motregnet) against the undisputed unpaid invoices in the same currency, so the client pays that much
     * less. Never against disputed invoices, and never more than they come to.
     */
    SET_OFF
}
