package no.farvel.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import no.farvel.localization.InvoiceState;

/**
 * An invoice the client receives or has received for the last period of the relationship. Build one with
 * {@link #builder()}, which names every field.
 *
 * @param number the invoice number
 * @param issued the invoice date
 * @param due the due date
 * @param amount the amount, exact
 * @param currency the amount's currency
 * @param kid the Norwegian payment reference (KID), or null
 * @param status open, paid or disputed, as the billing system has it
 */
public record FinalInvoice(String number, LocalDate issued, LocalDate due, BigDecimal amount, Currency currency,
                           String kid, InvoiceStatus status) {

    /** A new builder with every field unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this invoice's values, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder().number(number).issued(issued).due(due).amount(amount).currency(currency).kid(kid)
                .status(status);
    }

    /** The amount with its currency, or null while either is missing. */
    public Money money() {
        return amount == null || currency == null ? null : new Money(amount, currency);
    }

    /** Whether the letter asks the client to pay this invoice: open, so neither paid nor disputed. */
    public boolean isPayable() {
        return status != null && status.isPayable();
    }

    /**
     * Where the invoice stands on the letter's date: an open invoice due before that day is overdue. Null while the
     * status is missing.
     */
    public InvoiceState state(LocalDate letterDate) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case OPEN -> due != null && letterDate != null && due.isBefore(letterDate)
                    ? InvoiceState.OVERDUE : InvoiceState.OPEN;
            case PAID -> InvoiceState.PAID;
            case DISPUTED -> InvoiceState.DISPUTED;
        };
    }

    /** Sets a {@link FinalInvoice}'s fields by name. Building never fails: validation reports what is missing. */
    public static final class Builder {
        private String number;
        private LocalDate issued;
        private LocalDate due;
        private BigDecimal amount;
        private Currency currency;
        private String kid;
        private InvoiceStatus status;

        private Builder() {
        }

        /** The invoice number. */
        public Builder number(String number) {
            this.number = number;
            return this;
        }

        /** The invoice date. */
        public Builder issued(LocalDate issued) {
            this.issued = issued;
            return this;
        }

        /** The due date. */
        public Builder due(LocalDate due) {
            this.due = due;
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

        /** The amount and its currency at once, such as {@code Money.of("12400.00", "NOK")}. */
        public Builder money(Money money) {
            return amount(money.amount()).currency(money.currency());
        }

        /** The Norwegian payment reference (KID), or null. */
        public Builder kid(String kid) {
            this.kid = kid;
            return this;
        }

        /** Open, paid or disputed. */
        public Builder status(InvoiceStatus status) {
            this.status = status;
            return this;
        }

        /** The invoice with the fields set so far. */
        public FinalInvoice build() {
            return new FinalInvoice(number, issued, due, amount, currency, kid, status);
        }
    }
}
