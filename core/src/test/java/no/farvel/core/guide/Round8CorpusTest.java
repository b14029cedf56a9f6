package no.farvel.core.guide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.farvel.localization.LetterLocale;

/**
 * The tone rules against round 8 ({@code round8_*}): hostility without a rude word written to test generalisation
 * (fault placed with the client in passive and impersonal form, motives, comparisons with other clients, reproach,
 * generalisations, contempt for the client's people), written before the eighth rework and measured with the rules as
 * they were (flagged nb 32/64, nn 31/64, en 42/66; errors on blame, insult and contempt nb 22/51, nn 21/51, en 28/53;
 * false alarms 0 in each). The neutral half shares their words as a polite letter uses them, with precision probes
 * added after the rules. Round 8b ({@code round8b_*}) was written after the first pass and measured once before the
 * second (flagged nb 15/30, nn 15/30, en 18/30; errors nb 10/24, nn 9/24, en 14/24; false alarms 0/30 each): the
 * honest estimate of how the round 8 structures do on wording they were not written for.
 */
class Round8CorpusTest {
    private final GuideCheck check = GuideCheck.standard();

    @Test
    void printsTheFiguresPerLanguage() {
        ToneCorpus.printRounds(check, "round8", "round8b");
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void flagsTheStructuresItWasWidenedForWithoutFalseAlarms(LetterLocale locale) {
        ToneCorpus.round(check, locale, "round8").assertHolds(60, 0.95, 0.90);
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void keepsTheProbeWrittenAfterTheRules(LetterLocale locale) {
        ToneCorpus.round(check, locale, "round8b").assertHolds(30, 0.95, 0.90);
    }
}
