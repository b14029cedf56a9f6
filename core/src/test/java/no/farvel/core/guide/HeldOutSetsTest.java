package no.farvel.core.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.farvel.localization.LetterLocale;

/**
 * Held-out sets kept in the repository but outside the corpora ({@code /heldout/}, which the tone model never learns
 * from), so that a set measured at the end of one stop survives to be learnt or measured again at the next. Blind 117
 * (80 hostile, 50 neutral a language, ten professional and business services) and the hard neutral set 104n (150 a
 * language, fifteen trades, at least five media, publishing or printing and five marine, maritime or harbour services),
 * written during stop 58 by helpers who never saw the rules, the corpora or the model, to the briefs in
 * {@code /heldout/briefs/}, and never read while the check was changed: only the figures were printed. Measured first
 * on 5f02bee (whose rules and model are stop 57's finished check, before any of stop 58's changes to the check): blind
 * 117 flagged 78, 78 and 77 of 80 (nb, nn, en), errors on blame, insults and contempt 38, 37 and 37 of 38, false alarms
 * 2, 3 and 0 of 50; 104n raised a finding on 7, 7 and 6 of 150 polite sentences; on stop 58's finished check (blind 115
 * and 102n learnt as rounds 203–204, the model retrained) the figures below. The test holds the figures within two
 * sentences, so a change that costs fresh text more than noise shows here before the sets are learnt; once a set is
 * learnt (moved into /guide/ as a round), its entry goes. Beside them, helpers' probes of the rule mends of stops 53 to
 * 58 (reviewNN.tsv: hostile sentences that reuse a mend's wording to slip blame or mockery through it, and polite ones
 * of the same shape; figures when written in the stops' notes and the README). review57.tsv probes stop 57's four new
 * rules and ten mends (28 hostile and 28 polite a language, brief in {@code /heldout/briefs/review57.md}; on a881480
 * flagged 22, 21, 24 at 5, 4, 8 false alarms; the first mends let "Desemberregningen ble feil fordi dere leste av
 * måleren …, så dere skylder …" and "Det er nok verken vår eller dykkar skuld …, sjølv om det var de som …" through, so
 * the recipient after "så" no longer counts as the cause only where it follows "så" ({@code SET
 * causerecipient_notafter}) and a denial for both yields to "sjølv om"; and "went lame" as a whole also cleared "The
 * pony went lame after your daughter …", so only a lameness to come or a time ("the week of your …") is left alone).
 * review57b.tsv probes the second mends of stop 57, made for blind 116 and 103n (23, 23, 25 hostile and as many polite,
 * brief {@code review57b.md}; on a881480 flagged 20, 22, 22 at 9, 7, 13 false alarms; the first mends let "at dere
 * aldri fikk bruk for plassen, skyldes at dere ikke klarte …" and "…, og hvorfor har vi ikke avsluttet samarbeidet før
 * nå?" through, so "never needed" clears only as a reason ("siden dere aldri trengte …") and our own omissions were
 * left to the model). review58.tsv probes stop 58's four new rules and five mends (22 hostile and 22 polite a language,
 * brief {@code review58.md}; on 5f02bee flagged 17, 18, 17 at 5, 4, 3 false alarms; the first mends let "…, og det er
 * ikke rart at ingen hos dere så den, med den grundigheten dere ellers har vist" and "Kan man egentlig takke nok for en
 * kunde som betaler … tre måneder for sent …?" through, so both were dropped, and "Nobody at your depot could have
 * noticed …, because nobody there has counted the stock …", so a cause of nobody's doing after "because/since" keeps
 * the blame). review58b.tsv probes the second rules and mends of stop 58, made for blind 118 and 105n (22 hostile and
 * 22 polite a language, brief {@code review58b.md}; on 69abd88 flagged 16, 17, 16 at 9, 7, 5 false alarms; the first
 * versions read "førte … bak lyset" and "pulled the wool over" of anyone, a magician's trick too, so the client must be
 * the one who deceives; "grateful you never once …" also cleared "We are truly grateful that you never once paid an
 * invoice within ninety days", so only never chasing or pressing is thanks; and a mend for "which we will miss most"
 * also cleared "… eller dei ubetalte rekningane dykkar mest", so it was dropped).
 */
class HeldOutSetsTest {
    /** Per set and language: flagged, errors, false alarms, as measured on the finished check. */
    private static final Map<String, Map<String, int[]>> MEASURED = Map.ofEntries(
            Map.entry("blind117.tsv",
                    figures(new int[] {78, 38, 2}, new int[] {78, 37, 2}, new int[] {77, 37, 0})),
            Map.entry("neutral104.tsv",
                    figures(new int[] {0, 0, 8}, new int[] {0, 0, 7}, new int[] {0, 0, 6})),
            Map.entry("review53.tsv",
                    figures(new int[] {27, 16, 0}, new int[] {26, 17, 1}, new int[] {16, 11, 1})),
            Map.entry("review54.tsv",
                    figures(new int[] {16, 8, 4}, new int[] {20, 10, 5}, new int[] {18, 5, 6})),
            Map.entry("review55.tsv",
                    figures(new int[] {14, 7, 4}, new int[] {12, 6, 5}, new int[] {15, 8, 2})),
            Map.entry("review55b.tsv",
                    figures(new int[] {30, 8, 7}, new int[] {14, 3, 3}, new int[] {24, 4, 0})),
            Map.entry("review55c.tsv",
                    figures(new int[] {14, 7, 2}, new int[] {15, 9, 3}, new int[] {8, 4, 3})),
            Map.entry("review56.tsv",
                    figures(new int[] {16, 5, 2}, new int[] {16, 8, 3}, new int[] {13, 7, 3})),
            Map.entry("review56b.tsv",
                    figures(new int[] {24, 12, 6}, new int[] {25, 13, 4}, new int[] {15, 8, 3})),
            Map.entry("review56c.tsv",
                    figures(new int[] {14, 6, 1}, new int[] {12, 5, 3}, new int[] {12, 4, 0})),
            Map.entry("review57.tsv",
                    figures(new int[] {24, 13, 2}, new int[] {23, 13, 3}, new int[] {25, 13, 3})),
            Map.entry("review57b.tsv",
                    figures(new int[] {22, 12, 5}, new int[] {23, 11, 5}, new int[] {23, 12, 4})),
            Map.entry("review58.tsv",
                    figures(new int[] {16, 11, 5}, new int[] {20, 9, 2}, new int[] {17, 10, 3})),
            Map.entry("review58b.tsv",
                    figures(new int[] {16, 7, 7}, new int[] {18, 7, 6}, new int[] {16, 9, 5})));
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
