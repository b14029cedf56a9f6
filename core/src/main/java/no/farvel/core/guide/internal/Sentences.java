package no.farvel.core.guide.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a plain-text letter into sentences. Wrapped lines are joined again, list items ("- ", "• ") and blank lines
 * start a new block, and heading underlines are dropped.
 */
public final class Sentences {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern UNDERLINE = Pattern.compile("[-=_\\s]+");
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-*•]|\\d+[.)])\\s+");
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}«\"“‘'(])");

    private Sentences() {
    }

    public static List<String> split(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String line : text.split("\\R")) {
            boolean blank = line.isBlank();
            boolean underline = !blank && UNDERLINE.matcher(line).matches() && line.strip().length() >= 3;
            boolean item = ITEM.matcher(line).find();
            if (blank || underline || item) {
                flush(block, blocks);
            }
            if (!blank && !underline) {
                block.append(block.length() == 0 ? "" : " ").append(ITEM.matcher(line).replaceFirst("").strip());
            }
        }
        flush(block, blocks);
        List<String> sentences = new ArrayList<>();
        for (String b : blocks) {
            for (String sentence : mayEndASentence(b) ? BOUNDARY.split(b) : new String[] {b}) {
                if (!sentence.isBlank()) {
                    sentences.add(sentence.strip());
                }
            }
        }
        return sentences;
    }

    private static void flush(StringBuilder block, List<String> blocks) {
        if (block.length() > 0) {
            blocks.add(singleSpaced(block) ? block.toString() : WHITESPACE.matcher(block).replaceAll(" "));
            block.setLength(0);
        }
    }

    /** Whether the text has no run of whitespace ({@code \s}) but single spaces: nothing for the pattern to do. */
    private static boolean singleSpaced(CharSequence text) {
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (space) {
                    return false;
                }
                space = true;
            } else if (isWhitespace(c)) {
                return false;
            } else {
                space = false;
            }
        }
        return true;
    }

    /** Whether a sentence's end mark stands before whitespace somewhere: where {@link #BOUNDARY} can match. */
    private static boolean mayEndASentence(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && isWhitespace(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The characters of the pattern class {@code \s}. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
