package no.farvel.core.guide.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.farvel.localization.LetterLocale;
import no.farvel.localization.NormalisedText;
import no.farvel.localization.TextNormaliser;

/**
 * A text normalised and cut into words, each word knowing its sentence and clause, so that rules can match lemmas
 * and phrases instead of characters. Not thread-safe: one per scan.
 */
public final class TokenizedText {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    /** Where a clause ends: punctuation, or a word that opens a contrasting clause. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\\[\\]–—\"«»“”]|\\s-\\s");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]+(?=\\s|$)|\\R");
    /** Quotation marks after normalisation, which folds the typographic ones («», “”, ‘’) to these. */
    private static final String QUOTES = "\"'";
    /** Marks after which a word is written as if it opened a sentence. */
    private static final String OPENERS = "\"':([-•";
    private static final Set<String> CLAUSE_WORDS = Set.of("but", "men", "although", "though", "whereas");
    /**
     * Abbreviations written with a full stop inside a sentence, Norwegian and English, as the tokenizer leaves them
     * (lower case, without their stops; "bl.a." ends in "a", "e.g." in "g", "i.e." in "e").
     */
    private static final Set<String> ABBREVIATIONS = Set.of("kl", "ca", "nr", "jf", "jfr", "evt", "ev", "mv", "osv",
            "dvs", "mht", "inkl", "ekskl", "tlf", "pkt", "kr", "stk", "mnd", "avd", "adr", "ref", "vedr", "iht", "ift",
            "vha", "f", "eks", "ang", "pr", "bl", "a", "m", "s", "no", "nos", "approx", "g", "e", "etc", "vs", "tel", "incl",
            "excl", "cf", "dept", "p", "pp", "fig", "vol");
    private static final Pattern ABBREVIATION_GAP = Pattern.compile("\\.[ \\t\\u00A0]*");
    /** English contractions spelled out, so a rule "you are" also finds "you're". */
    private static final Map<String, String[]> CONTRACTIONS = Map.ofEntries(
            Map.entry("can't", new String[] {"can", "not"}), Map.entry("won't", new String[] {"will", "not"}),
            Map.entry("shan't", new String[] {"shall", "not"}), Map.entry("ain't", new String[] {"is", "not"}));
    private static final Map<String, String> CLITICS = Map.of("re", "are", "ve", "have", "ll", "will", "m", "am",
            "d", "would", "s", "is");

    /**
     * One word: its normalised form, its span in the normalised text, whether it stands alone in quotation marks
     * ("your 'quick' payments", «raske»: a scare quote), and whether it was written with a capital inside a sentence
     * (the formal "De" of Norwegian, not "de" or a sentence's first word).
     */
    public record Token(String form, int from, int to, int sentence, int clause, boolean quoted, boolean capitalised) {
    }

    private final NormalisedText normalised;
    private final String original;
    private final List<Token> tokens;
    private final List<Boolean> questions;
    private final Map<LetterLocale, List<Set<String>>> keys = new ConcurrentHashMap<>();
    /** Which words are names, worked out when first asked: rules ask of the same word many times. */
    private Boolean[] names;
    /** Which words each vocabulary accepts, per set of named vocabularies: the same set is asked about by many rules. */
    private final Map<Map<String, Vocabulary>, Map<Vocabulary, boolean[]>> matched = new IdentityHashMap<>();

    private TokenizedText(String original, NormalisedText normalised, List<Token> tokens, List<Boolean> questions) {
        this.original = original;
        this.normalised = normalised;
        this.tokens = tokens;
        this.questions = questions;
    }

    /** Whether this normalised word opens a new clause ("but", "men"): no clause rule's phrase can run over it. */
    static boolean isClauseWord(String word) {
        return CLAUSE_WORDS.contains(word);
    }

    /** The text normalised as {@code language} writes it (its case rules), or by the root locale when unknown. */
    public static TokenizedText of(String text, LetterLocale language) {
        NormalisedText normalised = TextNormaliser.normaliseWithOffsets(text,
                language == null ? Locale.ROOT : language.toLocale());
        String s = normalised.text();
        List<Token> tokens = new ArrayList<>();
        List<Boolean> questions = new ArrayList<>();
        int sentence = 0;
        int clause = 0;
        int last = 0;
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            String between = s.substring(last, m.start());
            int next = text.codePointAt(normalised.originalStart(m.start()));
            boolean lowerCase = Character.isLowerCase(next);
            if (!tokens.isEmpty() && SENTENCE_BREAK.matcher(between).find() && !isOrdinal(tokens, between, lowerCase)
                    && !isAbbreviation(tokens, between, next)) {
                questions.add(between.indexOf('?') >= 0);
                sentence++;
                clause++;
            } else if (CLAUSE_BREAK.matcher(between).find()) {
                clause++;
            }
            last = m.end();
            String word = m.group().replace('’', '\'');
            if (isClauseWord(word) && !tokens.isEmpty()) {
                clause++;
            }
            boolean capitalised = insideSentence(tokens, sentence, between)
                    && Character.isUpperCase(text.codePointAt(normalised.originalStart(m.start())));
            addWord(tokens, word, m.start(), m.end(), sentence, clause, quoted(s, m.start(), m.end()), capitalised);
        }
        questions.add(s.substring(last).indexOf('?') >= 0);
        return new TokenizedText(text, normalised, List.copyOf(tokens), List.copyOf(questions));
    }

    /**
     * Whether the full stop in {@code between} marks an ordinal rather than a sentence's end: it follows a number and
     * the next word is in lower case, as in the Norwegian date "1. mai" or "den 3. purringen".
     */
    private static boolean isOrdinal(List<Token> tokens, String between, boolean nextInLowerCase) {
        return nextInLowerCase && between.strip().equals(".")
                && tokens.get(tokens.size() - 1).form().chars().allMatch(Character::isDigit);
    }

    /**
     * Whether the full stop in {@code between} closes an abbreviation rather than a sentence: the word before is one of
     * {@link #ABBREVIATIONS}, the next word starts in lower case or with a digit, and no line break comes between, as
     * in "kl. 8", "ca. 20 timer", "f.eks. ved", "order no. 4", "e.g. the invoice". Splitting there cut "… mellom kl. 8
     * og 16" into a fragment the tone model could not read. Only listed words: a sentence that ends in "you." or "oss."
     * is still one, even when the next starts with a digit, so an apology still clears only its own sentence.
     */
    private static boolean isAbbreviation(List<Token> tokens, String between, int next) {
        return ABBREVIATION_GAP.matcher(between).matches()
                && ABBREVIATIONS.contains(tokens.get(tokens.size() - 1).form())
                && (Character.isLowerCase(next) || Character.isDigit(next));
    }

    /**
     * Whether a word after {@code between} is inside a sentence: not its first word, nor the first after a colon, an
     * opening bracket or quotation mark, where a capital says nothing about the word.
     */
    private static boolean insideSentence(List<Token> tokens, int sentence, String between) {
        String marks = between.strip();
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).sentence() == sentence
                && (marks.isEmpty() || OPENERS.indexOf(marks.charAt(marks.length() - 1)) < 0);
    }

    /** Whether the word at {@code [from, to)} has a quotation mark right before and right after it. */
    private static boolean quoted(String s, int from, int to) {
        return from > 0 && to < s.length() && QUOTES.indexOf(s.charAt(from - 1)) >= 0
                && QUOTES.indexOf(s.charAt(to)) >= 0;
    }

    private static void addWord(List<Token> tokens, String word, int from, int to, int sentence, int clause,
                                boolean quoted, boolean capitalised) {
        int apostrophe = word.indexOf('\'');
        if (apostrophe < 0) {
            tokens.add(new Token(word, from, to, sentence, clause, quoted, capitalised));
            return;
        }
        String[] spelled = CONTRACTIONS.get(word);
        if (spelled == null && word.endsWith("n't")) {
            spelled = new String[] {word.substring(0, word.length() - 3), "not"};
        }
        if (spelled == null) {
            String clitic = CLITICS.get(word.substring(apostrophe + 1));
            spelled = clitic == null ? new String[] {word} : new String[] {word.substring(0, apostrophe), clitic};
        }
        for (String part : spelled) {
            tokens.add(new Token(part, from, to, sentence, clause, quoted, capitalised));
        }
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    /**
     * The sentence (as numbered in {@link Token#sentence()}) of the word that starts at or covers the normalised
     * {@code offset}.
     */
    public int sentenceAt(int offset) {
        return tokens.isEmpty() ? 0 : tokens.get(tokenAt(offset)).sentence();
    }

    /** The index of the first word of the sentence that word {@code index} is in. */
    public int firstOfSentence(int index) {
        int sentence = tokens.get(index).sentence();
        int first = index;
        while (first > 0 && tokens.get(first - 1).sentence() == sentence) {
            first--;
        }
        return first;
    }

    /** The index of the word that starts at or covers the normalised {@code offset}, or of the last word. */
    public int tokenAt(int offset) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low < high) { // the first word that ends after offset; words' ends never decrease
            int middle = (low + high) >>> 1;
            if (tokens.get(middle).to() > offset) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return high;
    }

    /** Whether sentence {@code sentence} (as numbered in {@link Token#sentence()}) ends with a question mark. */
    public boolean isQuestion(int sentence) {
        return sentence < questions.size() && questions.get(sentence);
    }

    /** The normalised text: NFKC, lower case, format characters removed, look-alikes folded. */
    public String normalisedText() {
        return normalised.text();
    }

    /** The keys of word {@code index} for a language's stemmers, computed once. */
    public Set<String> keys(int index, LetterLocale language) {
        List<Set<String>> perWord = keys.computeIfAbsent(language, l -> {
            Stemmers stemmers = Stemmers.of(l);
            List<Set<String>> all = new ArrayList<>(tokens.size());
            for (Token token : tokens) {
                all.add(stemmers.keys(token.form()));
            }
            return all;
        });
        return perWord.get(index);
    }

    /** Whether word {@code index} is in the vocabulary; worked out for every word at the first question. */
    boolean matches(Vocabulary words, int index, LetterLocale language, Map<String, Vocabulary> named) {
        Map<Vocabulary, boolean[]> known = matched.computeIfAbsent(named, n -> new IdentityHashMap<>());
        boolean[] hits = known.get(words);
        if (hits == null) {
            hits = new boolean[tokens.size()];
            for (int i = 0; i < hits.length; i++) {
                hits[i] = words.matches(this, i, language, named);
            }
            known.put(words, hits);
        }
        return hits[index];
    }

    /**
     * Whether the word at {@code index} was written in capitals: two letters or more and none in lower case ("LOLER",
     * "MVA", "NEVER"). Letters that look alike and were folded count as written: "1D10T" has no lower-case letter. What
     * follows an apostrophe is left out ("RIDDOR's", "DON'T" split into "do" and "not"), and so is a plural's final
     * lower-case s ("EICRs").
     */
    public boolean inCapitals(int index) {
        Token token = tokens.get(index);
        int from = normalised.originalStart(token.from());
        int to = normalised.originalEnd(token.to() - 1);
        int letters = 0;
        for (int i = from; i < to; ) {
            int c = original.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\'' || c == '’') {
                break;
            }
            if (Character.isLowerCase(c)) {
                boolean plural = c == 's' && letters >= 2 && (i >= to || !Character.isLetter(original.codePointAt(i)));
                if (!plural) {
                    return false;
                }
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /** Whether the word at {@code index} is a name by its place ({@link Names}): "ponnien Tulla", "your dog Bully". */
    public boolean isName(int index) {
        if (names == null) {
            names = new Boolean[tokens.size()];
        }
        if (names[index] == null) {
            names[index] = Names.isName(this, index);
        }
        return names[index];
    }

    /** Whether the word at {@code index} was written with a capital and only small letters after it ("Tulla"). */
    boolean inTitleCase(int index) {
        String word = quote(tokens.get(index).from(), tokens.get(index).to());
        int first = word.codePointAt(0);
        return Character.isUpperCase(first)
                && word.substring(Character.charCount(first)).codePoints().noneMatch(Character::isUpperCase);
    }

    /** The original text of the normalised span {@code [from, to)}, without its invisible characters. */
    public String quote(int from, int to) {
        return TextNormaliser.visible(original.substring(normalised.originalStart(from),
                normalised.originalEnd(to - 1)));
    }
}
