package no.farvel.localization;

import java.util.Arrays;

/**
 * Normalised text that remembers where each of its characters came from, so a finding in it can quote the original:
 * {@code original.substring(originalStart(i), originalEnd(j - 1))} is what {@code text().substring(i, j)} was.
 */
public final class NormalisedText {
    private final String text;
    private final int[] starts;
    private final int[] ends;

    private NormalisedText(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    /** Where in the original the piece that gave character {@code index} starts. */
    public int originalStart(int index) {
        return starts[index];
    }

    /** Where in the original the piece that gave character {@code index} ends (exclusive). */
    public int originalEnd(int index) {
        return ends[index];
    }

    @Override
    public String toString() {
        return text;
    }

    /** Collects normalised pieces with the range of the original each came from. */
    static final class Builder {
        private char[] text;
        private int length;
        private int[] starts;
        private int[] ends;

        Builder(int capacity) {
            text = new char[Math.max(capacity, 16)];
            starts = new int[text.length];
            ends = new int[text.length];
        }

        void append(String piece, int originalStart, int originalEnd) {
            for (int i = 0; i < piece.length(); i++) {
                append(piece.charAt(i), originalStart, originalEnd);
            }
        }

        /** One character that stands for the original character at {@code original}. */
        void append(char c, int original) {
            append(c, original, original + 1);
        }

        private void append(char c, int originalStart, int originalEnd) {
            if (length == text.length) {
                text = Arrays.copyOf(text, length * 2);
                starts = Arrays.copyOf(starts, length * 2);
                ends = Arrays.copyOf(ends, length * 2);
            }
            starts[length] = originalStart;
            ends[length] = originalEnd;
            text[length++] = c;
        }

        /** Where in the original the character at {@code index} so far came from. */
        int originalStart(int index) {
            return starts[index];
        }

        /** The characters so far ({@link #length()} of them), for folds that replace characters in place. */
        char[] chars() {
            return text;
        }

        int length() {
            return length;
        }

        /**
         * Drops the characters marked in {@code drop} (its first {@link #length()} entries); the characters that stay
         * keep the ranges of the original they came from.
         */
        void drop(boolean[] drop) {
            int kept = 0;
            for (int i = 0; i < length; i++) {
                if (!drop[i]) {
                    text[kept] = text[i];
                    starts[kept] = starts[i];
                    ends[kept] = ends[i];
                    kept++;
                }
            }
            length = kept;
        }

        NormalisedText build() {
            return new NormalisedText(new String(text, 0, length), Arrays.copyOf(starts, length),
                    Arrays.copyOf(ends, length));
        }
    }
}
