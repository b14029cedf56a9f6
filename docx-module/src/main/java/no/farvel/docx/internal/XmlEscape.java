package no.farvel.docx.internal;

/**
 * Escaping for the XML Farvel writes itself: the letter markup a Word template compiles to, a Word package's own
 * parts, and WordprocessingML as XMLBeans saved it, whose rules the letters' parts keep so that they stay the bytes
 * POI wrote.
 */
public final class XmlEscape {
    private XmlEscape() {
    }

    /** The text escaped for XML: for character data, or for an attribute value in double quotes. */
    public static String escape(String text, boolean attribute) {
        if (clean(text, attribute)) {
            return text;
        }
        return escape(new StringBuilder(text.length() + 16), text, attribute).toString();
    }

    /** Appends the text escaped: {@code & < >} as entities, and {@code "} too in an attribute value. */
    public static StringBuilder escape(StringBuilder out, String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
        return out;
    }

    private static boolean clean(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&' || c == '<' || c == '>' || attribute && c == '"') {
                return false;
            }
        }
        return true;
    }

    /**
     * Appends character data of a WordprocessingML part as XMLBeans saved it: {@code <} and {@code &} as entities,
     * {@code >} only after {@code ]]}, a carriage return as {@code &#13;} and a character XML cannot hold as '?'; a
     * text of more than 32 characters with more than five {@code <} or {@code &} in it as a CDATA section.
     */
    static void wordText(StringBuilder out, String text) {
        int length = text.length();
        int entities = 0;
        boolean replaced = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '&') {
                entities++;
            } else if (c == '>' && i >= 2 && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']'
                    || c == '\r' || unwritable(c)) {
                replaced = true;
            }
        }
        if (entities == 0 && !replaced) {
            out.append(text);
        } else if (length > 32 && entities > 5) {
            cdata(out, text);
        } else {
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c == '<') {
                    out.append("&lt;");
                } else if (c == '&') {
                    out.append("&amp;");
                } else if (c == '>' && i >= 2 && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']') {
                    out.append("&gt;");
                } else if (unwritable(c)) {
                    out.append('?');
                } else if (c == '\r') {
                    out.append("&#13;");
                } else {
                    out.append(c);
                }
            }
        }
    }

    /** XMLBeans' CDATA section, which leaves the first two characters as they are and splits a {@code ]]>}. */
    private static void cdata(StringBuilder out, String text) {
        out.append("<![CDATA[").append(text.charAt(0)).append(text.charAt(1));
        for (int i = 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '>' && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']') {
                out.append("]]>><![CDATA[");
            } else if (unwritable(c)) {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        out.append("]]>");
    }

    /** Appends an attribute value of a WordprocessingML part as XMLBeans saved it: {@code < & "} as entities. */
    static void wordAttribute(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }

    /** A character that XML 1.0 cannot hold (surrogates pass: a pair is a character it can). */
    private static boolean unwritable(char c) {
        return !(Character.isSurrogate(c) || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
            || c == 0x9 || c == 0xA || c == 0xD);
    }
}
