package no.farvel.core.guide.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

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
 *   <li>{@code k:stem stem} every pair of stems with one word between them, so that "dere glemte alltid" and "dere
 *       alltid glemte" share a weight, and an adverb or a name between two words does not hide their pair;</li>
 *   <li>{@code t:stem stem stem} every three neighbouring stems, for idioms of three words ("not even you", "som
 *       vanlig er", "takk for ingenting"): judged in five folds at two neutral sentences in a hundred, they raised the
 *       hostile sentences the model alone flags from 7,178 to 7,193 of 7,783 (nb), 7,078 to 7,118 of 7,773 (nn) and
 *       6,807 to 6,836 of 7,460 (en) (stop 46);</li>
 *   <li>{@code q:A B} every pair of neighbouring words in which the recipient (YOU), the writer (WE) or a negation
 *       (NOT) is written as that class, so that "dere svarte ikke", "De svara ikkje" and "du svarte aldri" share
 *       {@code q:YOU svar}, {@code q:svar NOT}: who did what, and what was not done;</li>
 *   <li>{@code p:stem} the stems of the three words after each word naming the recipient: what the recipient is said
 *       to be or to have done, wherever it stands in the sentence;</li>
 *   <li>the recipient's side named in the third person (THEY: "klubben", "styret", "idrettslaget", "the council"),
 *       which Norwegian letters write where English ones write "your": a class in {@code q:} and {@code y:}
 *       features, and {@code p:} features after it, so that "styret glemte" and "rideklubben glemte" share
 *       {@code q:THEY glem}. Judged in five folds at two neutral sentences in a hundred, it raised the hostile
 *       sentences the model alone flags from 7,629 to 7,636 of 8,287 (nb), 7,567 to 7,582 of 8,277 (nn) and 7,338 to
 *       7,344 of 7,964 (en), and on blind sets 77 and 78, which it never learnt from, from 142, 151 and 148 to 141,
 *       153 and 149 of 160 with the rules in front (stop 48);</li>
 *   <li>{@code o:stem} and {@code o:stem stem}: the first word and the first two words of the sentence, for openings
 *       that carry sarcasm or scorn ("Så hyggelig at", "Kor overraskande at", "Congratulations on"): judged in five
 *       folds at two neutral sentences in a hundred, they raised the hostile sentences the model alone flags from
 *       9,473 to 9,521 of 10,159 (nb), 9,381 to 9,441 of 10,149 (nn) and 9,176 to 9,226 of 9,836 (en) (stop 52);</li>
 *   <li>{@code s:you}, {@code s:question}, {@code s:exclamation}: the recipient named (you, dere, dykk: the model's
 *       second-person words), the sentence a question, an exclamation mark;</li>
 *   <li>{@code s:POS}, {@code s:POS only} and {@code y:A B}: words of praise and of reproach as the
 *       rules' sets name them ({@link Polarity}), and which of the recipient, the writer, a negation, praise and
 *       reproach stand near one another, so that a word of praise the corpora never wrote still reads as praise
 *       ("your dogs are the calmest"), and one of reproach as reproach.</li>
 * </ul>
 *
 * <p>The pair and class features let a weight learnt from one wording of blame ("you never answered") carry to
 * another ("dykk svara aldri på noko"): judged on training rounds it never learnt from, they raised the share of
 * hostile sentences the model alone flags by two to six points in each language at about the same rate of false
 * alarms.
 *
 * <p>Numbers are folded to {@code #}, so an invoice number or an amount says nothing. A word written in capitals that
 * is no known word of the language (see {@link #of}) makes no feature at all, neither its own nor a pair nor letter
 * pieces: a trade's abbreviation (LOLER, RIDDOR, HMS) is a name, and its letters ("ridd" as in "ridiculous") say
 * nothing of tone; nor does it count as neutral, which would hide an unknown insult written in capitals. A known word
 * in capitals ("NEVER") is read as the word.
 */
public final class ToneFeatures {
    private static final int GRAM = 4;
    /** How many words after a word naming the recipient make {@code p:} features. */
    private static final int AFTER_RECIPIENT = 3;
    /** How far apart two marked words may be for a {@code y:} feature. */
    private static final int NEAR = 4;
    /** The stem an abbreviation is folded to (no word has a "#"): it makes no feature. */
    static final String ABBREVIATION = "#abbr";

    /**
     * The words the class features look for, in lower case: those that name the recipient, those that name the writer,
     * the negations, and the nouns by which a letter names the recipient's side in the third person ("klubben",
     * "styret", "the council"). In a language that writes compounds as one word ({@code compounds}) a client noun also
     * counts as the end of one ("rideklubben", "driftsavdelingen"), with at least {@value #COMPOUND_HEAD} letters
     * before it, unless a longer ending is listed as {@code !ending}: "!utstyret" keeps "fiskeutstyret" (equipment)
     * from reading as a board ("styret").
     */
    public record Markers(Set<String> you, Set<String> we, Set<String> not, Set<String> client, boolean compounds,
                          Polarity polarity) {
        /** The fewest letters before a client noun for a word that ends in it to count as a compound of it. */
        static final int COMPOUND_HEAD = 3;

        public Markers {
            you = Set.copyOf(you);
            we = Set.copyOf(we);
            not = Set.copyOf(not);
            client = Set.copyOf(client);
            Objects.requireNonNull(polarity, "The parameter 'polarity' must not be null");
        }

        /** Markers without client nouns. */
        public Markers(Set<String> you, Set<String> we, Set<String> not, Polarity polarity) {
            this(you, we, not, Set.of(), false, polarity);
        }

        /**
         * The class of a lower-case word form ({@code YOU}, {@code WE}, {@code NOT}, {@code THEY} for a client noun),
         * or null for any other word.
         */
        String classOf(String form) {
            return you.contains(form) ? "YOU" : we.contains(form) ? "WE" : not.contains(form) ? "NOT"
                    : isClient(form) ? "THEY" : null;
        }

        private boolean isClient(String form) {
            if (client.contains(form)) {
                return true;
            }
            if (!compounds || client.isEmpty()) {
                return false;
            }
            for (int head = COMPOUND_HEAD; head < form.length() - 2; head++) {
                if (client.contains(form.substring(head))) {
                    return !blocked(form, head);
                }
            }
            return false;
        }

        /**
         * Whether an ending of {@code form} listed as {@code !ending} starts at or before {@code head}: looked up only
         * once a client noun is found, since most words end in none.
         */
        private boolean blocked(String form, int head) {
            for (int h = 1; h <= head; h++) {
                if (client.contains("!" + form.substring(h))) {
                    return true;
                }
            }
            return false;
        }
    }

    private ToneFeatures() {
    }

    /**
     * The features of the words {@code [from, to)} of {@code text}.
     *
     * @param markers  the words of this language that name the recipient, the writer and a negation
     * @param question whether the words end with a question mark
     * @param words    whether a stem is a word of the language: for the model, the stems it learnt a weight for; for
     *                 the trainer, the stems its corpora write in lower case somewhere. A word in capitals whose stem
     *                 is none is an abbreviation.
     */
    public static Set<String> of(TokenizedText text, int from, int to, LetterLocale language, Markers markers,
                                 boolean question, Predicate<String> words) {
        Stemmers stemmers = Stemmers.of(language);
        Set<String> features = new LinkedHashSet<>();
        String[] stems = new String[to - from];
        String[] classes = new String[to - from];
        String[] polar = new String[to - from];
        boolean you = false;
        for (int i = from; i < to; i++) {
            String form = text.token(i).form();
            stems[i - from] = isNumber(form) ? "#" : stemmers.stem(form);
            if (!"#".equals(stems[i - from]) && text.inCapitals(i) && !words.test(stems[i - from])
                    || text.isName(i)) {
                // An abbreviation, or a name ("your dog Bully", "ponnien Tulla"): no word of the language.
                stems[i - from] = ABBREVIATION;
            }
            classes[i - from] = markers.classOf(form);
            you |= "YOU".equals(classes[i - from]);
            if (classes[i - from] == null && !ABBREVIATION.equals(stems[i - from])) {
                polar[i - from] = markers.polarity().of(text, i);
            }
        }
        polarity(classes, polar, features);
        for (int i = 0; i < stems.length; i++) {
            if (ABBREVIATION.equals(stems[i])) {
                continue; // it keeps its place, so the words around it make no pair, but says nothing itself
            }
            features.add("w:" + stems[i]);
            if (i + 1 < stems.length && !ABBREVIATION.equals(stems[i + 1])) {
                features.add("b:" + stems[i] + " " + stems[i + 1]);
                if (classes[i] != null || classes[i + 1] != null) {
                    features.add("q:" + (classes[i] != null ? classes[i] : stems[i]) + " "
                            + (classes[i + 1] != null ? classes[i + 1] : stems[i + 1]));
                }
            }
            if (i + 2 < stems.length && !ABBREVIATION.equals(stems[i + 2])) {
                features.add("k:" + stems[i] + " " + stems[i + 2]);
                if (!ABBREVIATION.equals(stems[i + 1])) {
                    features.add("t:" + stems[i] + " " + stems[i + 1] + " " + stems[i + 2]);
                }
            }
            if ("YOU".equals(classes[i]) || "THEY".equals(classes[i])) {
                for (int j = i + 1; j <= Math.min(stems.length - 1, i + AFTER_RECIPIENT); j++) {
                    if (!ABBREVIATION.equals(stems[j])) {
                        features.add("p:" + stems[j]);
                    }
                }
            }
            String form = text.token(from + i).form();
            if (form.length() >= GRAM && !"#".equals(stems[i])) {
                String marked = "<" + form + ">";
                for (int g = 0; g + GRAM <= marked.length(); g++) {
                    features.add("c:" + marked.substring(g, g + GRAM));
                }
            }
        }
        if (text.firstOfSentence(from) == from) {
            opening(stems, features);
        }
        if (you) {
            features.add("s:you");
        }
        if (question) {
            features.add("s:question");
        }
        if (exclaims(text, from, to)) {
            features.add("s:exclamation");
        }
        return features;
    }

    /**
     * The {@code o:} features: the first stem of the words and the first two, so that a sentence's opening keeps a weight
     * of its own ("Så praktisk at …", "Hvem skulle trodd at …", "Takk for at …", "What a surprise that …"), apart from
     * the same words later in a sentence. Only for words that open a sentence: a clause or the words around a rule's hit
     * ({@code ToneScanner}) start where no sentence of the corpora started, and a formal opening ("I henhold til …")
     * read there would lend its politeness to blame later in the sentence.
     */
    private static void opening(String[] stems, Set<String> features) {
        int first = 0;
        while (first < stems.length && ABBREVIATION.equals(stems[first])) {
            first++;
        }
        if (first == stems.length) {
            return;
        }
        features.add("o:" + stems[first]);
        if (first + 1 < stems.length && !ABBREVIATION.equals(stems[first + 1])) {
            features.add("o:" + stems[first] + " " + stems[first + 1]);
        }
    }

    /**
     * The polarity features: {@code s:POS} (a word of praise in the words), {@code s:POS only} (praise without reproach
     * or negation), and {@code y:A B} for every two marked words (recipient, writer, negation, praise, reproach; one of
     * them praise or reproach) at most {@value #NEAR} words apart, in their order: "your dogs are the calmest" gives
     * {@code y:YOU POS}, "not once … careless" {@code y:NOT NEG}. A word of reproach alone makes no feature: "the
     * courier was unreliable in March" says nothing of the recipient, and learnt as a sign of hostility it was flagged.
     */
    private static void polarity(String[] classes, String[] polar, Set<String> features) {
        boolean positive = false;
        boolean negative = false;
        boolean negation = false;
        for (int i = 0; i < classes.length; i++) {
            String a = classes[i] != null ? classes[i] : polar[i];
            positive |= Polarity.POSITIVE.equals(polar[i]);
            negative |= Polarity.NEGATIVE.equals(polar[i]);
            negation |= "NOT".equals(classes[i]);
            if (a == null) {
                continue;
            }
            for (int j = i + 1; j <= Math.min(classes.length - 1, i + NEAR); j++) {
                String b = classes[j] != null ? classes[j] : polar[j];
                if (b != null && (polar[i] != null || polar[j] != null)) {
                    features.add("y:" + a + " " + b);
                }
            }
        }
        if (positive) {
            features.add("s:POS");
        }
        if (positive && !negative && !negation) {
            features.add("s:POS only");
        }
    }

    /**
     * All that {@link #of(TokenizedText, int, int, LetterLocale, Markers, boolean, Predicate)} reads of the words
     * {@code [from, to)}: each word's form (a number's as {@code #}) and whether it is in capitals, whether the
     * sentence is a question and whether the words end with an exclamation. Two spans with the same key have the same
     * features, so a judgement can be kept under it.
     */
    static String key(TokenizedText text, int from, int to, boolean question) {
        StringBuilder key = new StringBuilder(16 * (to - from));
        for (int i = from; i < to; i++) {
            String form = text.token(i).form();
            key.append(isNumber(form) ? "#" : form).append(text.inCapitals(i) ? '^' : text.isName(i) ? '~' : ' ');
        }
        return key.append(question ? '?' : '.').append(exclaims(text, from, to) ? '!' : '.').toString();
    }

    private static boolean exclaims(TokenizedText text, int from, int to) {
        return to > from && text.normalisedText().substring(text.token(from).from(), end(text, to)).indexOf('!') >= 0;
    }

    /** The features of a whole text, all its sentences as one run of words. */
    public static Set<String> of(TokenizedText text, LetterLocale language, Markers markers,
                                 Predicate<String> words) {
        boolean question = text.size() > 0 && text.isQuestion(text.token(text.size() - 1).sentence());
        return of(text, 0, text.size(), language, markers, question, words);
    }

    /**
     * The stems of the words of {@code text} that are written in lower case (not {@link TokenizedText#inCapitals}) and
     * are no numbers: what a corpus shows to be words of the language rather than abbreviations.
     */
    public static Set<String> wordStems(TokenizedText text, LetterLocale language) {
        Stemmers stemmers = Stemmers.of(language);
        Set<String> stems = new HashSet<>();
        for (int i = 0; i < text.size(); i++) {
            String form = text.token(i).form();
            if (!isNumber(form) && !text.inCapitals(i)) {
                stems.add(stemmers.stem(form));
            }
        }
        return stems;
    }

    /** Where the run of words ends in the normalised text, with the punctuation that follows its last word. */
    static int end(TokenizedText text, int to) {
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
