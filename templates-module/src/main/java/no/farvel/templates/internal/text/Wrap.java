package no.farvel.templates.internal.text;

import java.util.ArrayList;
import java.util.List;

/** Greedy word wrap on spaces, measured in code points; a no-break space never breaks a line. */
final class Wrap {
    private Wrap() {
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The text wrapped to {@code width}; each {@code \n} starts a new line, words longer than a line are cut. */
    static List<String> lines(String text, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("The parameter 'width' must be at least 1, not " + width);
        }
        List<String> lines = new ArrayList<>();
        for (String hardLine : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int lineLength = 0;
            for (String word : hardLine.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                int wordLength = length(word);
                if (lineLength > 0 && lineLength + 1 + wordLength <= width) {
                    line.append(' ').append(word);
                    lineLength += 1 + wordLength;
                    continue;
                }
                if (lineLength > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (wordLength > width) {
                    int cut = word.offsetByCodePoints(0, width);
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                    wordLength -= width;
                }
                line.append(word);
                lineLength = wordLength;
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
