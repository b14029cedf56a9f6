package no.farvel.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import no.farvel.core.Termination;
import no.farvel.core.json.internal.DocumentReader;
import no.farvel.core.json.internal.ErrorTranslator;
import no.farvel.core.json.internal.JsonLinesReader;
import no.farvel.core.json.internal.Limits;
import no.farvel.core.json.internal.TerminationMapper;

/**
 * Reads termination documents from JSON: one document, a JSON array of documents, or JSON Lines ({@code .jsonl},
 * {@code .ndjson}: one document per line). Strict: unknown fields, duplicate fields, text where a number belongs and
 * oversized input are errors that name file, line, column and field. Thread-safe and reusable.
 */
public final class TerminationReader {
    private final Limits limits;
    private final ObjectReader reader;

    private TerminationReader(Limits limits) {
        this.limits = limits;
        this.reader = TerminationMapper.create(limits);
    }

    /** A reader with the default limits: nesting 64, text 100,000 characters, numbers 100, records 1,000,000. */
    public static TerminationReader create() {
        return new TerminationReader(Limits.DEFAULT);
    }

    /** A builder to change the limits. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Opens a file for reading its records one at a time; the format follows the file name ({@code .jsonl} and
     * {@code .ndjson} are JSON Lines, anything else JSON). Throws only when the file cannot be opened.
     */
    public RecordStream open(Path file) throws IOException {
        Objects.requireNonNull(file, "The parameter 'file' must not be null");
        return open(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Reads records from {@code input}, which the returned stream closes; {@code sourceName} names the input in errors
     * and decides the format like a file name does.
     */
    public RecordStream open(Reader input, String sourceName) {
        Objects.requireNonNull(input, "The parameter 'input' must not be null");
        Objects.requireNonNull(sourceName, "The parameter 'sourceName' must not be null");
        BufferedReader buffered = input instanceof BufferedReader b ? b : new BufferedReader(input);
        Iterator<ReadResult> records;
        if (isJsonLines(sourceName)) {
            records = new JsonLinesReader(reader, buffered, sourceName, limits);
        } else {
            ErrorTranslator errors = new ErrorTranslator(sourceName, limits, 0, false);
            try {
                skipByteOrderMark(buffered);
                records = new DocumentReader(reader, reader.createParser(buffered), errors, sourceName, limits)
                        .readSequence();
            } catch (IOException e) {
                records = List.of(ReadResult.failed(sourceName, 1, 1, errors.io(e, 0))).iterator();
            }
        }
        return new RecordStream(records, buffered);
    }

    /** Reads a file holding exactly one termination document. */
    public Termination readOne(Path file) throws TerminationReadException {
        Objects.requireNonNull(file, "The parameter 'file' must not be null");
        String source = file.toString();
        try (BufferedReader input = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            skipByteOrderMark(input);
            return single(new ErrorTranslator(source, limits, 0, false), reader.createParser(input), source);
        } catch (IOException e) {
            throw new TerminationReadException(new ErrorTranslator(source, limits, 0, false).io(e, 0));
        }
    }

    /** Reads exactly one termination document from a string; {@code sourceName} names it in errors. */
    public Termination readOne(String json, String sourceName) throws TerminationReadException {
        Objects.requireNonNull(json, "The parameter 'json' must not be null");
        Objects.requireNonNull(sourceName, "The parameter 'sourceName' must not be null");
        ErrorTranslator errors = new ErrorTranslator(sourceName, limits, 0, false);
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        if (text.length() > limits.maxRecordLength()) {
            throw new TerminationReadException(new ReadError(sourceName, 0, 0, "",
                    "the document is longer than the limit of " + limits.maxRecordLength() + " characters"));
        }
        try {
            return single(errors, reader.createParser(text), sourceName);
        } catch (IOException e) {
            throw new TerminationReadException(errors.io(e, 0));
        }
    }

    private Termination single(ErrorTranslator errors, JsonParser parser, String source)
            throws TerminationReadException {
        ReadResult result = new DocumentReader(reader, parser, errors, source, limits).readSingle(1);
        if (!result.isOk()) {
            throw new TerminationReadException(result.error());
        }
        return result.termination();
    }

    private static boolean isJsonLines(String sourceName) {
        String name = sourceName.toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private static void skipByteOrderMark(BufferedReader input) throws IOException {
        input.mark(1);
        if (input.read() != '\uFEFF') {
            input.reset();
        }
    }

    /** Sets the limits that keep hostile input from exhausting memory or stack. */
    public static final class Builder {
        private int maxNestingDepth = Limits.DEFAULT.maxNestingDepth();
        private int maxStringLength = Limits.DEFAULT.maxStringLength();
        private int maxNumberLength = Limits.DEFAULT.maxNumberLength();
        private int maxNameLength = Limits.DEFAULT.maxNameLength();
        private int maxRecordLength = Limits.DEFAULT.maxRecordLength();

        private Builder() {
        }

        /** How deeply objects and arrays may nest; default 64. */
        public Builder maxNestingDepth(int maxNestingDepth) {
            this.maxNestingDepth = maxNestingDepth;
            return this;
        }

        /** The longest text value in characters; default 100,000. */
        public Builder maxStringLength(int maxStringLength) {
            this.maxStringLength = maxStringLength;
            return this;
        }

        /** The longest number (or amount string) in characters; default 100. */
        public Builder maxNumberLength(int maxNumberLength) {
            this.maxNumberLength = maxNumberLength;
            return this;
        }

        /** The longest field name in characters; default 1,000. */
        public Builder maxNameLength(int maxNameLength) {
            this.maxNameLength = maxNameLength;
            return this;
        }

        /** The longest single record (document, array element or JSON Lines line) in characters; default 1,000,000. */
        public Builder maxRecordLength(int maxRecordLength) {
            this.maxRecordLength = maxRecordLength;
            return this;
        }

        /** The reader; throws {@link IllegalArgumentException} naming a limit below 1. */
        public TerminationReader build() {
            return new TerminationReader(new Limits(maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
                    maxRecordLength));
        }
    }
}
