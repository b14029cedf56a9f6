package no.farvel.core.guide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.farvel.localization.LetterLocale;

/**
 * The tone rules against the unseen set ({@code unseen_*}): sentences written before the rules were widened with
 * vocabularies and structures, and never used to tune them. The floors sit just under what the set measured after
 * that work, so a rule change that generalises worse fails here even when the tuned corpora stay green.
 */
class UnseenCorpusTest {
    /**
     * Measured after the rework: flagged nb 93.8 %, nn 95.4 %, en 90.8 %; errors nb 95.0 %, nn 97.5 %, en 85.0 %. The
     * set shares its author with the rules, so these sit above what fresh wording reaches (round 5 measured 53 to
     * 63 % before it was tuned on); they guard against a rule change that generalises worse.
     */
    private static final double FLAGGED_FLOOR = 0.88;
    private static final double ERROR_FLOOR = 0.83;

    private final GuideCheck check = GuideCheck.standard();

    @Test
    void printsTheFiguresPerLanguage() {
        for (LetterLocale locale : Examples.locales()) {
            System.out.println(measure(locale).report("unseen"));
        }
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void flagsUnseenHostilityWithoutFalseAlarms(LetterLocale locale) {
        measure(locale).assertHolds(60, FLAGGED_FLOOR, ERROR_FLOOR);
    }

    private ToneCorpus.Figures measure(LetterLocale locale) {
        return ToneCorpus.measure(check, locale, "unseen_hostile_" + locale.code() + ".txt",
                "unseen_neutral_" + locale.code() + ".txt");
    }
}
