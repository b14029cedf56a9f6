package no.farvel.core.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.farvel.localization.LetterLocale;

/**
 * Held-out sets kept in the repository but outside the corpora ({@code /heldout/}, which the tone model never learns
 * from), so that a set measured at the end of one stop survives to be learnt or measured again at the next: blind 79
 * (80 hostile, 50 neutral a language, ten town trades) and the hard neutral set 76n (150 a language), written at stop 48
 * by helpers who never saw the rules, the corpora or the model, to the briefs in {@code /heldout/briefs/}, and never
 * read while the check was changed. Measured first on 7b49bd3 (rounds 134 to 137 learnt, client nouns read by the
 * model), blind 79 was flagged 75, 77 and 77 of 80 (nb, nn, en), errors on blame, insults and contempt 35, 38 and 37
 * of 38, false alarms 3, 3 and 3 of 50, the same as on stop 47's check; 76n raised a finding on 9, 12 and 9 of 150
 * polite sentences (stop 47's check 9, 15, 9). On stop 48's finished check, with blind 80 and 81 and 77n learnt:
 * 75, 77, 76; 35, 38, 37; 3, 3, 2; and 10, 12, 8, the figures below. The test holds those figures within two
 * sentences, so a change that costs fresh text more than noise shows here before the sets are learnt; once a set is
 * learnt (moved into /guide/ as a round), its entry goes.
 */
class HeldOutSetsTest {
    /** Per set and language: flagged, errors, false alarms, as measured on the finished check. */
    private static final Map<String, Map<String, int[]>> MEASURED = Map.of(
            "blind79.tsv", Map.of("nb", new int[] {75, 35, 3}, "nn", new int[] {77, 38, 3}, "en", new int[] {76, 37, 2}),
            "neutral76.tsv", Map.of("nb", new int[] {0, 0, 10}, "nn", new int[] {0, 0, 12}, "en", new int[] {0, 0, 8}));
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
