package no.farvel.core.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.farvel.localization.LetterLocale;

/**
 * Held-out sets kept in the repository but outside the corpora ({@code /heldout/}, which the tone model never learns
 * from), so that a set measured at the end of one stop survives to be learnt or measured again at the next: blind 111
 * (80 hostile, 50 neutral a language, ten security, safety and inspection services) and the hard neutral set 98n (150
 * a language, fifteen trades, at least five transport, logistics or vehicle and five media, publishing or printing
 * services), written at the end of stop 55 by helpers who never saw the rules, the corpora or the model, to the briefs
 * in {@code /heldout/briefs/}, and never read while the check was changed: only the figures were printed. Measured
 * first on stop 55's check (b5d0e4e): blind 111 flagged 78, 75 and 75 of 80 (nb, nn, en), errors on blame, insults and
 * contempt 37, 36 and 37 of 38, false alarms 0, 0 and 1 of 50; 98n raised a finding on 7, 7 and 5 of 150 polite
 * sentences. On stop 56's check (blind 109, 112 and 96n, 99n learnt as rounds 191–194, the rules' mends, firm rules, the
 * model retrained), the figures below. The test holds the figures within two sentences, so a change that costs fresh
 * text more than noise shows here before the sets are learnt; once a set is learnt (moved into /guide/ as a round), its
 * entry goes. Beside them, review53.tsv: a helper's probes of stop 53's rule mends (28, 28 and 16 hostile sentences
 * that reuse a mend's wording to slip blame or mockery through it, 21, 21 and 12 polite ones of the same shape); on stop
 * 52's check (0eda5b0) they gave flagged 26, 26, 12, errors 16, 17, 9 and false alarms 5, 5, 4. And review54.tsv:
 * probes of stop 54's mends (26 hostile, 26 polite a language, two of each for thirteen mends); on stop 53's check
 * (07685f8) flagged 17, 21, 18, errors 8, 10, 5 of 10, 12, 8 and false alarms 7, 7, 8. And review55.tsv, review55b.tsv
 * and review55c.tsv: three helpers' probes of stop 55's mends (figures in the stop's note and README; the first mends
 * let hostile probes such as "Kan vi få lov til å si at ingen … har betalt så sent som dere?" and "Den ødelagte
 * stigen var vår egen, og det var dere som knuste den" through and were narrowed). And review56.tsv: probes of stop 56's
 * mends (18, 18 and 14 hostile and as many polite, two of each a mend; brief in {@code /heldout/briefs/review56.md});
 * on stop 55's check (574e262) flagged 15, 16, 14 at 5, 5, 4 false alarms; the first mends let "Dere skal ikke ha noen
 * skyld for at pumpa røk, sier dere, men det var dere som …" and its nynorsk twin through ("skal ikke ha noen skyld"
 * now clears only without a "men" or a "sier dere"), and a crayon drawn for us still read as mockery; finished 16, 16,
 * 13 at 2, 3, 3.
 */
class HeldOutSetsTest {
    /** Per set and language: flagged, errors, false alarms, as measured on the finished check. */
    private static final Map<String, Map<String, int[]>> MEASURED = Map.of(
            "blind111.tsv",
            Map.of("nb", new int[] {78, 37, 0}, "nn", new int[] {75, 36, 0}, "en", new int[] {74, 37, 1}),
            "neutral98.tsv", Map.of("nb", new int[] {0, 0, 6}, "nn", new int[] {0, 0, 7}, "en", new int[] {0, 0, 5}),
            "review53.tsv",
            Map.of("nb", new int[] {27, 16, 0}, "nn", new int[] {26, 17, 1}, "en", new int[] {16, 11, 1}),
            "review54.tsv",
            Map.of("nb", new int[] {17, 8, 5}, "nn", new int[] {20, 10, 5}, "en", new int[] {18, 5, 6}),
            "review55.tsv",
            Map.of("nb", new int[] {14, 7, 4}, "nn", new int[] {13, 6, 6}, "en", new int[] {15, 8, 2}),
            "review55b.tsv",
            Map.of("nb", new int[] {30, 8, 8}, "nn", new int[] {13, 3, 3}, "en", new int[] {24, 4, 0}),
            "review55c.tsv",
            Map.of("nb", new int[] {14, 7, 2}, "nn", new int[] {15, 9, 2}, "en", new int[] {9, 4, 3}),
            "review56.tsv",
            Map.of("nb", new int[] {16, 5, 2}, "nn", new int[] {16, 8, 3}, "en", new int[] {13, 7, 3}));
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
