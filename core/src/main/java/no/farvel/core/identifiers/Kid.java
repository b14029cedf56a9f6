package no.farvel.core.identifiers;

/**
 * Norwegian payment references (KID, kundeidentifikasjon): 2 to 25 digits whose last digit is a check digit under
 * either MOD10 (Luhn) or MOD11. A KID is shown as given, so there is no {@code format}.
 *
 * <p>MOD11 here weighs the digits before the check digit 2, 3, 4, 5, 6, 7, 2, 3, ... from the right; when the rule
 * gives 10 the check digit is written {@code -}.
 */
public final class Kid {
    private Kid() {
    }

    /** Whether the value is a KID that passes the MOD10 or the MOD11 check; false for null. */
    public static boolean isValid(String kid) {
        if (kid == null || kid.length() < 2 || kid.length() > 25) {
            return false;
        }
        String body = kid.substring(0, kid.length() - 1);
        char check = kid.charAt(kid.length() - 1);
        if (!CheckDigits.isDigits(body, 1, 24)) {
            return false;
        }
        if (check == '-') {
            return mod11(body) == CheckDigits.MOD11_TEN;
        }
        if (check < '0' || check > '9') {
            return false;
        }
        return CheckDigits.luhn(kid) || mod11(body) == check - '0';
    }

    private static int mod11(String body) {
        int[] weights = new int[body.length()];
        for (int i = 0; i < weights.length; i++) {
            int fromRight = weights.length - 1 - i;
            weights[i] = 2 + fromRight % 6;
        }
        return CheckDigits.mod11(body, weights);
    }
}
