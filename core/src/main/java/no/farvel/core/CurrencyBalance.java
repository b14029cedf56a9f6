package no.farvel.core;

import java.util.Currency;
import java.util.Objects;

/**
 * What the final invoices and refunds of one currency come to, as the letter states them. Each amount is in
 * {@code currency}, zero when there is nothing of its kind; amounts in different currencies are never added.
 *
 * @param payable the undisputed unpaid invoices, open or overdue: what the letter asks for before any set-off
 * @param disputed the disputed invoices: listed with this subtotal, never asked for
 * @param setOff the refunds set off against the payable invoices
 * @param paidOut the refunds paid out to the client
 */
public record CurrencyBalance(Currency currency, Money payable, Money disputed, Money setOff, Money paidOut) {
    public CurrencyBalance {
        Objects.requireNonNull(currency, "The parameter 'currency' must not be null");
        for (Money m : new Money[] {payable, disputed, setOff, paidOut}) {
            Objects.requireNonNull(m, "The amounts of a balance must not be null");
            if (!m.currency().equals(currency)) {
                throw new IllegalArgumentException("A balance in " + currency + " cannot hold " + m.currency());
            }
        }
    }

    /**
     * What the letter asks the client to pay: the payable invoices less the refunds set off against them. Never
     * negative for a valid termination, whose set-off in a currency is at most what is payable in it.
     */
    public Money due() {
        return payable.minus(setOff);
    }

    /** Whether the client is asked to pay anything in this currency. */
    public boolean hasDue() {
        return due().amount().signum() > 0;
    }
}
