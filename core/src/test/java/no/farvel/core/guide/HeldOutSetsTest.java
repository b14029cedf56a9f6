package no.farvel.core.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.farvel.localization.LetterLocale;

/**
 * Held-out sets kept in the repository but outside the corpora ({@code /heldout/}, which the tone model never learns
 * from), so that a set measured at the end of one stop survives to be learnt or measured again at the next: blind 83
 * (80 hostile, 50 neutral a language, ten food, drink and hospitality suppliers) and the hard neutral set 79n (150 a
 * language, fifteen trades, five in building and property and five food and drink suppliers), written at stop 49 by
 * helpers who never saw the rules, the corpora or the model, to the briefs in {@code /heldout/briefs/}, and never read
 * while the check was changed: only the figures were printed. Measured first on 6f3b633 (stop 48's check), blind 83 was
 * flagged 77, 76 and 76 of 80 (nb, nn, en), errors on blame, insults and contempt 36, 35 and 37 of 38, false alarms 2,
 * 1 and 0 of 50; 79n raised a finding on 11, 11 and 6 of 150 polite sentences. On stop 49's finished check (blind 79
 * and 82 to 90 and 76n and 78n to 83n learnt as rounds 141 to 155; the commit messages give the figures after each
 * step): 77, 76, 78; 36, 35, 38; 1, 1, 0; and 9, 7, 4, the figures below. The test holds those figures within two
 * sentences, so a change that costs fresh text more than noise shows here before the sets are learnt; once a set is
 * learnt (moved into /guide/ as a round), its entry goes.
 */
class HeldOutSetsTest {
    /** Per set and language: flagged, errors, false alarms, as measured on the finished check. */
    private static final Map<String, Map<String, int[]>> MEASURED = Map.of(
            "blind83.tsv", Map.of("nb", new int[] {77, 36, 1}, "nn", new int[] {76, 35, 1}, "en", new int[] {78, 38, 0}),
            "neutral79.tsv", Map.of("nb", new int[] {0, 0, 9}, "nn", new int[] {0, 0, 7}, "en", new int[] {0, 0, 4}));
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
