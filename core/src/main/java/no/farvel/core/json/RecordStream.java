package no.farvel.core.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The records of one input, read one at a time so that a file of any length needs little memory. Iterate once, then
 * close it (try-with-resources). Not thread-safe.
 */
public final class RecordStream implements Iterable<ReadResult>, AutoCloseable {
    private final Iterator<ReadResult> records;
    private final Closeable input;
    private boolean iterated;

    RecordStream(Iterator<ReadResult> records, Closeable input) {
        this.records = records;
        this.input = input;
    }

    /** The records in file order; each bad record is a result with an error. Can be called once. */
    @Override
    public Iterator<ReadResult> iterator() {
        if (iterated) {
            throw new IllegalStateException("A RecordStream can be iterated only once; open the input again");
        }
        iterated = true;
        return records;
    }

    /** The records as a sequential {@link Stream}; closing the stream closes this. Can be called once. */
    public Stream<ReadResult> stream() {
        Spliterator<ReadResult> spliterator = Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(spliterator, false).onClose(this::close);
    }

    /** Closes the underlying file. */
    @Override
    public void close() {
        try {
            input.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
