package no.farvel.core.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.farvel.localization.LetterLocale;

/**
 * Held-out sets kept in the repository but outside the corpora ({@code /heldout/}, which the tone model never learns
 * from), so that a set measured at the end of one stop survives to be learnt or measured again at the next. All were
 * written by helpers who never saw the rules, the corpora or the model, to the briefs in {@code /heldout/briefs/}, and
 * never read while the check was changed: only the figures were printed. Blind 125 (80 hostile, 50 neutral a language,
 * ten food, hospitality and event services) and the hard neutral set 112n (150 a language, fifteen trades, at least
 * five transport, logistics or vehicle and five professional or business services), written at the end of stop 60 and
 * measured once on its finished check: flagged 78, 78 and 78 of 80 (nb, nn, en), errors on blame, insults and contempt
 * 38, 37 and 37 of 38, false alarms 4, 3 and 0 of 50; 112n raised a finding on 3, 6 and 4 of 150 polite sentences.
 * Blind 126 (ten health, care and wellbeing services) and 113n (at least five security, safety or inspection and five
 * agriculture, animal or garden services), written at the start of stop 61 and measured once on cd8226c (stop 60's
 * finished check, before any of stop 61's changes): flagged 77, 79 and 80 of 80, errors 37, 38 and 37 of 38, false
 * alarms 1, 2 and 0 of 50; 113n raised a finding on 3, 8 and 9 of 150. Blind 127 (ten tourism, travel and accommodation
 * services) and 114n (at least five education or public-sector and five IT, software or digital services), written at
 * the end of stop 61 and measured once on its finished check (cc23159). The figures below are those of stop 61's
 * finished check (blind 122, 123 and 109n, 110n learnt as rounds 217–220, the model retrained). The test holds them
 * within two sentences, so a change that costs fresh text more than noise shows here before the sets are learnt; once a
 * set is learnt (moved into /guide/ as a round), its entry goes. Beside them, helpers' probes of the rule mends of
 * stops 53 to 61 (reviewNN.tsv: hostile sentences that reuse a mend's wording to slip blame or mockery through it, and
 * polite ones of the same shape; their briefs, figures when written and what each showed are in {@code
 * heldout/briefs/README.md}).
 */
class HeldOutSetsTest {
    /** Per set and language: flagged, errors, false alarms, as measured on the finished check. */
    private static final Map<String, Map<String, int[]>> MEASURED = Map.ofEntries(
            Map.entry("blind125.tsv",
                    figures(new int[] {78, 38, 4}, new int[] {78, 37, 3}, new int[] {78, 37, 0})),
            Map.entry("blind126.tsv",
                    figures(new int[] {77, 37, 1}, new int[] {79, 38, 2}, new int[] {80, 37, 1})),
            Map.entry("neutral113.tsv",
                    figures(new int[] {0, 0, 3}, new int[] {0, 0, 8}, new int[] {0, 0, 9})),
            Map.entry("blind127.tsv",
                    figures(new int[] {77, 35, 1}, new int[] {77, 37, 3}, new int[] {80, 38, 0})),
            Map.entry("neutral114.tsv",
                    figures(new int[] {0, 0, 5}, new int[] {0, 0, 3}, new int[] {0, 0, 3})),
            Map.entry("neutral112.tsv",
                    figures(new int[] {0, 0, 3}, new int[] {0, 0, 6}, new int[] {0, 0, 4})),
            Map.entry("review53.tsv",
                    figures(new int[] {27, 16, 0}, new int[] {25, 16, 1}, new int[] {16, 11, 1})),
            Map.entry("review54.tsv",
                    figures(new int[] {15, 8, 3}, new int[] {21, 10, 3}, new int[] {18, 5, 6})),
            Map.entry("review55.tsv",
                    figures(new int[] {14, 7, 4}, new int[] {13, 6, 5}, new int[] {15, 8, 2})),
            Map.entry("review55b.tsv",
                    figures(new int[] {30, 8, 7}, new int[] {14, 3, 3}, new int[] {23, 4, 0})),
            Map.entry("review55c.tsv",
                    figures(new int[] {14, 7, 2}, new int[] {15, 9, 2}, new int[] {8, 4, 3})),
            Map.entry("review56.tsv",
                    figures(new int[] {16, 5, 2}, new int[] {15, 8, 3}, new int[] {13, 7, 3})),
            Map.entry("review56b.tsv",
                    figures(new int[] {24, 12, 6}, new int[] {25, 13, 3}, new int[] {14, 8, 3})),
            Map.entry("review56c.tsv",
                    figures(new int[] {14, 6, 1}, new int[] {12, 5, 3}, new int[] {12, 4, 0})),
            Map.entry("review57.tsv",
                    figures(new int[] {25, 13, 2}, new int[] {24, 13, 4}, new int[] {25, 13, 3})),
            Map.entry("review57b.tsv",
                    figures(new int[] {22, 13, 5}, new int[] {23, 11, 5}, new int[] {23, 12, 4})),
            Map.entry("review58.tsv",
                    figures(new int[] {16, 11, 3}, new int[] {20, 9, 2}, new int[] {17, 10, 3})),
            Map.entry("review58b.tsv",
                    figures(new int[] {16, 7, 7}, new int[] {18, 7, 6}, new int[] {17, 9, 5})),
            Map.entry("review59.tsv",
                    figures(new int[] {24, 10, 7}, new int[] {24, 10, 6}, new int[] {20, 9, 2})),
            Map.entry("review59b.tsv",
                    figures(new int[] {15, 4, 2}, new int[] {14, 5, 1}, new int[] {14, 6, 0})),
            Map.entry("review60.tsv",
                    figures(new int[] {31, 8, 2}, new int[] {30, 11, 3}, new int[] {30, 10, 5})),
            Map.entry("review60b.tsv",
                    figures(new int[] {26, 14, 4}, new int[] {32, 15, 4}, new int[] {26, 8, 5})),
            Map.entry("review61.tsv",
                    figures(new int[] {30, 14, 6}, new int[] {30, 14, 5}, new int[] {28, 14, 3})),
            Map.entry("review61b.tsv",
                    figures(new int[] {31, 15, 1}, new int[] {27, 12, 1}, new int[] {25, 15, 2})));
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
