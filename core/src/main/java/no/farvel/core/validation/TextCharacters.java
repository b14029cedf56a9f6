package no.farvel.core.validation;

import java.util.Set;
import no.farvel.core.text.Printable;

/**
 * The characters a letter's text must not hold: control characters, and invisible ones that change how text reads
 * or hide a word from the guide check (zero-width space, soft hyphen, bidi controls, byte order mark, word joiner,
 * and other format characters), as well as code points that are no characters at all.
 *
 * <p>The zero-width joiner and non-joiner stay allowed between two letters of a script that needs them to write a
 * word correctly: Persian and Arabic use the non-joiner inside words, the Indic scripts and Sinhala use both to
 * choose a conjunct. Between Latin letters they only hide words, and the letter fonts cannot draw emoji sequences,
 * so anywhere else they are refused like the other format characters.
 */
final class TextCharacters {
    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;
    /** Scripts whose written words need the joiners (Unicode's joining and Indic conjunct scripts). */
    private static final Set<Character.UnicodeScript> JOINING_SCRIPTS = Set.of(
            Character.UnicodeScript.ARABIC, Character.UnicodeScript.SYRIAC, Character.UnicodeScript.NKO,
            Character.UnicodeScript.MONGOLIAN, Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.BENGALI,
            Character.UnicodeScript.GURMUKHI, Character.UnicodeScript.GUJARATI, Character.UnicodeScript.ORIYA,
            Character.UnicodeScript.TAMIL, Character.UnicodeScript.TELUGU, Character.UnicodeScript.KANNADA,
            Character.UnicodeScript.MALAYALAM, Character.UnicodeScript.SINHALA, Character.UnicodeScript.MYANMAR,
            Character.UnicodeScript.KHMER, Character.UnicodeScript.TIBETAN);

    /** The first unsafe character of a text: where (counted in characters from 1), which, and what kind. */
    record Unsafe(int position, int codePoint, ViolationCode code) {
    }

    private TextCharacters() {
    }

    /** The first character the text must not hold, or null when it is clean. */
    static Unsafe first(String value) {
        int position = 0;
        int previous = -1;
        for (int i = 0; i < value.length(); i = value.offsetByCodePoints(i, 1)) {
            position++;
            int cp = value.codePointAt(i);
            if (isControl(cp)) {
                return new Unsafe(position, cp, ViolationCode.CONTROL_CHARACTER);
            }
            if (isInvisible(cp) && !isJoinerInsideAWord(value, i, previous)) {
                return new Unsafe(position, cp, ViolationCode.INVISIBLE_CHARACTER);
            }
            previous = cp;
        }
        return null;
    }

    /** C0 (tab and line breaks included), DEL, C1, and the Unicode line and paragraph separators. */
    static boolean isControl(int cp) {
        return cp < 0x20 || cp >= 0x7F && cp <= 0x9F || cp == 0x2028 || cp == 0x2029;
    }

    /** Format characters (category Cf), a surrogate without its pair, and noncharacters. */
    static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.SURROGATE || Printable.isNoncharacter(cp);
    }

    /**
     * What a person reads about the character where it is: {@code U+202E RIGHT-TO-LEFT OVERRIDE at position 5, an
     * invisible formatting character}.
     */
    static String describe(int cp, int position) {
        String name = Character.getName(cp);
        String at = " at position " + position;
        String code = Printable.codePoint(cp);
        if (Character.getType(cp) == Character.SURROGATE) {
            return code + at + ", half of a character whose other half is missing";
        }
        if (name == null || Printable.isNoncharacter(cp)) {
            return code + at + ", which is not a character";
        }
        if (cp == ZWJ || cp == ZWNJ) {
            return code + " " + name + at + ", outside a word of a script that needs it (such as Arabic or Devanagari)";
        }
        return code + " " + name + at + ", an invisible formatting character";
    }

    private static boolean isJoinerInsideAWord(String value, int index, int previous) {
        int cp = value.codePointAt(index);
        if (cp != ZWJ && cp != ZWNJ || previous < 0) {
            return false;
        }
        int nextIndex = value.offsetByCodePoints(index, 1);
        if (nextIndex >= value.length()) {
            return false;
        }
        int next = value.codePointAt(nextIndex);
        return isJoiningLetter(previous) && isJoiningLetter(next)
                && Character.UnicodeScript.of(previous) == Character.UnicodeScript.of(next);
    }

    private static boolean isJoiningLetter(int cp) {
        int type = Character.getType(cp);
        boolean letterOrMark = Character.isLetter(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
        return letterOrMark && JOINING_SCRIPTS.contains(Character.UnicodeScript.of(cp));
    }
}
