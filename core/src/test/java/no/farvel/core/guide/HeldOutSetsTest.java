package no.farvel.core.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.farvel.localization.LetterLocale;

/**
 * Held-out sets kept in the repository but outside the corpora ({@code /heldout/}, which the tone model never learns
 * from), so that a set measured at the end of one stop survives to be learnt or measured again at the next: blind 72
 * (80 hostile, 50 neutral a language) and the hard neutral set 75n (150 a language), written at stop 47 by helpers who
 * never saw the rules, the corpora or the model, to the briefs rewritten at stop 47, and never read while the check was
 * changed. Measured first on 80b46cb (blind 70-71 and 73n-74n learnt, masked and spelt-out words read), blind 72 was
 * flagged 76, 74 and 71 of 80 (nb, nn, en), errors on blame, insults and contempt 36, 36 and 33 of 38, false alarms 1,
 * 2 and 2 of 50 (on stop 46's check 74, 74, 71; 34, 36, 33; 1, 2, 2), and 75n raised a finding on 13, 7 and 19 of 150
 * polite sentences (stop 46's check 14, 9, 21). On stop 47's finished check, with blind 73 to 76 learnt: 78, 74, 70;
 * 38, 36, 32; 1, 2, 2; and 14, 7, 19, the figures below. The
 * test holds those figures within two sentences, so a change that costs fresh text more than noise shows here before
 * the sets are learnt; once a set is learnt (moved into /guide/ as a round), its entry goes.
 */
class HeldOutSetsTest {
    /** Per set and language: flagged, errors, false alarms, as measured once. */
    private static final Map<String, Map<String, int[]>> MEASURED = Map.of(
            "blind72.tsv", Map.of("nb", new int[] {78, 38, 1}, "nn", new int[] {74, 36, 2}, "en", new int[] {70, 32, 2}),
            "neutral75.tsv", Map.of("nb", new int[] {0, 0, 14}, "nn", new int[] {0, 0, 7}, "en", new int[] {0, 0, 19}));
    private static final int NOISE = 2;

    private final GuideCheck check = GuideCheck.standard();

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void freshSetsScoreAsTheyDidWhenMeasured(LetterLocale locale) {
        for (Map.Entry<String, Map<String, int[]>> set : MEASURED.entrySet()) {
            List<String[]> rows = HeldOutSet.rows(Examples.heldOut(set.getKey()), locale);
            HeldOutSet.Counts counts = HeldOutSet.count(check, locale, rows, true);
            System.out.println(counts.line(set.getKey(), locale.code()));
            int[] measured = set.getValue().get(locale.code());
            String name = set.getKey() + " " + locale.code();
            assertThat(counts.flagged()).as(name + " flagged").isGreaterThanOrEqualTo(measured[0] - NOISE);
            assertThat(counts.errors()).as(name + " errors").isGreaterThanOrEqualTo(measured[1] - NOISE);
            assertThat(counts.alarms()).as(name + " false alarms").isLessThanOrEqualTo(measured[2] + NOISE);
        }
    }
}
