package no.farvel.core;

import java.time.LocalDate;
import java.time.Period;
import no.farvel.localization.LetterLocale;

/**
 * The agreement being ended.
 *
 * @param title the agreement's title as written in it ("Avtale om regnskapstjenester"), or null
 * @param noticePeriod the notice the contract requires, ISO-8601 such as {@code P2M}; null if none is agreed
 * @param titleEn the title in English ("Agreement for Accounting Services"), printed in English letters instead;
 *                or null
 */
public record Contract(String title, LocalDate signedOn, Period noticePeriod, String titleEn) {
    /** A contract whose title is not given in English. */
    public Contract(String title, LocalDate signedOn, Period noticePeriod) {
        this(title, signedOn, noticePeriod, null);
    }

    /** The title a letter in {@code locale} prints: the English one in an English letter when it is given. */
    public String titleIn(LetterLocale locale) {
        return English.pick(locale, title, titleEn);
    }
}
