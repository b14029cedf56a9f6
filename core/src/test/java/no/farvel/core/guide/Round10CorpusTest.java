package no.farvel.core.guide;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.farvel.localization.LetterLocale;

/**
 * Rounds 10, 10b and 14: held-out sets written by three helpers who never saw the rules, the corpora or the tone model
 * (rounds 10 and 10b each 100 hostile and 50 neutral sentences per language, round 10 fresh in each language, 10b in
 * six writers' voices, with text tricks). Measured before the tone model learnt from them (for rounds 10 and 10b, the
 * model trained on rounds 2 to 9):
 *
 * <ul>
 *   <li>round 10, used to choose the model's threshold (the held-out neutral share left above it: 1 % or 2 %):
 *       the rules alone flagged nb 64, nn 61, en 76 of 100, with 2, 2 and 1 false alarms of 50 (fixed since: the
 *       recipient as the one harmed, a negated accusation, "we accept responsibility"); rules and model at 2 %
 *       flagged 84, 84 and 93, errors on blame, insult and contempt 41, 39, 41 of 46, and the model added no false
 *       alarm;</li>
 *   <li>round 10b, measured once, with model and threshold chosen: the rules alone flagged nb 71, nn 55, en 71 of
 *       100 (errors 31, 27, 37 of 46); rules and model 89, 88, 86 (errors 42, 38, 42 of 46); false alarms nb 0, nn 2
 *       (one the rules', on responsibility passing to the client, one the model's), en 1 (the rules', the same
 *       kind), of 50.</li>
 *   <li>round 14, 80 hostile and 50 neutral a language from a third helper, measured once on the finished check
 *       (rules, ABSOLVES and the model learnt from rounds 2 to 13): flagged nb 71, nn 71, en 74 of 80; errors on
 *       blame, insult and contempt 35, 32, 36 of 38; one false alarm of 50 in each, all the rules' (reassurance, "ikke
 *       ment som kritikk av dere", and CCTV read as shouting: fixed since; the model added none).</li>
 * </ul>
 *
 * <p>Both are now in what the model learns from, so their figures here are no longer held-out ones: the test holds
 * that the check keeps at least the held-out figures, and no false alarm.
 */
class Round10CorpusTest {
    private static final List<ToneCorpus.Bar> BARS = List.of(
            new ToneCorpus.Bar("round10", 50, 0.84, 0.84),
            new ToneCorpus.Bar("round10b", 50, 0.86, 0.82),
            new ToneCorpus.Bar("round14", 50, 0.88, 0.84));

    private final GuideCheck check = GuideCheck.standard();

    @Test
    void printsTheFiguresPerLanguage() {
        ToneCorpus.printRounds(check, BARS);
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void keepsTheHeldOutFiguresWithoutFalseAlarms(LetterLocale locale) {
        ToneCorpus.assertHolds(check, locale, BARS);
    }
}
