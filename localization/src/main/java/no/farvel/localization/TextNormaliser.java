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
 * digits written for letters inside a word folded back ("1d10ter" is "idioter"), and a word spelt out in single
 * letters joined up ("k l o v n e r", "i.d.i.o.t", "c-o-w-b-o-y" are "klovner", "idiot", "cowboy"). The folding
 * assumes a language written in the Latin alphabet, as every letter language so far is.
 */
public final class TextNormaliser {
    private static final Map<Integer, String> FOLDS = folds();
    private static final Set<String> TURKIC = Set.of("tr", "az");
    /** The fewest single letters in a row read as one word spelt out ("k l o v n e r"). */
    private static final int SPELT_OUT = 4;
    /** The languages whose lower case differs from the root locale's ({@link String#toLowerCase(Locale)}). */
    private static final Set<String> SPECIAL_CASE = Set.of("tr", "az", "lt");
    /**
     * The normal form of each character below U+2100 that no mark follows, in the root locale's lower case, filled
     * as the characters are met (each slot is written with the same string by whichever thread comes first).
     */
    private static final String[] SINGLES = new String[0x2100];

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
        boolean rootCase = !SPECIAL_CASE.contains(locale.getLanguage());
        // A char array, not String.charAt: under the quick compiler C1 every charAt of a text with a character
        // beyond Latin-1 is a call with its own index check, and this loop runs over every letter a batch checks.
        char[] in = text.toCharArray();
        int start = 0;
        while (start < in.length) {
            char c = in[start];
            boolean alone = start + 1 == in.length || in[start + 1] < 0x300
                    || !isMark(Character.codePointAt(in, start + 1));
            if (isStable(c) && !(turkic && c == 'I') && alone) {
                out.append(lowerStable(c), start); // most of a letter: nothing to normalise or fold
                start++;
                continue;
            }
            if (alone && rootCase && c < SINGLES.length && !Character.isSurrogate(c)) {
                // No-break spaces, dashes, quotes, soft hyphens: the same few characters in every letter.
                String single = SINGLES[c];
                if (single == null) {
                    single = piece(String.valueOf(c), Locale.ROOT);
                    SINGLES[c] = single;
                }
                out.append(single, start, start + 1);
                start++;
                continue;
            }
            // A base character with its combining marks is normalised as one piece, so NFKC can compose them.
            int end = start + Character.charCount(Character.codePointAt(in, start));
            while (end < in.length && isMark(Character.codePointAt(in, end))) {
                end += Character.charCount(Character.codePointAt(in, end));
            }
            out.append(piece(new String(in, start, end - start), locale), start, end);
            start = end;
        }
        foldDigitsInWords(out.chars(), out.length());
        joinSpacedLetters(out, in);
        return out.build();
    }

    /** One base character with its marks: NFKC, without invisible characters, folded, in lower case. */
    private static String piece(String piece, Locale locale) {
        StringBuilder folded = new StringBuilder();
        Normalizer.normalize(piece, Normalizer.Form.NFKC).codePoints().forEach(cp -> {
            if (!isInvisible(cp)) {
                String fold = FOLDS.get(cp);
                folded.append(fold != null ? fold : new String(Character.toChars(cp)));
            }
        });
        return folded.toString().toLowerCase(locale);
    }

    /**
     * The text without its invisible format characters (zero-width spaces, soft hyphens, bidi controls) and nothing
     * else changed: for quoting what a writer wrote, as a reader sees it.
     */
    public static String visible(String text) {
        Objects.requireNonNull(text, "The parameter 'text' must not be null");
        int first = 0;
        while (first < text.length() && !mayBeInvisible(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text; // nothing to remove, as in almost every sentence
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        text.codePoints().skip(text.codePointCount(0, first)).filter(cp -> !isInvisible(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Folds digits and signs that stand for letters, but only inside a run of at least two letters where a letter
     * sits right before or after the digit and letters are at least half the run: "1d10ter" becomes "idioter",
     * while "2026-1041", "INV-2026", "B2B" and "A4" keep their digits. Each character stays in place, so the offsets
     * of the original do not move.
     */
    private static void foldDigitsInWords(char[] text, int length) {
        int i = 0;
        while (i < length) {
            if (!isWordChar(text[i])) {
                i++;
                continue;
            }
            int end = i;
            int letters = 0;
            boolean foldable = false;
            while (end < length && isWordChar(text[end])) {
                letters += Character.isLetter(text[end]) ? 1 : 0;
                foldable |= digitLetter(text[end]) != 0;
                end++;
            }
            if (foldable && letters >= 2 && letters < end - i && letters >= (end - i) / 2) {
                for (int k = i; k < end; k++) {
                    char letter = digitLetter(text[k]);
                    boolean besideLetter = (k > i && Character.isLetter(text[k - 1]))
                            || (k + 1 < end && Character.isLetter(text[k + 1]));
                    if (letter != 0 && besideLetter) {
                        text[k] = letter;
                    }
                }
            }
            i = end;
        }
    }

    /**
     * Joins a word spelt out in single letters: at least {@value #SPELT_OUT} letters, each standing alone, kept apart
     * by one and the same character (a space, '.', '-', '_' or '*') throughout and written in one case, as in
     * "k l o v n e r" or "I.D.I.O.T."; the separators are dropped, the letters keep their places in the original.
     * Shorter runs are left alone, so "o.s.v.", "t.o.m." and "bodde på Å i Å i Lofoten" (Norwegian has one-letter
     * words, and a place name takes a capital) keep their form.
     */
    private static void joinSpacedLetters(NormalisedText.Builder out, char[] original) {
        char[] text = out.chars();
        int length = out.length();
        boolean[] drop = null;
        int i = 0;
        while (i < length) {
            if (!standsAlone(text, length, i)) {
                i++;
                continue;
            }
            int letters = 1;
            int end = i + 1;
            char separator = end < length ? text[end] : 0;
            if (separator == ' ' || separator == '.' || separator == '-' || separator == '_' || separator == '*') {
                boolean upper = Character.isUpperCase(original[out.originalStart(i)]);
                while (end + 1 < length && text[end] == separator && standsAlone(text, length, end + 1)
                        && Character.isUpperCase(original[out.originalStart(end + 1)]) == upper) {
                    letters++;
                    end += 2;
                }
            }
            if (letters >= SPELT_OUT) {
                drop = drop == null ? new boolean[length] : drop;
                for (int k = i + 1; k < end; k += 2) {
                    drop[k] = true;
                }
                i = end;
            } else {
                i = Math.max(end - 1, i + 1); // the run's last letter may begin one with another separator
            }
        }
        if (drop != null) {
            out.drop(drop);
        }
    }

    /** Whether the character at {@code i} is a letter with no letter or digit right before or after it. */
    private static boolean standsAlone(char[] text, int length, int i) {
        return Character.isLetter(text[i]) && (i == 0 || !Character.isLetterOrDigit(text[i - 1]))
                && (i + 1 == length || !Character.isLetterOrDigit(text[i + 1]));
    }

    /** The letter a digit or sign stands for inside a word ("1d10t", "$tupid"), or 0. */
    private static char digitLetter(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1' -> 'i';
            case '3' -> 'e';
            case '4' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            case '@' -> 'a';
            default -> 0;
        };
    }

    /** The lower case of a {@link #isStable stable} character, as {@link Character#toLowerCase(char)} gives it. */
    private static char lowerStable(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 0x20) : c;
        }
        return c <= 0xDE ? (char) (c + 0x20) : c; // À..Þ to à..þ (× is not stable); ß and ÿ stay
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '@' || c == '$';
    }

    /**
     * Whether {@code c} keeps the words on either side of it apart in the normalised text as it does in the original:
     * a space (no-break ones too), a tab, a line feed, or ASCII punctuation. Not '@' and '$', which stand for letters
     * inside a word ("@ccount", "$kyld"), nor a control character; a digit beside anything else may be read as a letter
     * ("1d10t") or lose its neighbour to removal ("1\u200Bdiot").
     */
    public static boolean separatesWords(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\t' || c == '\n'
                || c < 0x80 && !isWordChar(c) && !Character.isISOControl(c);
    }

    /**
     * ASCII but the backtick, and the Latin-1 letters but × and ÷: NFKC leaves them alone, none is folded, and each
     * lower-cases to one character the same way in every locale but the Turkic ones (dotless ı).
     */
    private static boolean isStable(char c) {
        return c < 0x80 ? c != '`' : c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7;
    }

    private static boolean isMark(int cp) {
        if (cp < 0x300) {
            return false; // the first combining marks are U+0300
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Whether {@code c} is, or may begin (a surrogate), an {@link #isInvisible invisible} character. */
    private static boolean mayBeInvisible(char c) {
        return c >= 0xAD && (Character.isSurrogate(c) || isInvisible(c));
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
