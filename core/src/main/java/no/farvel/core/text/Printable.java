package no.farvel.core.text;

import java.util.Locale;
import java.util.Objects;

/**
 * Shows text from data, servers or packs safely in one line of a terminal or a message: line breaks, other control
 * characters, invisible format characters (such as a right-to-left override) and code points that are no characters
 * are written as escapes like {@code \n} and {@code \u202E}, so the text can neither forge a line nor reorder what
 * the reader sees.
 */
public final class Printable {
    private Printable() {
    }

    /** The text with every character {@link #needsEscape(int) that needs it} escaped; null gives "null". */
    public static String escape(CharSequence text) {
        if (text == null) {
            return "null";
        }
        String value = text.toString();
        if (value.codePoints().noneMatch(Printable::needsEscape)) {
            return value;
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        appendEscaped(escaped, value, Integer.MAX_VALUE);
        return escaped.toString();
    }

    /**
     * The text in single quotes, escaped, and cut after {@code maxCodePoints} characters with an ellipsis:
     * {@code 'Acme\u202EAS'}, {@code 'a very long te…'}.
     */
    public static String quote(CharSequence text, int maxCodePoints) {
        if (text == null) {
            return "null";
        }
        StringBuilder quoted = new StringBuilder("'");
        boolean cut = appendEscaped(quoted, text.toString(), maxCodePoints);
        return quoted.append(cut ? "…'" : "'").toString();
    }

    /**
     * Whether a code point must not reach a terminal as it is: a control character (C0, DEL, C1), a line or
     * paragraph separator, a format character (Unicode category Cf, such as zero-width space, soft hyphen, bidi
     * controls, byte order mark), half of a surrogate pair, or a noncharacter.
     */
    public static boolean needsEscape(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE -> true;
            default -> isNoncharacter(codePoint);
        };
    }

    /** U+FDD0–U+FDEF and the last two code points of every plane, which Unicode keeps out of interchange. */
    public static boolean isNoncharacter(int codePoint) {
        return codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
    }

    /** {@code U+202E}, the way messages name a code point. */
    public static String codePoint(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }

    /** Appends at most {@code max} code points of {@code value}, escaped; true when it had to stop early. */
    private static boolean appendEscaped(StringBuilder out, String value, int max) {
        Objects.requireNonNull(value);
        int shown = 0;
        for (int i = 0; i < value.length(); i = value.offsetByCodePoints(i, 1)) {
            if (shown++ == max) {
                return true;
            }
            int cp = value.codePointAt(i);
            switch (cp) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (needsEscape(cp)) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        }
        return false;
    }
}
