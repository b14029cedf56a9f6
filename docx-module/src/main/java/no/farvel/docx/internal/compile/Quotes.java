package no.farvel.docx.internal.compile;

/**
 * Word's AutoCorrect inside a tag: “curly”, «angle» and ‘single’ quotes, arrows, comparison signs and no-break spaces,
 * which FreeMarker does not read, made plain again.
 */
final class Quotes {
    private static final String DOUBLE = "\"“”„‟«»";
    private static final String SINGLE = "'‘’‚‛";

    private Quotes() {
    }

    static boolean opens(char c) {
        return DOUBLE.indexOf(c) >= 0 || SINGLE.indexOf(c) >= 0;
    }

    /** The index of the quote closing the string that opens at {@code start}, or -1 when it is not closed. */
    static int skip(String text, int start, boolean raw) {
        String family = DOUBLE.indexOf(text.charAt(start)) >= 0 ? DOUBLE : SINGLE;
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && !raw) {
                i++;
            } else if (family.indexOf(c) >= 0) {
                return i;
            } else if (c == '\n' || c == '\uFFFC') {
                return -1;
            }
        }
        return -1;
    }

    /** The tag's text as FreeMarker reads it. */
    static String plain(String tag) {
        StringBuilder out = new StringBuilder(tag.length());
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (DOUBLE.indexOf(c) >= 0) {
                out.append('"');
            } else if (SINGLE.indexOf(c) >= 0) {
                out.append('\'');
            } else if (c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\t') {
                out.append(' ');
            } else if (c == '→') {
                out.append("->");
            } else if (c == '≤' || c == '⇐') {
                out.append("<=");
            } else if (c == '≥') {
                out.append(">=");
            } else if (c == '≠') {
                out.append("!=");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
