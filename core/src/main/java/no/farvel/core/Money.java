package no.farvel.core;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** An exact amount in one ISO 4217 currency. Amounts in different currencies are never added. */
public record Money(BigDecimal amount, Currency currency) {
    public Money {
        Objects.requireNonNull(amount, "The parameter 'amount' must not be null");
        Objects.requireNonNull(currency, "The parameter 'currency' must not be null");
    }

    /** Zero in the given currency, with the currency's number of decimals. */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO.setScale(Math.max(currency.getDefaultFractionDigits(), 0)), currency);
    }

    /** Parses {@code "12400.00", "NOK"}; throws {@link IllegalArgumentException} on a bad amount or currency. */
    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currency));
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
    }
}
