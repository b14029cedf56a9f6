package no.farvel.core.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.farvel.localization.LetterLocale;

/**
 * Held-out sets kept in the repository but outside the corpora ({@code /heldout/}, which the tone model never learns
 * from), so that a set measured at the end of one stop survives to be learnt or measured again at the next: blind 109
 * (80 hostile, 50 neutral a language, ten agriculture, animal and garden services) and the hard neutral set 96n (150 a
 * language, fifteen trades, at least five security, safety or inspection and five education or public-sector
 * suppliers), written at stop 55 by helpers who never saw the rules, the corpora or the model, to the briefs in
 * {@code /heldout/briefs/}, and never read while the check was changed: only the figures were printed. Measured first
 * on stop 54's check (e30a1df): blind 109 flagged 76, 76 and 76 of 80 (nb, nn, en), errors on blame, insults and
 * contempt 35, 35 and 36 of 38, false alarms 1, 0 and 2 of 50; 96n raised a finding on 3, 7 and 5 of 150 polite
 * sentences. On stop 55's check (rounds 185–188 learnt, the rules' mends, the model retrained), the figures below:
 * blind 109 flagged 76, 79 and 75, errors 35, 37 and 35, false alarms 1, 0 and 2; 96n 3, 6 and 5. A second pair, blind
 * 111 (ten security, safety and inspection services) and 98n (fifteen trades, at least five transport, logistics or
 * vehicle and five media, publishing or printing services), was written at the end of stop 55 and measured once, on its
 * finished check (b5d0e4e): blind 111 flagged 78, 75 and 75, errors 37, 36 and 37, false alarms 0, 0 and 1; 98n 7, 7
 * and 5. The test holds the figures within two sentences, so a change that costs fresh text more than noise shows here
 * before the sets are learnt; once a set is learnt (moved into /guide/ as a round), its entry goes. Beside them,
 * review53.tsv: a helper's probes of stop 53's rule mends (28, 28 and 16 hostile sentences that reuse a mend's wording
 * to slip blame or mockery through it, 21, 21 and 12 polite ones of the same shape); on stop 52's check (0eda5b0) they
 * gave flagged 26, 26, 12, errors 16, 17, 9 and false alarms 5, 5, 4. And review54.tsv: probes of stop 54's mends (26
 * hostile, 26 polite a language, two of each for thirteen mends); on stop 53's check (07685f8) flagged 17, 21, 18,
 * errors 8, 10, 5 of 10, 12, 8 and false alarms 7, 7, 8. And review55.tsv: probes of stop 55's mends (two hostile and
 * two polite for each of seven Norwegian mends in nb and nn, 14 + 14, and for six English mends and English forms of
 * two Norwegian ones, 16 + 16); on stop 54's check (e30a1df) flagged 14, 13, 15 at 6, 8, 8 false alarms; the first
 * mends let 4, 1 and 2 hostile probes through ("Kan vi få lov til å si at ingen … har betalt så sent som dere?", "Who
 * has ever taken as long … as your marketing team?") and were narrowed; finished 14, 13, 15 at 4, 6, 2. And
 * review55b.tsv: a second helper's probes of the same mends when it reviewed the change (32, 14, 24 hostile, 21, 10, 1
 * polite: "Ingen har vært så flinke til å glemme fakturaer som dere?", "Ha, visst var det ikke deres skyld …", product
 * names in quotation marks, «Herlig»); on e30a1df flagged 31, 13, 24 at 15, 7, 0 false alarms, finished 30, 13, 24 at
 * 8, 3, 0. And review55c.tsv: a third set of probes, of the mends for blind 110 and 97n (16, 16, 14 hostile and as many
 * polite); on e30a1df flagged 14, 14, 9 at 3, 3, 3 false alarms; the first mends let 2 and 1 hostile probes through
 * ("Den ødelagte stigen var vår egen, og det var dere som knuste den", "…, men vi veit godt kven som bar dei ut til
 * bilen"), whose exclusions became denials that hold only without a "men" in the sentence; finished 14, 15, 9 at 2, 2,
 * 3.
 */
class HeldOutSetsTest {
    /** Per set and language: flagged, errors, false alarms, as measured on the finished check. */
    private static final Map<String, Map<String, int[]>> MEASURED = Map.of(
            "blind109.tsv",
            Map.of("nb", new int[] {76, 35, 1}, "nn", new int[] {79, 37, 0}, "en", new int[] {75, 35, 2}),
            "neutral96.tsv", Map.of("nb", new int[] {0, 0, 3}, "nn", new int[] {0, 0, 6}, "en", new int[] {0, 0, 5}),
            "blind111.tsv",
            Map.of("nb", new int[] {78, 37, 0}, "nn", new int[] {75, 36, 0}, "en", new int[] {75, 37, 1}),
            "neutral98.tsv", Map.of("nb", new int[] {0, 0, 7}, "nn", new int[] {0, 0, 7}, "en", new int[] {0, 0, 5}),
            "review53.tsv",
            Map.of("nb", new int[] {27, 16, 0}, "nn", new int[] {26, 17, 1}, "en", new int[] {16, 11, 1}),
            "review54.tsv",
            Map.of("nb", new int[] {17, 8, 5}, "nn", new int[] {20, 10, 5}, "en", new int[] {18, 5, 6}),
            "review55.tsv",
            Map.of("nb", new int[] {14, 7, 4}, "nn", new int[] {13, 6, 6}, "en", new int[] {15, 8, 2}),
            "review55b.tsv",
            Map.of("nb", new int[] {30, 8, 8}, "nn", new int[] {13, 3, 3}, "en", new int[] {24, 4, 0}),
            "review55c.tsv",
            Map.of("nb", new int[] {14, 7, 2}, "nn", new int[] {15, 9, 2}, "en", new int[] {9, 4, 3}));
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
