package no.farvel.core.identifiers;

import java.util.Objects;
import no.farvel.localization.Identifiers;

/**
 * Norwegian organisation numbers (organisasjonsnummer) from the Central Coordinating Register for Legal Entities:
 * nine digits whose last digit is a MOD11 check digit with weights 3, 2, 7, 6, 5, 4, 3, 2.
 */
public final class OrganisationNumber {
    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private OrganisationNumber() {
    }

    /** Whether the value is exactly nine digits (no spaces) with a correct check digit; false for null. */
    public static boolean isValid(String number) {
        if (!CheckDigits.isDigits(number, 9, 9)) {
            return false;
        }
        return CheckDigits.mod11(number.substring(0, 8), WEIGHTS) == number.charAt(8) - '0';
    }

    /** The number as written on letters, {@code 952 601 814}; throws {@link IllegalArgumentException} if invalid. */
    public static String format(String number) {
        Objects.requireNonNull(number, "The parameter 'number' must not be null");
        if (!isValid(number)) {
            throw new IllegalArgumentException("'" + number + "' is not a valid organisation number");
        }
        return Identifiers.organisationNumber(number);
    }
}
