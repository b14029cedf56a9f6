package no.farvel.localization;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of sequence that must stay on one line, such as a date or an account number, found by a pattern. Spaces
 * and hyphens inside a match become no-break ones when {@link NoBreak#protect} applies the rule.
 */
public record NoBreakRule(String name, Pattern pattern) {
    public NoBreakRule {
        Objects.requireNonNull(name, "The parameter 'name' must not be null");
        Objects.requireNonNull(pattern, "The parameter 'pattern' must not be null");
    }

    /** A rule from a regular expression, matched case-insensitively and with Unicode case folding. */
    public static NoBreakRule of(String name, String regex) {
        return new NoBreakRule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
}
