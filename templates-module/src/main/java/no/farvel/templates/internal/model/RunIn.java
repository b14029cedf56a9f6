package no.farvel.templates.internal.model;

/**
 * Text from the input that a pack prints before punctuation of its own, as a refund's description in
 * {@code {description}: {amount}} or a set-off's in a totals line. The colon, semicolon or comma a user ends it with
 * is left off, so a line never reads "Forskudd for mars:: kr 4 500,00" or "Forskudd for mars: : kr 4 500,00".
 */
public final class RunIn {
    private RunIn() {
    }

    /** The text without the colons, semicolons, commas and spaces it ends with; null gives empty text. */
    public static String text(String text) {
        if (text == null) {
            return "";
        }
        int end = text.length();
        while (end > 0 && endsARunIn(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static boolean endsARunIn(char c) {
        return c == ':' || c == ';' || c == ',' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
