package no.farvel.core;

import no.farvel.localization.LetterLocale;

/** Which of a field's two texts a letter prints: the model's fields may carry an English text beside their own. */
final class English {
    private English() {
    }

    /** Whether letters in this language are English ({@code en}, or a variant such as {@code en-XA}). */
    static boolean is(LetterLocale locale) {
        return locale != null && (locale.code().equals("en") || locale.code().startsWith("en-"));
    }

    /** The English text in an English letter when there is one, else the field's own. */
    static String pick(LetterLocale locale, String own, String english) {
        return is(locale) && english != null && !english.isBlank() ? english : own;
    }
}
