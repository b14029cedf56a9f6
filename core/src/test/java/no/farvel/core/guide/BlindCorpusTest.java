package no.farvel.core.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.farvel.localization.LetterLocale;

/**
 * The tone rules against the blind set ({@code blind_*}): sentences written before the rules were reworked for
 * generalisation, measured once with the old rules and never used to tune the new ones. It shows how the check does
 * on wording nobody tuned it for.
 */
class BlindCorpusTest {
    private final GuideCheck check = GuideCheck.standard();

    @Test
    void printsTheFiguresPerLanguage() {
        for (LetterLocale locale : Examples.locales()) {
            ToneCorpus.Figures figures = measure(locale);
            System.out.println(figures.line("blind"));
            figures.missed().forEach(m -> System.out.println("  missed: " + m));
            figures.alarms().forEach(a -> System.out.println("  false alarm: " + a));
        }
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void judgesUnseenSentencesAsTheTunedOnes(LetterLocale locale) {
        ToneCorpus.Figures figures = measure(locale);
        assertThat(figures.hostile()).isGreaterThanOrEqualTo(60);
        assertThat(figures.neutral()).isGreaterThanOrEqualTo(60);
        assertThat(figures.falseAlarms()).as("false alarms: %s", figures.alarms()).isZero();
    }

    private ToneCorpus.Figures measure(LetterLocale locale) {
        return ToneCorpus.measure(check, locale, "blind_hostile_" + locale.code() + ".txt",
                "blind_neutral_" + locale.code() + ".txt");
    }
}
