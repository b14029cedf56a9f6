package no.farvel.batch.input.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.farvel.batch.BatchLimits;
import no.farvel.batch.input.InputRecord;
import no.farvel.core.json.ReadError;
import no.farvel.core.json.TerminationReadException;
import no.farvel.core.json.TerminationReader;

/**
 * Turns a table row with dotted column names, and its list rows, into a JSON document and reads that with core's
 * strict reader, so CSV and XLSX follow exactly the rules JSON does. Thread-safe.
 */
public final class RowConverter {
    /** Columns that hold a list of texts, written with {@code |} between the entries. */
    private static final Set<String> TEXT_LISTS = Set.of("lines", "items");
    /** Columns that hold true or false. */
    private static final Set<String> FLAGS = Set.of("closing.thanks", "closing.wishWell");
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d{1,3})])?");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The most dotted parts of a column name; the contract's deepest field, transition.contact.email, has three. */
    private static final int MAX_SEGMENTS = 8;

    private final TerminationReader reader;
    private final int maxRecordChars;

    public RowConverter(BatchLimits limits) {
        this.maxRecordChars = limits.maxRecordChars();
        // A row's JSON form repeats the column names and adds quotes, so it may be longer than the row itself.
        this.reader = TerminationReader.builder()
                .maxRecordLength((int) Math.min(2L * limits.maxRecordChars() + 64 * 1024, Integer.MAX_VALUE)).build();
    }

    /** Reads one main row with the list rows that belong to it. */
    public InputRecord convert(Row row, int index, Map<String, List<Row>> lists) {
        String id = row.id();
        long chars = row.chars();
        for (List<Row> items : lists.values()) {
            for (Row item : items) {
                if (item.error() != null) {
                    return InputRecord.failed(row.source(), index, row.line(), id, item.error());
                }
                chars += item.chars();
            }
        }
        if (chars > maxRecordChars) {
            return InputRecord.failed(row.source(), index, row.line(), id, new ReadError(row.source(), row.line(), 0,
                    "", "the record and its list rows hold " + LimitText.number(chars) + " characters; the limit for "
                    + "a record is " + LimitText.number(maxRecordChars) + " (" + LimitText.RECORD_OPTION + ")"));
        }
        ObjectNode document = NODES.objectNode();
        Map<String, String> listSources = new HashMap<>();
        try {
            for (Row.Cell cell : row.cells()) {
                put(document, cell.column(), cell.value());
            }
            for (String name : ListRows.NAMES) {
                List<Row> items = lists.getOrDefault(name, List.of());
                String field = ListRows.FIELDS.get(name);
                for (int i = 0; i < items.size(); i++) {
                    Row item = items.get(i);
                    String prefix = field + "[" + i + "]";
                    listSources.put(prefix, item.location());
                    if (document.has(field) && i == 0) {
                        throw new ColumnException(item, "id", "'" + field + "' is given both in " + row.source()
                                + " and in " + item.source() + "; use one of them");
                    }
                    for (Row.Cell cell : item.cells()) {
                        if (!cell.column().equals("id")) {
                            put(document, prefix + "." + cell.column(), cell.value(), item);
                        }
                    }
                }
            }
        } catch (ColumnException e) {
            Row at = e.row != null ? e.row : row;
            return InputRecord.failed(row.source(), index, row.line(), id,
                    new ReadError(at.source(), at.line(), 0, e.path, e.getMessage()));
        }
        UnaryOperator<String> locator = path -> {
            int end = path.indexOf(']');
            String found = end > 0 ? listSources.get(path.substring(0, end + 1)) : null;
            return found != null ? found : row.location();
        };
        try {
            var termination = reader.readOne(document.toString(), row.source());
            return new InputRecord(row.source(), index, row.line(), termination.id(), termination, null, locator);
        } catch (TerminationReadException e) {
            ReadError json = e.error();
            String where = locator.apply(json.path());
            int colon = where.lastIndexOf(':');
            ReadError error = new ReadError(where.substring(0, colon), Integer.parseInt(where.substring(colon + 1)), 0,
                    json.path(), json.message());
            return new InputRecord(row.source(), index, row.line(), id, null, error, locator);
        }
    }

    private static void put(ObjectNode document, String column, String value) {
        put(document, column, value, null);
    }

    private static void put(ObjectNode document, String column, String value, Row listRow) {
        String[] segments = column.split("\\.", MAX_SEGMENTS + 1);
        if (segments.length > MAX_SEGMENTS) {
            throw new ColumnException(listRow, shortened(column), "is not a column name: use the contract's dotted "
                    + "names such as client.address.city");
        }
        JsonNode node = document;
        for (int i = 0; i < segments.length; i++) {
            Matcher m = SEGMENT.matcher(segments[i]);
            if (!m.matches()) {
                throw new ColumnException(listRow, shortened(column), "is not a column name: use the contract's "
                        + "dotted names such as client.address.city");
            }
            String name = m.group(1);
            boolean last = i == segments.length - 1;
            ObjectNode parent = (ObjectNode) node;
            if (m.group(2) != null) {
                int position = Integer.parseInt(m.group(2));
                JsonNode array = parent.get(name);
                if (array == null) {
                    array = parent.putArray(name);
                } else if (!array.isArray()) {
                    throw conflict(listRow, column);
                }
                ArrayNode items = (ArrayNode) array;
                while (items.size() <= position) {
                    items.add(last ? NODES.nullNode() : NODES.objectNode());
                }
                if (last) {
                    items.set(position, scalar(column, name, value));
                    return;
                }
                node = items.get(position);
                if (!node.isObject()) {
                    throw conflict(listRow, column);
                }
                continue;
            }
            if (last) {
                if (parent.has(name)) {
                    throw conflict(listRow, column);
                }
                parent.set(name, scalar(column, name, value));
                return;
            }
            JsonNode child = parent.get(name);
            if (child == null) {
                child = parent.putObject(name);
            } else if (!child.isObject()) {
                throw conflict(listRow, column);
            }
            node = child;
        }
    }

    private static JsonNode scalar(String column, String name, String value) {
        if (TEXT_LISTS.contains(name)) {
            ArrayNode list = NODES.arrayNode();
            for (String entry : value.split("\\|", -1)) {
                list.add(entry.strip());
            }
            return list;
        }
        if (FLAGS.contains(column)) {
            String flag = value.strip().toLowerCase(Locale.ROOT);
            if (flag.equals("true") || flag.equals("false")) {
                return NODES.booleanNode(flag.equals("true"));
            }
        }
        return NODES.textNode(value);
    }

    /** A column name fit to show as a path in one line. */
    private static String shortened(String column) {
        return column.length() <= 80 ? column : column.substring(0, 80) + "…";
    }

    private static ColumnException conflict(Row listRow, String column) {
        return new ColumnException(listRow, shortened(column),
                "is given twice, or both as a value and as a group of columns");
    }

    /** A column that cannot be placed in the document. */
    private static final class ColumnException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Row row;
        private final String path;

        ColumnException(Row row, String path, String message) {
            super(message, null, false, false);
            this.row = row;
            this.path = path;
        }
    }
}
