package no.farvel.core.guide;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.farvel.core.guide.internal.ToneModel;
import no.farvel.localization.LetterLocale;

/**
 * Leave one round out: for each named round, learns each language's tone model from every corpus but that round's
 * (in both Norwegian standards), puts it in place of the built-in model, and judges the round's sentences with the
 * whole check — rules in front, as a letter is judged. Prints flagged, errors on blame/insult/contempt and false alarms
 * per round and language. How the trainer's settings were chosen; {@code java ... RoundsLeftOut round21,round22,...}
 * (a few minutes a round on two cores).
 */
public final class RoundsLeftOut {
    private RoundsLeftOut() {
    }

    public static void main(String[] args) throws ReflectiveOperationException, IOException {
        List<String> rounds = List.of(args[0].split(","));
        Map<LetterLocale, Optional<ToneModel>> builtIn = builtInModels();
        for (LetterLocale locale : Examples.locales()) {
            int hostile = 0;
            int flagged = 0;
            int mustBeErrors = 0;
            int errors = 0;
            int neutral = 0;
            int alarms = 0;
            StringBuilder perRound = new StringBuilder();
            for (String round : rounds) {
                ToneModelTrainer.Trained trained = ToneModelTrainer.train(locale,
                        ToneModelTrainer.examples(locale, file -> !file.startsWith(round + "_")),
                        ToneModelTrainer.siblingExamples(locale, file -> !file.startsWith(round + "_")));
                builtIn.put(locale, Optional.of(ToneModel.read(new StringReader(trained.text()), round, locale)));
                GuideCheck check = GuideCheck.standard();
                int roundHostile = 0;
                int roundFlagged = 0;
                for (ToneCorpus.Hostile h : ToneCorpus.hostile(round + "_hostile_" + locale.code() + ".txt")) {
                    List<Finding> findings = ToneCorpus.noteFindings(check, locale, h.sentence());
                    roundHostile++;
                    roundFlagged += findings.isEmpty() ? 0 : 1;
                    if (Set.of("BLAME", "INSULT", "CONTEMPT").contains(h.category())) {
                        mustBeErrors++;
                        errors += findings.stream().anyMatch(Finding::isError) ? 1 : 0;
                    }
                }
                int roundNeutral = 0;
                int roundAlarms = 0;
                for (String sentence : ToneCorpus.neutral(round + "_neutral_" + locale.code() + ".txt")) {
                    roundNeutral++;
                    roundAlarms += ToneCorpus.noteFindings(check, locale, sentence).isEmpty() ? 0 : 1;
                }
                hostile += roundHostile;
                flagged += roundFlagged;
                neutral += roundNeutral;
                alarms += roundAlarms;
                perRound.append(String.format(Locale.ROOT, " %s %d/%d, %d/%d;", round, roundFlagged, roundHostile,
                        roundAlarms, roundNeutral));
            }
            builtIn.remove(locale);
            System.out.printf(Locale.ROOT, "%s: flagged %d/%d (%.1f %%), errors %d/%d, false alarms %d/%d |%s%n",
                    locale.code(), flagged, hostile, 100.0 * flagged / hostile, errors, mustBeErrors, alarms, neutral,
                    perRound);
        }
    }

    /** The built-in models' cache, to put a model learnt here in place of the shipped one. */
    @SuppressWarnings("unchecked")
    private static Map<LetterLocale, Optional<ToneModel>> builtInModels() throws ReflectiveOperationException {
        Field field = ToneModel.class.getDeclaredField("BUILT_IN");
        field.setAccessible(true);
        return (Map<LetterLocale, Optional<ToneModel>>) field.get(null);
    }
}
