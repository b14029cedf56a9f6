package no.farvel.core.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.farvel.localization.LetterLocale;

/**
 * Held-out sets kept in the repository but outside the corpora ({@code /heldout/}, which the tone model never learns
 * from), so that a set measured at the end of one stop survives to be learnt or measured again at the next. Blind 114
 * (80 hostile, 50 neutral a language, ten health, care and wellbeing services) and the hard neutral set 101n (150 a
 * language, fifteen trades, at least five energy or utility and five food or hospitality services), written during
 * stop 56 by helpers who never saw the rules, the corpora or the model, to the briefs in {@code /heldout/briefs/}, and
 * never read while the check was changed: only the figures were printed. Measured first on 047ea98: blind 114 flagged
 * 77, 76 and 78 of 80 (nb, nn, en), errors on blame, insults and contempt 37, 36 and 37 of 38, false alarms 0, 0 and 3
 * of 50; 101n raised a finding on 3, 6 and 9 of 150 polite sentences; on stop 56's finished check (blind 111 and 98n
 * learnt as well, rounds 197–198, the model retrained a third time) the figures below. The test holds the figures
 * within two sentences, so a change that costs fresh text more than noise shows here before the sets are learnt; once
 * a set is learnt (moved into /guide/ as a round), its entry goes. Beside them, helpers' probes of the rule mends of
 * stops 53 to 56 (reviewNN.tsv: hostile sentences that reuse a mend's wording to slip blame or mockery through it, and
 * polite ones of the same shape; figures when written in the stops' notes and the README). review56.tsv probes the
 * first mends of stop 56 (18, 18, 14 hostile and as many polite; on 574e262 flagged 15, 16, 14 at 5, 5, 4 false
 * alarms; the first mends let "Dere skal ikke ha noen skyld for at pumpa røk, sier dere, men det var dere som …"
 * through, so "skal ikke ha noen skyld" now clears only without a "men" or a "sier dere"). review56b.tsv probes the
 * second (26, 26, 18 hostile and as many polite, brief in {@code /heldout/briefs/review56b.md}; on 44f53a1 flagged 24,
 * 25, 15 at 12, 10, 7 false alarms). review56c.tsv probes the third (14, 14, 12 hostile and as many polite; on 44f53a1
 * flagged 14, 12, 12 at 6, 6, 0; the first mends let "Dere endret alltid bestillingen …, og det gjorde beslutningen om
 * å si opp avtalen mye enklere" through, and "you always … made it easier" was dropped).
 */
class HeldOutSetsTest {
    /** Per set and language: flagged, errors, false alarms, as measured on the finished check. */
    private static final Map<String, Map<String, int[]>> MEASURED = Map.ofEntries(
            Map.entry("blind114.tsv",
                    figures(new int[] {77, 37, 0}, new int[] {76, 36, 0}, new int[] {78, 37, 3})),
            Map.entry("neutral101.tsv",
                    figures(new int[] {0, 0, 4}, new int[] {0, 0, 6}, new int[] {0, 0, 8})),
            Map.entry("review53.tsv",
                    figures(new int[] {27, 16, 0}, new int[] {26, 17, 1}, new int[] {16, 11, 1})),
            Map.entry("review54.tsv",
                    figures(new int[] {17, 8, 5}, new int[] {20, 10, 5}, new int[] {18, 5, 6})),
            Map.entry("review55.tsv",
                    figures(new int[] {14, 7, 4}, new int[] {13, 6, 6}, new int[] {15, 8, 2})),
            Map.entry("review55b.tsv",
                    figures(new int[] {31, 8, 7}, new int[] {14, 3, 3}, new int[] {24, 4, 0})),
            Map.entry("review55c.tsv",
                    figures(new int[] {14, 7, 2}, new int[] {15, 9, 2}, new int[] {9, 4, 3})),
            Map.entry("review56.tsv",
                    figures(new int[] {16, 5, 2}, new int[] {16, 8, 3}, new int[] {13, 7, 3})),
            Map.entry("review56b.tsv",
                    figures(new int[] {24, 12, 6}, new int[] {25, 13, 4}, new int[] {15, 8, 3})),
            Map.entry("review56c.tsv",
                    figures(new int[] {14, 6, 1}, new int[] {12, 5, 3}, new int[] {12, 4, 0})));
    private static final int NOISE = 2;

    /** Flagged, errors and false alarms in bokmål, nynorsk and English. */
    private static Map<String, int[]> figures(int[] nb, int[] nn, int[] en) {
        return Map.of("nb", nb, "nn", nn, "en", en);
    }

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
