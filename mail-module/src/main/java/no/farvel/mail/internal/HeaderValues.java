package no.farvel.mail.internal;

/** Checks of values that end up in message headers, made before anything is composed. */
public final class HeaderValues {
    private HeaderValues() {
    }

    /** Refuses a CR or LF, which would let a value start a header of its own. */
    public static void requireSingleLine(String value, String what) {
        if (value != null && (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0)) {
            throw new IllegalArgumentException("The " + what + " contains a line break (CR or LF); headers cannot hold"
                    + " line breaks");
        }
    }

    /** Requires a non-blank single-line value. */
    public static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is missing");
        }
        requireSingleLine(value, what);
    }

    /** Requires something shaped like {@code local@domain}, without spaces, brackets or line breaks. */
    public static void requireAddress(String email, String what) {
        requireText(email, what);
        int at = email.lastIndexOf('@');
        if (at <= 0 || at == email.length() - 1 || email.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>'
                || c == ',' || c == '"' || c == 127)) {
            throw new IllegalArgumentException("'" + email + "' is not an e-mail address; write it as local@domain,"
                    + " without name or brackets");
        }
    }
}
