package no.farvel.core.guide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.farvel.localization.LetterLocale;

/**
 * The tone rules against round 8 ({@code round8_*}): hostility without a rude word written to test generalisation
 * (fault placed with the client in passive and impersonal form, motives, comparisons with other clients, reproach,
 * generalisations, contempt for the client's people), written before the eighth rework and measured with the rules as
 * they were. The neutral half shares their words as a polite letter uses them.
 */
class Round8CorpusTest {
    private final GuideCheck check = GuideCheck.standard();

    @Test
    void printsTheFiguresPerLanguage() {
        for (LetterLocale locale : Examples.locales()) {
            System.out.println(ToneCorpus.round(check, locale, "round8").report("round8"));
        }
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void flagsTheStructuresItWasWidenedForWithoutFalseAlarms(LetterLocale locale) {
        ToneCorpus.round(check, locale, "round8").assertHolds(60, 0.95, 0.90);
    }
}
