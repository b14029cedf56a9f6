package no.farvel.core.guide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.farvel.localization.LetterLocale;

/**
 * The tone rules against round 6 ({@code round6_*}): sentences written before the sixth rework of the rules and
 * measured with the rules as they were (flagged nb 38/108, nn 39/108, en 51/108; false alarms nb 0, nn 1, en 2), then
 * used to widen the vocabularies and structures. The neutral half holds the words the new rules could mistake (clear,
 * simple, sure, grateful, reassuring, responsibility, fault), so it guards precision as much as the hostile half
 * guards recall.
 */
class Round6CorpusTest {
    private final GuideCheck check = GuideCheck.standard();

    @Test
    void printsTheFiguresPerLanguage() {
        for (LetterLocale locale : Examples.locales()) {
            System.out.println(measure(locale).report("round6"));
        }
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void flagsTheRoundItWasWidenedForWithoutFalseAlarms(LetterLocale locale) {
        measure(locale).assertHolds(100, 0.95, 0.90);
    }

    private ToneCorpus.Figures measure(LetterLocale locale) {
        return ToneCorpus.measure(check, locale, "round6_hostile_" + locale.code() + ".txt",
                "round6_neutral_" + locale.code() + ".txt");
    }
}
