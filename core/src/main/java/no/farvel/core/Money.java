package no.farvel.core;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** An exact amount in one ISO 4217 currency. Amounts in different currencies are never added. */
public record Money(BigDecimal amount, Currency currency) {
    /** Checks that amount and currency are there. */
    public Money {
        Objects.requireNonNull(amount, "The parameter 'amount' must not be null");
        Objects.requireNonNull(currency, "The parameter 'currency' must not be null");
    }

    /** Zero in the given currency, with the currency's number of decimals. */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO.setScale(Math.max(currency.getDefaultFractionDigits(), 0)), currency);
    }

    /**
     * Parses {@code "12400.00", "NOK"}: digits with an optional {@code '.'} and an ISO 4217 code.
     *
     * @throws IllegalArgumentException naming the value when the amount or the currency is not of that form
     */
    public static Money of(String amount, String currency) {
        Objects.requireNonNull(amount, "The parameter 'amount' must not be null");
        Objects.requireNonNull(currency, "The parameter 'currency' must not be null");
        BigDecimal value;
        try {
            value = new BigDecimal(amount);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + amount + "' is not a decimal amount: expected digits with an "
                    + "optional '.' like 12400.00", e);
        }
        Currency unit;
        try {
            unit = Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + currency + "' is not an ISO 4217 currency code like NOK, EUR "
                    + "or GBP", e);
        }
        return new Money(value, unit);
    }

    /** The sum; throws {@link IllegalArgumentException} when the currencies differ. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /** The difference; throws {@link IllegalArgumentException} when the currencies differ. */
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
