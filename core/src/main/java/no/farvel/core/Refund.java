package no.farvel.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * Money the provider pays back to the client. Build one with {@link #builder()}, which names every field.
 *
 * @param description what the money is for
 * @param amount the amount, exact
 * @param currency the amount's currency
 * @param payBy the day it is paid by
 * @param toAccount a Norwegian account number or an IBAN; not used when the refund is set off
 * @param settlement paid out or set off against the invoices; never null ({@link RefundSettlement#PAY_OUT} when not
 *                   given)
 */
public record Refund(String description, BigDecimal amount, Currency currency, LocalDate payBy, String toAccount,
                     RefundSettlement settlement) {

    /** Takes a missing settlement as paying the refund out. */
    public Refund {
        settlement = settlement == null ? RefundSettlement.PAY_OUT : settlement;
    }

    /** A refund paid out to the client. */
    public Refund(String description, BigDecimal amount, Currency currency, LocalDate payBy, String toAccount) {
        this(description, amount, currency, payBy, toAccount, RefundSettlement.PAY_OUT);
    }

    /** A new builder with every field unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this refund's values, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder().description(description).amount(amount).currency(currency).payBy(payBy)
                .toAccount(toAccount).settlement(settlement);
    }

    /** The amount with its currency, or null while either is missing. */
    public Money money() {
        return amount == null || currency == null ? null : new Money(amount, currency);
    }

    /** Whether the refund is set off against the client's invoices rather than paid out. */
    public boolean isSetOff() {
        return settlement == RefundSettlement.SET_OFF;
    }

    /** Sets a {@link Refund}'s fields by name. Building never fails: validation reports what is missing. */
    public static final class Builder {
        private String description;
        private BigDecimal amount;
        private Currency currency;
        private LocalDate payBy;
        private String toAccount;
        private RefundSettlement settlement;

        private Builder() {
        }

        /** What the money is for. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The amount, exact. */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** The amount's currency. */
        public Builder currency(Currency currency) {
            this.currency = currency;
            return this;
        }

        /** The amount and its currency at once, such as {@code Money.of("4500.00", "NOK")}. */
        public Builder money(Money money) {
            return amount(money.amount()).currency(money.currency());
        }

        /** The day it is paid by. */
        public Builder payBy(LocalDate payBy) {
            this.payBy = payBy;
            return this;
        }

        /** The account it is paid to: a Norwegian account number or an IBAN. */
        public Builder toAccount(String toAccount) {
            this.toAccount = toAccount;
            return this;
        }

        /** Paid out (the default) or set off against the client's undisputed unpaid invoices. */
        public Builder settlement(RefundSettlement settlement) {
            this.settlement = settlement;
            return this;
        }

        /** The refund with the fields set so far. */
        public Refund build() {
            return new Refund(description, amount, currency, payBy, toAccount, settlement);
        }
    }
}
