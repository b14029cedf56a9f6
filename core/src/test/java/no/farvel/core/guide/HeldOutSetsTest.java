package no.farvel.core.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.farvel.localization.LetterLocale;

/**
 * Held-out sets kept in the repository but outside the corpora ({@code /heldout/}, which the tone model never learns
 * from), so that a set measured at the end of one stop survives to be learnt or measured again at the next: blind 98
 * (80 hostile, 50 neutral a language, ten food, hospitality and event services) and the hard neutral set 87n (150 a
 * language, fifteen trades, five in health, care or wellbeing and five IT, software or digital services), written at
 * stop 51 by helpers who never saw the rules, the corpora or the model, to the briefs in {@code /heldout/briefs/}, and
 * never read while the check was changed: only the figures were printed. Measured first on stop 51's check with the
 * tone model overruling the rules (rounds 164–167 learnt) and on its finished check (rounds 168–170 learnt too, the
 * rest of a sentence after warm words read again): blind 98 flagged 76, 76, 77 and then 75, 75, 78 of 80 (nb, nn, en),
 * errors on blame, insults and contempt 37, 37 and 37 of 38 both times, false alarms 1, 2, 1 of 50 both times; 87n
 * raised a finding on 7, 9, 4 and then 8, 8, 4 of 150 polite sentences, the figures below. Stop 50's check (b3d1356) on
 * the same sets: 76, 75, 77; 37, 37, 37; 1, 3, 2; and 9, 7, 5. The test holds the figures within two sentences, so a
 * change that costs fresh text more than noise shows here before the sets are learnt; once a set is learnt (moved into
 * /guide/ as a round), its entry goes.
 */
class HeldOutSetsTest {
    /** Per set and language: flagged, errors, false alarms, as measured on the finished check. */
    private static final Map<String, Map<String, int[]>> MEASURED = Map.of(
            "blind98.tsv",
            Map.of("nb", new int[] {75, 37, 1}, "nn", new int[] {75, 37, 2}, "en", new int[] {78, 37, 1}),
            "neutral87.tsv", Map.of("nb", new int[] {0, 0, 8}, "nn", new int[] {0, 0, 8}, "en", new int[] {0, 0, 4}));
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
