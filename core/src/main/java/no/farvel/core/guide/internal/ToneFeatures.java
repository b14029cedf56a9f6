package no.farvel.core.guide.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import no.farvel.localization.LetterLocale;

/**
 * The features the tone model reads from a run of words: what a sentence says, cut so that a weight learnt from one
 * wording carries to another. Each feature is present or not (no counts):
 *
 * <ul>
 *   <li>{@code w:stem} every word's stem, so that one weight covers a word's inflections, and {@code b:stem stem}
 *       every pair of neighbouring stems, for short idioms ("no wonder", "takk for ingenting");</li>
 *   <li>{@code c:gram} the four-letter pieces of every word of four letters or more, with its start and end marked,
 *       so that a compound or a form never seen shares weight with the words it is built from ("regnskapsidiotene",
 *       "slurvete");</li>
 *   <li>{@code s:you}, {@code s:question}, {@code s:exclamation}: the recipient named (you, dere, dykk: the model's
 *       second-person words), the sentence a question, an exclamation mark.</li>
 * </ul>
 *
 * <p>Numbers are folded to {@code #}, so an invoice number or an amount says nothing.
 */
public final class ToneFeatures {
    private static final int GRAM = 4;

    private ToneFeatures() {
    }

    /**
     * The features of the words {@code [from, to)} of {@code text}.
     *
     * @param secondPerson the lower-case words that name the recipient in this language
     * @param question     whether the words end with a question mark
     */
    public static Set<String> of(TokenizedText text, int from, int to, LetterLocale language,
                                 Set<String> secondPerson, boolean question) {
        Stemmers stemmers = Stemmers.of(language);
        Set<String> features = new LinkedHashSet<>();
        String[] stems = new String[to - from];
        boolean you = false;
        for (int i = from; i < to; i++) {
            String form = text.token(i).form();
            you |= secondPerson.contains(form);
            stems[i - from] = isNumber(form) ? "#" : stemmers.stem(form);
        }
        for (int i = 0; i < stems.length; i++) {
            features.add("w:" + stems[i]);
            if (i + 1 < stems.length) {
                features.add("b:" + stems[i] + " " + stems[i + 1]);
            }
            String form = text.token(from + i).form();
            if (form.length() >= GRAM && !"#".equals(stems[i])) {
                String marked = "<" + form + ">";
                for (int g = 0; g + GRAM <= marked.length(); g++) {
                    features.add("c:" + marked.substring(g, g + GRAM));
                }
            }
        }
        if (you) {
            features.add("s:you");
        }
        if (question) {
            features.add("s:question");
        }
        if (to > from && text.normalisedText().substring(text.token(from).from(), end(text, to)).indexOf('!') >= 0) {
            features.add("s:exclamation");
        }
        return features;
    }

    /** The features of a whole text, all its sentences as one run of words. */
    public static Set<String> of(TokenizedText text, LetterLocale language, Set<String> secondPerson) {
        boolean question = text.size() > 0 && text.isQuestion(text.token(text.size() - 1).sentence());
        return of(text, 0, text.size(), language, secondPerson, question);
    }

    /** Where the run of words ends in the normalised text, with the punctuation that follows its last word. */
    private static int end(TokenizedText text, int to) {
        String s = text.normalisedText();
        int end = text.token(to - 1).to();
        while (end < s.length() && !Character.isLetterOrDigit(s.charAt(end))
                && !Character.isWhitespace(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isNumber(String form) {
        return form.chars().anyMatch(Character::isDigit);
    }

    /** The sentences of a text as word ranges {@code [from, to)}, in order. */
    public static List<int[]> sentences(TokenizedText text) {
        List<int[]> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.size(); i++) {
            if (i == text.size() || text.token(i).sentence() != text.token(start).sentence()) {
                sentences.add(new int[] {start, i});
                start = i;
            }
        }
        return sentences;
    }
}
