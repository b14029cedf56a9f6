package no.farvel.batch.input.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import no.farvel.batch.input.InputRecord;
import no.farvel.core.json.ReadError;

/** Turns the rows of a main table, joined with its list rows, into records; then reports unused list rows. */
final class TableRecords implements Iterator<InputRecord> {
    private final Iterator<Row> rows;
    private final ListRows lists;
    private final String mainSource;
    private final RowConverter converter = new RowConverter();
    private Deque<InputRecord> trailing;
    private int index;

    TableRecords(Iterator<Row> rows, ListRows lists, String mainSource) {
        this.rows = rows;
        this.lists = lists;
        this.mainSource = mainSource;
    }

    @Override
    public boolean hasNext() {
        if (rows.hasNext()) {
            return true;
        }
        if (trailing == null) {
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
        Map<String, List<Row>> own = new HashMap<>();
        String id = row.id();
        for (String name : ListRows.NAMES) {
            own.put(name, lists.take(name, id));
        }
        return converter.convert(row, index, own);
    }
}
