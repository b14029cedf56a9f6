package no.farvel.core.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

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
 *
 * <p>Round 9b ({@code round9b_*}) was written after the rework, in fresh wording of the same five kinds, and measured
 * once: flagged nb 9/30, nn 10/30, en 14/30; errors nb 5/18, nn 6/18, en 8/18; false alarms 0/30 in each. That is the
 * honest estimate of how the round 9 structures do on wording they were not written for, far under round 9's own
 * figures; the rules were not tuned on 9b, so its test holds what it reached and no false alarm.
 */
class Round9CorpusTest {
    /** What round 9b reached when it was measured once: sentences flagged and errors, per language. */
    private static final Map<String, int[]> ROUND_9B_REACHED = Map.of("nb", new int[] {9, 5}, "nn", new int[] {10, 6},
            "en", new int[] {14, 8});
    private final GuideCheck check = GuideCheck.standard();

    @Test
    void printsTheFiguresPerLanguage() {
        ToneCorpus.printRounds(check, "round9", "round9b");
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void flagsTheStructuresItWasWidenedForWithoutFalseAlarms(LetterLocale locale) {
        ToneCorpus.round(check, locale, "round9").assertHolds(60, 0.95, 0.90);
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void keepsWhatTheProbeWrittenAfterTheRulesReachedWithoutFalseAlarms(LetterLocale locale) {
        ToneCorpus.Figures figures = ToneCorpus.round(check, locale, "round9b");
        int[] reached = ROUND_9B_REACHED.get(locale.code());
        assertThat(figures.hostile()).isEqualTo(30);
        assertThat(figures.neutral()).isEqualTo(30);
        assertThat(figures.flagged()).as("flagged; missed: %s", figures.missed()).isGreaterThanOrEqualTo(reached[0]);
        assertThat(figures.errors()).as("errors; missed: %s", figures.missed()).isGreaterThanOrEqualTo(reached[1]);
        assertThat(figures.alarms()).as("false alarms").isEmpty();
    }
}
