package no.farvel.localization;

import java.util.Objects;

/**
 * The printed forms of Norwegian organisation and account numbers and of IBANs: digits grouped with plain spaces,
 * which {@link NoBreak} keeps on one line. Only the grouping is done here; check digits are validated in core.
 */
public final class Identifiers {
    private Identifiers() {
    }

    /** {@code 952601814} as {@code 952 601 814}; throws {@link IllegalArgumentException} unless nine digits. */
    public static String organisationNumber(String nineDigits) {
        requireDigits(nineDigits, 9, "nineDigits");
        return nineDigits.substring(0, 3) + " " + nineDigits.substring(3, 6) + " " + nineDigits.substring(6);
    }

    /** {@code 15039603087} as {@code 1503 96 03087}; throws {@link IllegalArgumentException} unless eleven digits. */
    public static String accountNumber(String elevenDigits) {
        requireDigits(elevenDigits, 11, "elevenDigits");
        return elevenDigits.substring(0, 4) + " " + elevenDigits.substring(4, 6) + " " + elevenDigits.substring(6);
    }

    /**
     * A compact IBAN in groups of four (ISO 13616's paper format): {@code NO9386011117947} as
     * {@code NO93 8601 1117 947}; throws {@link IllegalArgumentException} unless it is capital letters and digits.
     */
    public static String iban(String compactIban) {
        Objects.requireNonNull(compactIban, "The parameter 'compactIban' must not be null");
        if (!compactIban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}")) {
            throw new IllegalArgumentException("'" + compactIban + "' is not a compact IBAN such as NO9386011117947");
        }
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < compactIban.length(); i += 4) {
            if (i > 0) {
                grouped.append(' ');
            }
            grouped.append(compactIban, i, Math.min(i + 4, compactIban.length()));
        }
        return grouped.toString();
    }

    /** Whether the text is exactly {@code length} ASCII digits; false for null. */
    public static boolean isDigits(String text, int length) {
        return text != null && text.length() == length && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static void requireDigits(String value, int length, String parameter) {
        Objects.requireNonNull(value, "The parameter '" + parameter + "' must not be null");
        if (!isDigits(value, length)) {
            throw new IllegalArgumentException("'" + value + "' is not " + length + " digits");
        }
    }
}
