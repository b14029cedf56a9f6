package no.farvel.core.identifiers;

/** The check-digit arithmetic shared by the Norwegian identifiers. */
final class CheckDigits {
    /** What {@link #mod11} returns when the rule asks for the impossible check digit 10. */
    static final int MOD11_TEN = 10;

    private CheckDigits() {
    }

    /** Whether the value has between min and max characters, all ASCII digits. */
    static boolean isDigits(String value, int min, int max) {
        if (value == null || value.length() < min || value.length() > max) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The MOD11 check digit of {@code digits} with the given weights, applied left to right: 11 minus the weighted
     * sum modulo 11, where 11 becomes 0. Returns {@link #MOD11_TEN} when the result is 10.
     */
    static int mod11(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    /** Whether the digits, including their last (check) digit, pass the Luhn (MOD10) check. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
