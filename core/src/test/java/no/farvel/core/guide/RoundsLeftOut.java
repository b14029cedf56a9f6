package no.farvel.core.guide;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.farvel.core.guide.internal.ToneModel;
import no.farvel.localization.LetterLocale;

/**
 * Leave one round out: for each named round, learns each language's tone model from every corpus but that round's
 * (in both Norwegian standards), puts it in place of the built-in model, and judges the round's sentences with the
 * whole check — rules in front, as a letter is judged — printing {@link HeldOutSet}'s figures for it. How the
 * trainer's settings were chosen; {@code java ... RoundsLeftOut round21,round22,...} (about a minute a round on two
 * cores).
 */
public final class RoundsLeftOut {
    private RoundsLeftOut() {
    }

    public static void main(String[] args) throws ReflectiveOperationException, IOException {
        Map<LetterLocale, Optional<ToneModel>> builtIn = builtInModels();
        for (String round : args[0].split(",")) {
            for (LetterLocale locale : Examples.locales()) {
                ToneModelTrainer.Trained trained = ToneModelTrainer.train(locale,
                        ToneModelTrainer.examples(locale, file -> !file.startsWith(round + "_")),
                        ToneModelTrainer.siblingExamples(locale, file -> !file.startsWith(round + "_")));
                builtIn.put(locale, Optional.of(ToneModel.read(new StringReader(trained.text()), round, locale)));
                System.out.println(HeldOutSet.figures(GuideCheck.standard(), locale, rows(round, locale), round,
                        false));
                builtIn.remove(locale);
            }
        }
    }

    /** A round's sentences as {@link HeldOutSet} reads a set: language, label, category, sentence. */
    private static List<String[]> rows(String round, LetterLocale locale) {
        List<String[]> rows = new ArrayList<>();
        String hostile = round + "_hostile_" + locale.code() + ".txt";
        boolean neutralOnly = !ToneModelTrainer.corpusFiles().contains(hostile); // rounds 58, 60, …
        for (ToneCorpus.Hostile h : neutralOnly ? List.<ToneCorpus.Hostile>of() : ToneCorpus.hostile(hostile)) {
            rows.add(new String[] {locale.code(), "hostile", h.category(), h.sentence()});
        }
        for (String sentence : ToneCorpus.neutral(round + "_neutral_" + locale.code() + ".txt")) {
            rows.add(new String[] {locale.code(), "neutral", "-", sentence});
        }
        return rows;
    }

    /** The built-in models' cache, to put a model learnt here in place of the shipped one. */
    @SuppressWarnings("unchecked")
    private static Map<LetterLocale, Optional<ToneModel>> builtInModels() throws ReflectiveOperationException {
        Field field = ToneModel.class.getDeclaredField("BUILT_IN");
        field.setAccessible(true);
        return (Map<LetterLocale, Optional<ToneModel>>) field.get(null);
    }
}
