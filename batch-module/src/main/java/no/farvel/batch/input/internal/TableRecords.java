package no.farvel.batch.input.internal;

import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import no.farvel.batch.BatchLimits;
import no.farvel.batch.input.InputRecord;
import no.farvel.core.json.ReadError;

/**
 * Turns the rows of a main table, joined with its list rows, into records; then reports unused list rows. A table
 * that cannot be read past some row ends with one failed record that says where and why.
 */
final class TableRecords implements Iterator<InputRecord> {
    private final Iterator<Row> rows;
    private final ListRows lists;
    private final String mainSource;
    private final RowConverter converter;
    private Deque<InputRecord> trailing;
    private int index;
    private int lastLine = 1;

    TableRecords(Iterator<Row> rows, ListRows lists, String mainSource, BatchLimits limits) {
        this.rows = rows;
        this.lists = lists;
        this.mainSource = mainSource;
        this.converter = new RowConverter(limits);
    }

    @Override
    public boolean hasNext() {
        if (trailing == null) {
            try {
                if (rows.hasNext()) {
                    return true;
                }
            } catch (UncheckedIOException e) {
                // The rest of the table is unreadable; its list rows would only be reported as unused.
                ReadError error = e instanceof TableReadException t ? t.error()
                        : new ReadError(mainSource, lastLine + 1, 0, "", e.getMessage());
                trailing = new ArrayDeque<>();
                trailing.add(InputRecord.failed(mainSource, ++index, Math.max(error.line(), 1), null,
                        new ReadError(error.source(), error.line(), error.column(), error.path(),
                                error.message() + "; the rows after it were not read")));
                return true;
            }
            trailing = new ArrayDeque<>();
            for (ReadError error : lists.leftOver(mainSource)) {
                trailing.add(InputRecord.failed(error.source(), ++index, error.line(), null, error));
            }
        }
        return !trailing.isEmpty();
    }

    @Override
    public InputRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more records in " + mainSource);
        }
        if (trailing != null) {
            return trailing.removeFirst();
        }
        Row row = rows.next();
        index++;
        lastLine = row.line();
        String id = row.id();
        Map<String, List<Row>> own = new HashMap<>();
        for (String name : ListRows.NAMES) {
            own.put(name, lists.take(name, id));
        }
        if (row.error() != null) {
            return InputRecord.failed(row.source(), index, row.line(), id, row.error());
        }
        return converter.convert(row, index, own);
    }
}
