package no.farvel.core.guide.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import no.farvel.localization.LetterLocale;

/**
 * Whether a word praises or reproaches, for the tone model: a word of the rules' sets of praise (positive, good,
 * praised, praise, virtue, mock, hyperbole) is {@code POS}, a word of their sets of reproach (bad, insult, condemn,
 * evaluation, misconduct, theft) is {@code NEG}. A word of both counts as reproach. The model reads the class
 * beside the word, so a weight learnt from "your staff were kind" carries to "your dogs are the calmest" when
 * "calm" is in a set and never in a corpus, and "you are the most careless" keeps its reproach. Immutable.
 */
public final class Polarity {
    static final String POSITIVE = "POS";
    static final String NEGATIVE = "NEG";
    private static final List<String> PRAISE = List.of("positive", "good", "praised", "praise", "virtue", "mock",
            "hyperbole");
    private static final List<String> REPROACH = List.of("bad", "insult", "condemn", "evaluation", "misconduct",
            "theft");
    /** No word has a class: for a language without rules. */
    public static final Polarity NONE = new Polarity(LetterLocale.EN, Map.of(), List.of(), List.of());

    private final LetterLocale language;
    private final Map<String, Vocabulary> sets;
    private final List<Vocabulary> praise;
    private final List<Vocabulary> reproach;

    private Polarity(LetterLocale language, Map<String, Vocabulary> sets, List<Vocabulary> praise,
                     List<Vocabulary> reproach) {
        this.language = language;
        this.sets = sets;
        this.praise = praise;
        this.reproach = reproach;
    }

    /** The classes the built-in rules of {@code language} give; {@link #NONE} for a language without rules. */
    public static Polarity builtIn(LetterLocale language) {
        Objects.requireNonNull(language, "The parameter 'language' must not be null");
        Map<String, Vocabulary> sets = ToneRules.builtIn(language).sets();
        List<Vocabulary> praise = PRAISE.stream().filter(sets::containsKey).map(sets::get).toList();
        List<Vocabulary> reproach = REPROACH.stream().filter(sets::containsKey).map(sets::get).toList();
        return praise.isEmpty() && reproach.isEmpty() ? NONE : new Polarity(language, sets, praise, reproach);
    }

    /** {@code NEG}, {@code POS} or null for word {@code at} of {@code text}. */
    String of(TokenizedText text, int at) {
        for (Vocabulary v : reproach) {
            if (v.matches(text, at, language, sets)) {
                return NEGATIVE;
            }
        }
        for (Vocabulary v : praise) {
            if (v.matches(text, at, language, sets)) {
                return POSITIVE;
            }
        }
        return null;
    }
}
