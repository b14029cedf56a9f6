package no.farvel.core.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.farvel.localization.LetterLocale;

/**
 * Held-out sets kept in the repository but outside the corpora ({@code /heldout/}, which the tone model never learns
 * from), so that a set measured at the end of one stop survives to be learnt or measured again at the next: blind 103
 * (80 hostile, 50 neutral a language, ten professional and business services) and the hard neutral set 90n (150 a
 * language, fifteen trades, five professional or business services and five cleaning, facilities, sport or leisure
 * services), written at stop 52 by helpers who never saw the rules, the corpora or the model, to the briefs in
 * {@code /heldout/briefs/}, and never read while the check was changed: only the figures were printed. Measured first on
 * stop 51's check (5fdc2ed): blind 103 flagged 69, 77 and 75 of 80 (nb, nn, en), errors on blame, insults and contempt
 * 33, 38 and 34 of 38, false alarms 3, 1 and 1 of 50; 90n raised a finding on 7, 9 and 8 of 150 polite sentences. On
 * stop 52's check (rounds 171–176 learnt, the tone model's opening features, the denial and rule mends), the figures
 * below: blind 103 flagged 70, 78 and 74, errors 33, 38 and 34, false alarms 3, 1 and 1; 90n 6, 8 and 7. The test
 * holds the figures within two sentences, so a change that costs fresh text more than noise shows here before the sets
 * are learnt; once a set is learnt (moved into /guide/ as a round), its entry goes.
 */
class HeldOutSetsTest {
    /** Per set and language: flagged, errors, false alarms, as measured on the finished check. */
    private static final Map<String, Map<String, int[]>> MEASURED = Map.of(
            "blind103.tsv",
            Map.of("nb", new int[] {70, 33, 3}, "nn", new int[] {78, 38, 1}, "en", new int[] {74, 34, 1}),
            "neutral90.tsv", Map.of("nb", new int[] {0, 0, 6}, "nn", new int[] {0, 0, 8}, "en", new int[] {0, 0, 7}));
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
