package no.farvel.core.identifiers;

import java.util.Locale;
import java.util.Set;

/**
 * Business identifier codes (ISO 9362, the SWIFT code of a bank): four letters for the bank, an ISO 3166 country
 * code, two letters or digits for the location and, optionally, three for the branch, such as {@code DNBANOKK} or
 * {@code DNBANOKKXXX}. There is no check digit, so only the shape and the country are checked.
 */
public final class Bic {
    // Kosovo has BICs under the code XK, which SWIFT uses though ISO 3166 has not assigned it.
    private static final Set<String> COUNTRIES = countries();

    private Bic() {
    }

    /** Whether the value is an 8- or 11-character BIC in capitals, without spaces, of a known country; false for null. */
    public static boolean isValid(String bic) {
        if (bic == null || bic.length() != 8 && bic.length() != 11) {
            return false;
        }
        for (int i = 0; i < bic.length(); i++) {
            char c = bic.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z';
            boolean digit = c >= '0' && c <= '9';
            if (i < 6 ? !letter : !(letter || digit)) {
                return false;
            }
        }
        return COUNTRIES.contains(bic.substring(4, 6));
    }

    private static Set<String> countries() {
        Set<String> codes = new java.util.HashSet<>(Set.of(Locale.getISOCountries()));
        codes.add("XK");
        return Set.copyOf(codes);
    }
}
