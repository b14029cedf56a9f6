package no.farvel.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import no.farvel.core.Termination;
import no.farvel.core.json.ReadResult;

/**
 * Reads termination records from one parser: either exactly one document, or a sequence (the elements of a top-level
 * array, or objects one after another). A bad record is reported and skipped; broken JSON ends the input.
 */
public final class DocumentReader {
    private final ObjectReader reader;
    private final BoundedParser parser;
    private final ErrorTranslator errors;
    private final String source;

    public DocumentReader(ObjectReader reader, JsonParser parser, ErrorTranslator errors, String source,
                          Limits limits) {
        this.reader = reader;
        this.parser = new BoundedParser(parser, limits.maxRecordLength());
        this.errors = errors;
        this.source = source;
    }

    /** Reads exactly one document; content after it is an error. Never throws for bad input. */
    public ReadResult readSingle(int index) {
        int line = 0;
        try {
            JsonToken token = parser.nextToken();
            line = errors.line(parser.currentTokenLocation());
            if (token == null) {
                return empty(index);
            }
            ReadResult result = readRecord(token, index, parser.getParsingContext());
            if (result.isOk() && parser.nextToken() != null) {
                return ReadResult.failed(source, index, result.line(), errors.at(parser.currentTokenLocation(),
                        "unexpected content after the end of the document; only one termination document is "
                                + "expected here"));
            }
            return result;
        } catch (IOException e) {
            return ReadResult.failed(source, index, Math.max(line, 1), errors.translate(e, parser));
        }
    }

    /** The records of a sequence, one at a time. */
    public Iterator<ReadResult> readSequence() {
        return new SequenceIterator();
    }

    private ReadResult empty(int index) {
        return ReadResult.failed(source, index, 1, errors.at(null,
                "the input is empty: expected a termination document (a JSON object)"));
    }

    /**
     * Reads one record starting at {@code token}; after a bad record the parser is left at its end, so the next
     * record can be read. Throws only when the input itself is broken.
     */
    private ReadResult readRecord(JsonToken token, int index, JsonStreamContext container) throws IOException {
        int line = errors.line(parser.currentTokenLocation());
        if (token != JsonToken.START_OBJECT) {
            String found = switch (token) {
                case START_ARRAY -> "an array";
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_NULL -> "null";
                case VALUE_TRUE, VALUE_FALSE -> token.asString();
                default -> "'" + token.asString() + "'";
            };
            ReadResult failed = ReadResult.failed(source, index, line, errors.at(parser.currentTokenLocation(),
                    "expected a termination document (a JSON object), found " + found));
            parser.skipChildren();
            return failed;
        }
        parser.startRecord();
        try {
            Termination termination = reader.readValue(parser);
            return ReadResult.ok(source, index, line, termination);
        } catch (DatabindException e) {
            if (e.getCause() instanceof JsonProcessingException cause && !(cause instanceof DatabindException)
                    && !(cause instanceof BoundedParser.RecordTooLargeException)) {
                // Broken JSON or an exceeded parser limit: the parser cannot find the next record.
                throw e;
            }
            ReadResult failed = ReadResult.failed(source, index, line, errors.translate(e, parser));
            skipRestOfRecord(container);
            return failed;
        } finally {
            parser.endRecord();
        }
    }

    /** Moves past the end of the record whose reading failed, so that the next record starts cleanly. */
    private void skipRestOfRecord(JsonStreamContext container) throws IOException {
        parser.endRecord();
        while (parser.getParsingContext() != container) {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                parser.skipChildren();
                if (parser.getParsingContext() == container) {
                    break;
                }
            }
            if (parser.nextToken() == null) {
                break;
            }
        }
    }

    private final class SequenceIterator implements Iterator<ReadResult> {
        private ReadResult next;
        private boolean started;
        private boolean done;
        private boolean inArray;
        private JsonStreamContext container;
        private int index;

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                next = advance();
                if (next == null) {
                    done = true;
                }
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
            boolean inRecord = false;
            try {
                if (!started) {
                    // Records are the values at the top level, unless the top level is an array.
                    container = parser.getParsingContext();
                }
                JsonToken token = parser.nextToken();
                if (!started) {
                    started = true;
                    if (token == null) {
                        done = true;
                        return ReadResult.failed(source, 1, 1, errors.at(null, "the input is empty: expected a "
                                + "termination document (a JSON object), an array of them, or JSON Lines"));
                    }
                    if (token == JsonToken.START_ARRAY) {
                        inArray = true;
                        container = parser.getParsingContext();
                        token = parser.nextToken();
                    }
                }
                if (inArray && token == JsonToken.END_ARRAY) {
                    inArray = false;
                    token = parser.nextToken();
                    if (token != null) {
                        done = true;
                        return ReadResult.failed(source, index + 1, errors.line(parser.currentTokenLocation()),
                                errors.at(parser.currentTokenLocation(),
                                "unexpected content after the closing ']' of the array"));
                    }
                }
                if (token == null) {
                    return null;
                }
                index++;
                inRecord = true;
                return readRecord(token, index, container);
            } catch (IOException e) {
                done = true;
                int failedIndex = inRecord ? index : index + 1;
                var error = errors.translate(e, parser);
                return ReadResult.failed(source, failedIndex, Math.max(error.line(), 1), error);
            }
        }
    }
}
