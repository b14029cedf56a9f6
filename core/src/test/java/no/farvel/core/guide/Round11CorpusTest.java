package no.farvel.core.guide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.farvel.localization.LetterLocale;

/**
 * Rounds 11 and 12: training data for the tone model, each 150 hostile and 120 neutral sentences per language,
 * written by two helpers who never saw the rules, the corpora or the model (round 11 mostly hostility in calm, polite
 * sentences; round 12 as staff of small firms fed up with one client, slang, idioms and text tricks included). The
 * rules were not written from them (a few rules were narrowed where their neutral sentences raised a finding); the
 * model learns from them, so the hostile figures here are not held-out ones, and a regularised model does not learn
 * every sentence it sees: the test holds that at least nine in ten are caught, and that no neutral sentence raises a
 * finding.
 */
class Round11CorpusTest {
    private final GuideCheck check = GuideCheck.standard();

    @Test
    void printsTheFiguresPerLanguage() {
        for (LetterLocale locale : Examples.locales()) {
            System.out.println(ToneCorpus.round(check, locale, "round11").report("round11"));
            System.out.println(ToneCorpus.round(check, locale, "round12").report("round12"));
        }
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void catchesNineInTenHostileSentencesWithoutFalseAlarms(LetterLocale locale) {
        ToneCorpus.round(check, locale, "round11").assertHolds(120, 0.90, 0.90);
        ToneCorpus.round(check, locale, "round12").assertHolds(120, 0.90, 0.90);
    }
}
