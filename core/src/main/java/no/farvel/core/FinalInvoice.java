package no.farvel.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * An invoice the client receives or has received for the last period of the relationship.
 *
 * @param kid the Norwegian payment reference (KID), or null
 */
public record FinalInvoice(String number, LocalDate issued, LocalDate due, BigDecimal amount, Currency currency,
                           String kid, InvoiceStatus status) {

    /** The amount with its currency, or null while either is missing. */
    public Money money() {
        return amount == null || currency == null ? null : new Money(amount, currency);
    }

    /** Whether this invoice counts towards what the client still owes (open or disputed). */
    public boolean isOutstanding() {
        return status != null && status.isOutstanding();
    }
}
