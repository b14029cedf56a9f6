package no.farvel.core.guide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.farvel.localization.LetterLocale;

/**
 * The tone rules against round 7 ({@code round7_*}): hostile sentences mostly without a rude word (blame by cause and
 * counterfactual, contempt by comparison and condescension, figurative incompetence, mock gratitude, rhetorical
 * questions, generalisations about the client's business), written before the structure rules of the seventh rework
 * and measured with the rules as they were (flagged nb 32/126, nn 29/126, en 48/126; errors on blame, insult and
 * contempt nb 18/78, nn 17/78, en 26/78; false alarms 0 in each). The neutral half shares their
 * structures: conditionals, responsibility that passes under the agreement, comparisons, thanks and real questions.
 */
class Round7CorpusTest {
    private final GuideCheck check = GuideCheck.standard();

    @Test
    void printsTheFiguresPerLanguage() {
        for (LetterLocale locale : Examples.locales()) {
            System.out.println(measure(locale).report("round7"));
        }
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void flagsTheStructuresItWasWidenedForWithoutFalseAlarms(LetterLocale locale) {
        measure(locale).assertHolds(120, 0.95, 0.90);
    }

    private ToneCorpus.Figures measure(LetterLocale locale) {
        return ToneCorpus.measure(check, locale, "round7_hostile_" + locale.code() + ".txt",
                "round7_neutral_" + locale.code() + ".txt");
    }
}
