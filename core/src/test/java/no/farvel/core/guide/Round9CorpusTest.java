package no.farvel.core.guide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.farvel.localization.LetterLocale;

/**
 * The tone rules against round 9 ({@code round9_*}): the five kinds a held-out set showed the rules missing (contempt
 * by comparison with other clients, sarcasm through scare quotes and ironic praise, hostile characterisation without a
 * rude word, blame put wholly on the client with no word for fault, accusations of stealing, copying, lying and
 * cheating), written before the ninth rework and measured with the rules as they were: flagged nb 15/65, nn 14/65,
 * en 17/65; errors on blame, insult and contempt nb 7/39, nn 7/39, en 10/39; false alarms 0/48 in each. After the
 * rework: flagged 65/65 and errors 39/39 in each language, no false alarm on the neutral half, which has the precision
 * probes written after the first pass added (nb 110, nn 99, en 97 sentences).
 */
class Round9CorpusTest {
    private final GuideCheck check = GuideCheck.standard();

    @Test
    void printsTheFiguresPerLanguage() {
        for (LetterLocale locale : Examples.locales()) {
            System.out.println(ToneCorpus.round(check, locale, "round9").report("round9"));
        }
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void flagsTheStructuresItWasWidenedForWithoutFalseAlarms(LetterLocale locale) {
        ToneCorpus.round(check, locale, "round9").assertHolds(60, 0.95, 0.90);
    }
}
