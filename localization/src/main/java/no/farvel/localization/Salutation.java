package no.farvel.localization;

import java.util.Objects;

/**
 * The greeting that opens a letter and the complimentary close that matches it, punctuated as the language does:
 * {@code Dear Ms O'Neill,} with {@code Yours sincerely,}; Norwegian letters have no greeting line, so it is empty.
 */
public record Salutation(String greeting, String closing) {
    public Salutation {
        Objects.requireNonNull(greeting, "The parameter 'greeting' must not be null");
        Objects.requireNonNull(closing, "The parameter 'closing' must not be null");
    }

    /** Whether the letter opens with a greeting line at all. */
    public boolean hasGreeting() {
        return !greeting.isEmpty();
    }
}
