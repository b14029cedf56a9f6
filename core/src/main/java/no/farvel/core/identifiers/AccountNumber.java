package no.farvel.core.identifiers;

import java.util.Objects;
import no.farvel.localization.Identifiers;

/**
 * Norwegian bank account numbers (kontonummer): eleven digits whose last digit is a MOD11 check digit with
 * weights 5, 4, 3, 2, 7, 6, 5, 4, 3, 2.
 */
public final class AccountNumber {
    private static final int[] WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private AccountNumber() {
    }

    /** Whether the value is exactly eleven digits (no spaces or dots) with a correct check digit; false for null. */
    public static boolean isValid(String number) {
        if (!CheckDigits.isDigits(number, 11, 11)) {
            return false;
        }
        return CheckDigits.mod11(number.substring(0, 10), WEIGHTS) == number.charAt(10) - '0';
    }

    /** The number as written on letters, {@code 1503 96 03087}; throws {@link IllegalArgumentException} if invalid. */
    public static String format(String number) {
        Objects.requireNonNull(number, "The parameter 'number' must not be null");
        if (!isValid(number)) {
            throw new IllegalArgumentException("'" + number + "' is not a valid Norwegian bank account number");
        }
        return Identifiers.accountNumber(number);
    }
}
