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
            for (String sentence : BOUNDARY.split(b)) {
                if (!sentence.isBlank()) {
                    sentences.add(sentence.strip());
                }
            }
        }
        return sentences;
    }

    private static void flush(StringBuilder block, List<String> blocks) {
        if (block.length() > 0) {
            blocks.add(WHITESPACE.matcher(block).replaceAll(" "));
            block.setLength(0);
        }
    }
}
