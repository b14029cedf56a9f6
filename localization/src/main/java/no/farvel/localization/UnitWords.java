package no.farvel.localization;

import java.util.Objects;

/**
 * A unit of time as a language inflects it, with the possessive forms notice phrases use: {@code month, months,
 * month's, months'} ("three months' notice") or {@code måned, måneder, måneds, måneders} ("tre måneders varsel").
 */
public record UnitWords(String singular, String plural, String singularPossessive, String pluralPossessive,
                        Gender gender) {
    public UnitWords {
        Objects.requireNonNull(singular, "The parameter 'singular' must not be null");
        Objects.requireNonNull(plural, "The parameter 'plural' must not be null");
        Objects.requireNonNull(singularPossessive, "The parameter 'singularPossessive' must not be null");
        Objects.requireNonNull(pluralPossessive, "The parameter 'pluralPossessive' must not be null");
        Objects.requireNonNull(gender, "The parameter 'gender' must not be null");
    }

    /** The form for a count: singular for exactly one, plural otherwise (zero months, 1.5 is not a count). */
    public String forCount(int count, boolean possessive) {
        boolean one = count == 1;
        if (possessive) {
            return one ? singularPossessive : pluralPossessive;
        }
        return one ? singular : plural;
    }
}
