package no.farvel.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * Money the provider pays back to the client.
 *
 * @param toAccount a Norwegian account number or an IBAN
 */
public record Refund(String description, BigDecimal amount, Currency currency, LocalDate payBy, String toAccount) {

    /** The amount with its currency, or null while either is missing. */
    public Money money() {
        return amount == null || currency == null ? null : new Money(amount, currency);
    }
}
