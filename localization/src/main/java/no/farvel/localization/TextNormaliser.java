package no.farvel.localization;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Brings text to the form word lists are matched against, so that a phrase cannot slip past by its spelling in
 * code points: compatibility forms (NFKC: full-width letters, ligatures, no-break spaces), invisible format
 * characters removed (zero-width spaces, soft hyphens, word joiners, bidirectional controls), look-alike letters
 * from Cyrillic and Greek and typographic quotes and dashes folded to their plain Latin forms, then lower case, and
 * digits written for letters inside a word folded back ("1d10ter" is "idioter"). The folding assumes a language
 * written in the Latin alphabet, as every letter language so far is.
 */
public final class TextNormaliser {
    private static final Map<Integer, String> FOLDS = folds();
    private static final Set<String> TURKIC = Set.of("tr", "az");
    /** Digits and signs written for letters inside a word ("1d10t", "$tupid"). */
    private static final Map<Character, Character> DIGIT_LETTERS = Map.of(
            '0', 'o', '1', 'i', '3', 'e', '4', 'a', '5', 's', '7', 't', '@', 'a', '$', 's');

    private TextNormaliser() {
    }

    /** The normalised text; case is folded by the rules of {@code locale}. */
    public static String normalise(String text, Locale locale) {
        return normaliseWithOffsets(text, locale).text();
    }

    /** The normalised text with, for each of its characters, where it came from in the original. */
    public static NormalisedText normaliseWithOffsets(String text, Locale locale) {
        Objects.requireNonNull(text, "The parameter 'text' must not be null");
        Objects.requireNonNull(locale, "The parameter 'locale' must not be null");
        NormalisedText.Builder out = new NormalisedText.Builder(text.length());
        boolean turkic = TURKIC.contains(locale.getLanguage());
        int start = 0;
        while (start < text.length()) {
            char c = text.charAt(start);
            if (isStable(c) && !(turkic && c == 'I')
                    && (start + 1 == text.length() || !isMark(text.codePointAt(start + 1)))) {
                out.append(Character.toLowerCase(c), start); // most of a letter: nothing to normalise or fold
                start++;
                continue;
            }
            // A base character with its combining marks is normalised as one piece, so NFKC can compose them.
            int end = start + Character.charCount(text.codePointAt(start));
            while (end < text.length() && isMark(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            String piece = Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFKC);
            StringBuilder folded = new StringBuilder();
            piece.codePoints().forEach(cp -> {
                if (!isInvisible(cp)) {
                    String fold = FOLDS.get(cp);
                    folded.append(fold != null ? fold : new String(Character.toChars(cp)));
                }
            });
            out.append(folded.toString().toLowerCase(locale), start, end);
            start = end;
        }
        foldDigitsInWords(out.chars());
        return out.build();
    }

    /**
     * The text without its invisible format characters (zero-width spaces, soft hyphens, bidi controls) and nothing
     * else changed: for quoting what a writer wrote, as a reader sees it.
     */
    public static String visible(String text) {
        Objects.requireNonNull(text, "The parameter 'text' must not be null");
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !isInvisible(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Folds digits and signs that stand for letters, but only inside a run of at least two letters where a letter
     * sits right before or after the digit and letters are at least half the run: "1d10ter" becomes "idioter",
     * while "2026-1041", "INV-2026", "B2B" and "A4" keep their digits. Each character stays in place, so the offsets
     * of the original do not move.
     */
    private static void foldDigitsInWords(StringBuilder text) {
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            int letters = 0;
            while (end < text.length() && isWordChar(text.charAt(end))) {
                letters += Character.isLetter(text.charAt(end)) ? 1 : 0;
                end++;
            }
            if (letters >= 2 && letters < end - i && letters >= (end - i) / 2) {
                for (int k = i; k < end; k++) {
                    Character letter = DIGIT_LETTERS.get(text.charAt(k));
                    boolean besideLetter = (k > i && Character.isLetter(text.charAt(k - 1)))
                            || (k + 1 < end && Character.isLetter(text.charAt(k + 1)));
                    if (letter != null && besideLetter) {
                        text.setCharAt(k, letter);
                    }
                }
            }
            i = end;
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '@' || c == '$';
    }

    /**
     * ASCII but the backtick, and the Latin-1 letters but × and ÷: NFKC leaves them alone, none is folded, and each
     * lower-cases to one character the same way in every locale but the Turkic ones (dotless ı).
     */
    private static boolean isStable(char c) {
        return c < 0x80 ? c != '`' : c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Format characters (U+200B, U+00AD, U+2060, U+FEFF, bidi controls) and variation selectors. */
    private static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT || cp >= 0xFE00 && cp <= 0xFE0F
                || cp >= 0xE0100 && cp <= 0xE01EF || cp == 0x034F;
    }

    private static Map<Integer, String> folds() {
        Map<Integer, String> folds = new java.util.HashMap<>();
        // Cyrillic and Greek capitals and small letters that look like Latin ones in common fonts.
        fold(folds, "АВЕКМНОРСТХУІЈЅҮҺԚԜ", "ABEKMHOPCTXYIJSYHQW");
        fold(folds, "аеорсухіјѕһԁԛԝкүвёїмнт", "aeopcyxijshdqwkybeimht");
        fold(folds, "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX");
        fold(folds, "αικνορβεητυχϲ", "aikvopbentuxc");
        fold(folds, "ı", "i");
        // Typographic quotes, primes and dashes, so "don’t" and "don't", "2026–1041" and "2026-1041" are one.
        fold(folds, "‘’‚‛′`´", "'''''''");
        fold(folds, "“”„‟″«»", "\"\"\"\"\"\"\"");
        fold(folds, "‐‑‒–—―−⁃", "--------");
        return Map.copyOf(folds);
    }

    private static void fold(Map<Integer, String> folds, String from, String to) {
        int[] source = from.codePoints().toArray();
        int[] target = to.codePoints().toArray();
        if (source.length != target.length) {
            throw new IllegalStateException("Fold table out of step: " + from + " / " + to);
        }
        for (int i = 0; i < source.length; i++) {
            folds.put(source[i], new String(Character.toChars(target[i])));
        }
    }
}
