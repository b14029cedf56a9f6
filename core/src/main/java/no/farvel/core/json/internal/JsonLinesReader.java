package no.farvel.core.json.internal;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.NoSuchElementException;
import no.farvel.core.json.ReadError;
import no.farvel.core.json.ReadResult;

/**
 * Reads JSON Lines: one document per line, blank lines skipped. Every line is parsed on its own, so a broken line
 * costs only that record. A line longer than the record limit is skipped without being held in memory.
 */
public final class JsonLinesReader implements Iterator<ReadResult> {
    private enum Status { LINE, TOO_LONG, END }

    private final ObjectReader reader;
    private final Reader input;
    private final String source;
    private final Limits limits;
    private final ErrorTranslator fileErrors;
    private final StringBuilder line = new StringBuilder();
    private int lineNumber;
    private int index;
    private boolean done;
    private ReadResult next;

    /** @param input a buffered reader; it is read one character at a time */
    public JsonLinesReader(ObjectReader reader, Reader input, String source, Limits limits) {
        this.reader = reader;
        this.input = input;
        this.source = source;
        this.limits = limits;
        this.fileErrors = new ErrorTranslator(source, limits, 0, true);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = advance();
            done = done || next == null;
        }
        return next != null;
    }

    @Override
    public ReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more records in " + source);
        }
        ReadResult result = next;
        next = null;
        return result;
    }

    private ReadResult advance() {
        while (true) {
            Status status;
            try {
                status = readLine();
            } catch (IOException e) {
                done = true;
                return ReadResult.failed(source, index + 1, Math.max(lineNumber, 1), fileErrors.io(e, lineNumber));
            }
            if (status == Status.END) {
                return null;
            }
            if (status == Status.TOO_LONG) {
                index++;
                return ReadResult.failed(source, index, lineNumber, new ReadError(source, lineNumber, 0, "",
                        "the line is longer than the limit of " + limits.maxRecordLength() + " characters"));
            }
            if (!line.toString().isBlank()) {
                index++;
                return readDocument();
            }
        }
    }

    private ReadResult readDocument() {
        ErrorTranslator errors = new ErrorTranslator(source, limits, lineNumber - 1, true);
        try {
            DocumentReader document = new DocumentReader(reader, reader.createParser(line.toString()), errors, source,
                    limits);
            return document.readSingle(index);
        } catch (IOException e) {
            return ReadResult.failed(source, index, lineNumber, errors.translate(e, null));
        }
    }

    /** Reads the next line into {@code line}, keeping at most the record limit in memory. */
    private Status readLine() throws IOException {
        line.setLength(0);
        int c = input.read();
        if (c < 0) {
            return Status.END;
        }
        lineNumber++;
        boolean tooLong = false;
        while (c >= 0 && c != '\n') {
            if (!tooLong) {
                if (line.length() >= limits.maxRecordLength()) {
                    tooLong = true;
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
            c = input.read();
        }
        if (tooLong) {
            return Status.TOO_LONG;
        }
        if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);
        }
        if (lineNumber == 1 && line.length() > 0 && line.charAt(0) == '\uFEFF') {
            line.deleteCharAt(0);
        }
        return Status.LINE;
    }
}
