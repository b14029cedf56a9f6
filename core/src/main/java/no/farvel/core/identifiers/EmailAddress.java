package no.farvel.core.identifiers;

import java.util.Objects;
import java.util.Optional;

/**
 * E-mail addresses checked by the RFC 5322 {@code addr-spec} rules, strict enough that a letter never goes out with a
 * malformed address.
 *
 * <p>The part before {@code @} is a dot-atom ({@code ola.nordmann+faktura}) or a quoted string
 * ({@code "ola nordmann"} is refused, as no whitespace is allowed anywhere), at most 64 characters. The domain is two
 * or more dot-separated labels of letters, digits and {@code -} (1 to 63 characters each, not starting or ending with
 * {@code -}), at most 253 characters. Not accepted: comments, domain literals such as {@code [192.0.2.1]}, single-label
 * domains such as {@code localhost}, and non-ASCII characters (write international domains in their {@code xn--}
 * form).
 */
public final class EmailAddress {
    private static final String ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

    private EmailAddress() {
    }

    /** Whether the value is an acceptable e-mail address; false for null. */
    public static boolean isValid(String address) {
        return address != null && problem(address).isEmpty();
    }

    /**
     * What is wrong with the address, as a clause that completes "'x' is not a valid e-mail address: ...",
     * or empty when it is valid.
     */
    public static Optional<String> problem(String address) {
        Objects.requireNonNull(address, "The parameter 'address' must not be null");
        for (int i = 0; i < address.length(); i++) {
            if (Character.isWhitespace(address.charAt(i)) || Character.isSpaceChar(address.charAt(i))) {
                return Optional.of("it contains whitespace");
            }
        }
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return Optional.of("it has no '@'");
        }
        String local = address.substring(0, at);
        Optional<String> localProblem = localPartProblem(local);
        return localProblem.isPresent() ? localProblem : domainProblem(address.substring(at + 1));
    }

    private static Optional<String> localPartProblem(String local) {
        if (local.isEmpty()) {
            return Optional.of("the part before '@' is empty");
        }
        if (local.length() > 64) {
            return Optional.of("the part before '@' is " + local.length() + " characters long; the limit is 64");
        }
        if (local.charAt(0) == '"') {
            return isQuotedString(local) ? Optional.empty()
                    : Optional.of("the part before '@' is not a valid quoted string");
        }
        if (local.indexOf('@') >= 0) {
            return Optional.of("it has more than one '@'");
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return Optional.of("the part before '@' starts or ends with a dot or has two dots in a row");
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (c != '.' && !isAtext(c)) {
                return Optional.of("'" + c + "' is not allowed before '@' unless that part is in quotes");
            }
        }
        return Optional.empty();
    }

    // quoted-string = DQUOTE *(qtext / quoted-pair) DQUOTE, with folding whitespace left out on purpose.
    private static boolean isQuotedString(String local) {
        if (local.length() < 2 || local.charAt(local.length() - 1) != '"') {
            return false;
        }
        for (int i = 1; i < local.length() - 1; i++) {
            char c = local.charAt(i);
            if (c == '\\') {
                i++;
                if (i >= local.length() - 1 || !isVisibleAscii(local.charAt(i))) {
                    return false;
                }
            } else if (c == '"' || !isVisibleAscii(c)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> domainProblem(String domain) {
        if (domain.isEmpty()) {
            return Optional.of("the part after '@' is empty");
        }
        if (domain.length() > 253) {
            return Optional.of("the domain is " + domain.length() + " characters long; the limit is 253");
        }
        String[] labels = domain.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty()) {
                return Optional.of("the domain starts or ends with a dot or has two dots in a row");
            }
            if (label.length() > 63) {
                return Optional.of("the domain label '" + label + "' is " + label.length()
                        + " characters long; the limit is 63");
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                return Optional.of("the domain label '" + label + "' starts or ends with '-'");
            }
            for (int i = 0; i < label.length(); i++) {
                if (!isLetterDigitHyphen(label.charAt(i))) {
                    return Optional.of("the domain label '" + label + "' may only contain letters a-z, digits and '-'"
                            + " (write international domains in their xn-- form)");
                }
            }
        }
        if (labels.length < 2) {
            return Optional.of("the domain '" + domain + "' has no top-level domain such as .no");
        }
        return Optional.empty();
    }

    private static boolean isAtext(char c) {
        return isAsciiLetterOrDigit(c) || ATEXT_SPECIALS.indexOf(c) >= 0;
    }

    private static boolean isLetterDigitHyphen(char c) {
        return isAsciiLetterOrDigit(c) || c == '-';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isVisibleAscii(char c) {
        return c >= 0x21 && c <= 0x7E;
    }
}
