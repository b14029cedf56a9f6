package no.farvel.core.guide.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Puts text into one canonical form for matching, whatever the language: Unicode NFKC, format characters removed,
 * look-alike letters from other scripts folded to Latin, lower case. Every character of the result remembers where
 * it came from, so a match can be quoted as the writer wrote it. JDK only, stateless and thread-safe.
 */
public final class TextNormaliser {
    /**
     * Cyrillic and Greek letters that print like Latin ones: swapped in, they hide a word from a word list
     * (Unicode TR39 confusables, the common lower-case subset after case folding).
     */
    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
            Map.entry('а', 'a'), Map.entry('в', 'b'), Map.entry('с', 'c'), Map.entry('е', 'e'), Map.entry('ё', 'e'),
            Map.entry('һ', 'h'), Map.entry('і', 'i'), Map.entry('ї', 'i'), Map.entry('ј', 'j'), Map.entry('к', 'k'),
            Map.entry('м', 'm'), Map.entry('н', 'h'), Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('ԛ', 'q'),
            Map.entry('ѕ', 's'), Map.entry('т', 't'), Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('ԝ', 'w'),
            Map.entry('α', 'a'), Map.entry('β', 'b'), Map.entry('ε', 'e'), Map.entry('η', 'n'), Map.entry('ι', 'i'),
            Map.entry('κ', 'k'), Map.entry('ν', 'v'), Map.entry('ο', 'o'), Map.entry('ρ', 'p'), Map.entry('τ', 't'),
            Map.entry('υ', 'u'), Map.entry('χ', 'x'), Map.entry('ϲ', 'c'));

    /** Digits written for letters inside a word ("1d10t"): only folded where letters surround them. */
    private static final Map<Character, Character> DIGIT_LETTERS = Map.of(
            '0', 'o', '1', 'i', '3', 'e', '4', 'a', '5', 's', '7', 't', '@', 'a', '$', 's');

    private TextNormaliser() {
    }

    /** Text in canonical form, with the span of the original text each of its characters stands for. */
    public record Normalised(String text, int[] starts, int[] ends) {
        /** The original span that the normalised span {@code [from, to)} came from, as {@code [start, end)}. */
        public int originalStart(int from) {
            return from < starts.length ? starts[from] : ends.length == 0 ? 0 : ends[ends.length - 1];
        }

        public int originalEnd(int to) {
            return to == 0 ? 0 : ends[to - 1];
        }
    }

    /** The canonical form of {@code text}; see the class description. */
    public static Normalised normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] starts = new int[text.length() + 16];
        int[] ends = new int[text.length() + 16];
        int i = 0;
        while (i < text.length()) {
            int clusterEnd = clusterEnd(text, i);
            String canonical = clusterEnd == i + 1 && isStable(text.charAt(i))
                    ? String.valueOf(Character.toLowerCase(text.charAt(i)))
                    : Normalizer.normalize(text.substring(i, clusterEnd), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            for (int k = 0; k < canonical.length(); k++) {
                char c = canonical.charAt(k);
                if (isInvisible(c)) {
                    continue;
                }
                if (out.length() == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                starts[out.length()] = i;
                ends[out.length()] = clusterEnd;
                out.append(LOOK_ALIKES.getOrDefault(c, c));
            }
            i = clusterEnd;
        }
        foldDigitsInWords(out);
        return new Normalised(out.toString(), Arrays.copyOf(starts, out.length()),
                Arrays.copyOf(ends, out.length()));
    }

    /** The text without its format characters (zero-width spaces, soft hyphens, bidi controls), for quoting. */
    public static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !isInvisible(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Format characters (Unicode category Cf: U+200B, U+00AD, U+2060, U+FEFF, the bidi controls...) and variation
     * selectors: they print as nothing, so inside a word they only serve to hide it.
     */
    static boolean isInvisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || codePoint == 0x034F;
    }

    /**
     * ASCII and the Latin-1 letters (æ, ø, å, é...) are their own NFKC form, so the common case skips the normaliser;
     * U+00A0 and the other Latin-1 signs are not and go through it.
     */
    private static boolean isStable(char c) {
        return c < 0x80 || (c >= 0xC0 && c <= 0xFF);
    }

    /** A base character with the combining marks after it, which NFKC must see together to compose. */
    private static int clusterEnd(String text, int start) {
        int end = start + Character.charCount(text.codePointAt(start));
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                break;
            }
            end += Character.charCount(cp);
        }
        return end;
    }

    /**
     * Folds digits and symbols that stand for letters, but only inside a run that has at least two letters and where a
     * letter sits right before or after the digit: "1d10ter" becomes "idioter", while "2026-1041", "INV-2026" and
     * "B2B" keep their digits.
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
            if (letters >= 2 && letters < end - i) {
                for (int k = i; k < end; k++) {
                    Character letter = DIGIT_LETTERS.get(text.charAt(k));
                    boolean besideLetter = (k > i && Character.isLetter(text.charAt(k - 1)))
                            || (k + 1 < end && Character.isLetter(text.charAt(k + 1)));
                    if (letter != null && besideLetter && letters >= (end - i) / 2) {
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
}
