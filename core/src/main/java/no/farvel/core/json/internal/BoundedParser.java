package no.farvel.core.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A parser that refuses to read more than a set number of characters for one record, so that one huge array element
 * cannot fill the heap with its fields while the rest of the file streams.
 */
final class BoundedParser extends JsonParserDelegate {
    private final long maxRecordLength;
    private final Map<String, JsonLocation> fieldNames = new HashMap<>();
    private long recordStart = -1;

    BoundedParser(JsonParser parser, long maxRecordLength) {
        super(parser);
        this.maxRecordLength = maxRecordLength;
    }

    /** Starts counting at the current token, the start of a record. */
    void startRecord() {
        recordStart = delegate.currentTokenLocation().getCharOffset();
        fieldNames.clear();
    }

    /**
     * Where a field name was last seen in the current record: Jackson reports an unknown field at its value, but a
     * person looks for the name.
     */
    JsonLocation fieldNameLocation(String name) {
        return fieldNames.get(name);
    }

    /** Stops counting, for skipping the rest of a record that is already reported. */
    void endRecord() {
        recordStart = -1;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        if (recordStart >= 0 && token != null) {
            JsonLocation location = delegate.currentTokenLocation();
            if (location.getCharOffset() - recordStart > maxRecordLength) {
                throw new RecordTooLargeException(this, maxRecordLength);
            }
            if (token == JsonToken.FIELD_NAME) {
                fieldNames.put(delegate.currentName(), location);
            }
        }
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    /** One record is longer than the limit. */
    static final class RecordTooLargeException extends StreamConstraintsException {
        private static final long serialVersionUID = 1L;

        RecordTooLargeException(JsonParser parser, long limit) {
            super("Record length exceeds the maximum allowed (" + limit + ")", parser.currentTokenLocation());
        }
    }
}
