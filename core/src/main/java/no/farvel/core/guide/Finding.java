package no.farvel.core.guide;

import java.util.Objects;

/**
 * One thing the guide check found in a termination or its rendered letter.
 *
 * @param code a stable identifier from {@link FindingCodes}
 * @param location where: a JSON path such as {@code reasons[0].detail}, {@code $} for the termination as a whole,
 *                 {@code letter} for the rendered letter as a whole, or {@code letter: "<the sentence>"}
 * @param message what is wrong, in the letter's language
 * @param messageEnglish the same message in English
 * @param suggestion a neutral wording to use instead, or null when none is known
 */
public record Finding(Severity severity, String code, String location, String message, String messageEnglish,
                      String suggestion) {
    public Finding {
        Objects.requireNonNull(severity, "The parameter 'severity' must not be null");
        Objects.requireNonNull(code, "The parameter 'code' must not be null");
        Objects.requireNonNull(location, "The parameter 'location' must not be null");
        Objects.requireNonNull(message, "The parameter 'message' must not be null");
        Objects.requireNonNull(messageEnglish, "The parameter 'messageEnglish' must not be null");
    }

    /** Whether this finding stops the letter from leaving. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
