package no.farvel.batch.input.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import no.farvel.batch.BatchLimits;
import no.farvel.batch.input.InputRecord;
import no.farvel.batch.input.RecordSource;
import no.farvel.core.json.ReadError;
import no.farvel.core.json.ReadResult;
import no.farvel.core.json.RecordStream;
import no.farvel.core.json.TerminationReader;

/** JSON, JSON arrays and JSON Lines, read by core's strict streaming reader. */
public final class JsonRecords implements RecordSource {
    private final RecordStream stream;

    private JsonRecords(RecordStream stream) {
        this.stream = stream;
    }

    public static RecordSource open(Path input, BatchLimits limits) throws IOException {
        return new JsonRecords(TerminationReader.builder().maxRecordLength(limits.maxRecordChars()).build()
                .open(input));
    }

    @Override
    public Iterator<InputRecord> iterator() {
        Iterator<ReadResult> results = stream.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return results.hasNext();
            }

            @Override
            public InputRecord next() {
                ReadResult r = results.next();
                return r.isOk()
                        ? InputRecord.ok(r.source(), r.index(), r.line(), r.termination())
                        : InputRecord.failed(r.source(), r.index(), r.line(), null, withOption(r.error()));
            }
        };
    }

    /** The reader's record limit is the one {@code --max-record-chars} raises; say so. */
    private static ReadError withOption(ReadError error) {
        String message = error.message();
        boolean recordLimit = message.startsWith("the record is longer than the limit of ")
                || message.startsWith("the line is longer than the limit of ");
        return recordLimit ? new ReadError(error.source(), error.line(), error.column(), error.path(),
                message + " (" + LimitText.RECORD_OPTION + ")") : error;
    }

    @Override
    public void close() {
        stream.close();
    }
}
