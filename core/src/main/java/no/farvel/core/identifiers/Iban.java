package no.farvel.core.identifiers;

import java.util.Objects;
import no.farvel.localization.Identifiers;

/**
 * International bank account numbers (ISO 13616), checked by the mod 97 rule.
 *
 * <p>Only the compact electronic form is accepted: capital letters and digits with no spaces, such as
 * {@code NO9386011117947}. The printed form with groups of four is what {@link #format} gives, not an input.
 * The length is checked against the ISO bounds (15 to 34 characters), not against each country's own length.
 */
public final class Iban {
    private Iban() {
    }

    /** Whether the value is a compact, upper-case IBAN that passes the mod 97 check; false for null. */
    public static boolean isValid(String iban) {
        if (iban == null || iban.length() < 15 || iban.length() > 34) {
            return false;
        }
        for (int i = 0; i < iban.length(); i++) {
            char c = iban.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z';
            boolean digit = c >= '0' && c <= '9';
            if (i < 2 ? !letter : i < 4 ? !digit : !(letter || digit)) {
                return false;
            }
        }
        return mod97(iban.substring(4) + iban.substring(0, 4)) == 1;
    }

    /** The IBAN in groups of four, {@code NO93 8601 1117 947}; throws {@link IllegalArgumentException} if invalid. */
    public static String format(String iban) {
        Objects.requireNonNull(iban, "The parameter 'iban' must not be null");
        if (!isValid(iban)) {
            throw new IllegalArgumentException("'" + iban + "' is not a valid IBAN");
        }
        return Identifiers.iban(iban);
    }

    // Letters count as two digits (A = 10 ... Z = 35); the remainder is kept small so any length fits an int.
    private static int mod97(String rearranged) {
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            remainder = c <= '9'
                    ? (remainder * 10 + (c - '0')) % 97
                    : (remainder * 100 + (c - 'A' + 10)) % 97;
        }
        return remainder;
    }
}
