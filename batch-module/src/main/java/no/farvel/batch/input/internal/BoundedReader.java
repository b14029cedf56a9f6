package no.farvel.batch.input.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that refuses to hand out more than a set number of characters for one row, so that a parser meeting an
 * endless field (a 300 MB cell, a quote that is never closed) stops instead of filling the heap. The owner calls
 * {@link #rowDone()} after each row; the allowance is generous, since the parser reads ahead in blocks.
 */
final class BoundedReader extends Reader {
    private final Reader in;
    private final long allowance;
    private long sinceRow;

    /** @param maxRowChars the longest row; reading stops at about twice that, plus the parser's read-ahead */
    BoundedReader(Reader in, int maxRowChars) {
        this.in = in;
        this.allowance = 2L * maxRowChars + 64 * 1024;
    }

    /** A row was handed out; count afresh. */
    void rowDone() {
        sinceRow = 0;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (sinceRow >= allowance) {
            throw new RowTooLongException();
        }
        int n = in.read(buffer, offset, (int) Math.min(length, allowance - sinceRow));
        if (n > 0) {
            sinceRow += n;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The current row goes on beyond the allowance; the file cannot be read past it. */
    static final class RowTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        RowTooLongException() {
            super("row too long", null);
        }
    }
}
