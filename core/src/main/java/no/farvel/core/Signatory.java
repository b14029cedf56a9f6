package no.farvel.core;

import no.farvel.localization.LetterLocale;

/**
 * The person who signs the letter for the provider.
 *
 * @param title the title in the provider's language ("Daglig leder"), or null
 * @param titleEn the same title in English ("Managing Director"), printed in English letters instead; or null
 */
public record Signatory(String name, String title, String titleEn) {
    /** A signatory whose title is not given in English. */
    public Signatory(String name, String title) {
        this(name, title, null);
    }

    /** The title a letter in {@code locale} prints: the English one in an English letter when it is given. */
    public String titleIn(LetterLocale locale) {
        return English.pick(locale, title, titleEn);
    }
}
