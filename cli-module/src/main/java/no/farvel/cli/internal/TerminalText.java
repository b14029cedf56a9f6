package no.farvel.cli.internal;

/**
 * Text from packs, data or servers made safe to print: control, format and line-separator characters become
 * visible escapes ({@code \n}, {@code \u202e}), so a pack's name or description cannot forge an output line, move
 * the cursor or reverse what follows.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** The text with every control and format character escaped; null prints as {@code null}. */
    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type != Character.CONTROL && type != Character.FORMAT && type != Character.LINE_SEPARATOR
                    && type != Character.PARAGRAPH_SEPARATOR) {
                out.appendCodePoint(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format(c > 0xffff ? "\\u{%x}" : "\\u%04x", c));
            }
        });
        return out.toString();
    }
}
