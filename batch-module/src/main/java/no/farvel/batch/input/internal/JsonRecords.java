package no.farvel.batch.input.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import no.farvel.batch.input.InputRecord;
import no.farvel.batch.input.RecordSource;
import no.farvel.core.json.ReadResult;
import no.farvel.core.json.RecordStream;
import no.farvel.core.json.TerminationReader;

/** JSON, JSON arrays and JSON Lines, read by core's strict streaming reader. */
public final class JsonRecords implements RecordSource {
    private final RecordStream stream;

    private JsonRecords(RecordStream stream) {
        this.stream = stream;
    }

    public static RecordSource open(Path input) throws IOException {
        return new JsonRecords(TerminationReader.create().open(input));
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
                        : InputRecord.failed(r.source(), r.index(), r.line(), null, r.error());
            }
        };
    }

    @Override
    public void close() {
        stream.close();
    }
}
