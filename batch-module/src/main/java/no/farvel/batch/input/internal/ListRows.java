package no.farvel.batch.input.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.farvel.batch.BatchLimits;
import no.farvel.core.json.ReadError;

/**
 * The rows of the list files (or sheets) beside a main table, grouped by the id they belong to. Held in memory: list
 * files are read before the main file so their rows may come in any order. How many rows and characters they may
 * hold is bounded by {@link BatchLimits#maxListRows()} and {@link BatchLimits#maxListChars()}.
 */
public final class ListRows {
    /** List file or sheet name, and the contract field its rows fill. */
    public static final Map<String, String> FIELDS = Map.of(
            "reasons", "reasons",
            "steps", "stepsTaken",
            "invoices", "finalInvoices",
            "refunds", "refunds");
    /** The order lists are filled in, so every input format builds the same document. */
    public static final List<String> NAMES = List.of("reasons", "steps", "invoices", "refunds");

    private final Map<String, Map<String, List<Row>>> byName = new HashMap<>();
    private final List<ReadError> problems = new ArrayList<>();
    private final BatchLimits limits;
    private long rows;
    private long chars;

    public ListRows(BatchLimits limits) {
        this.limits = limits;
    }

    /**
     * Adds a row of list {@code name}; a row without id is remembered as a problem.
     *
     * @throws UncheckedIOException naming the row when the list files together break a limit
     */
    public void add(String name, Row row) {
        rows++;
        chars += row.chars();
        if (rows > limits.maxListRows()) {
            throw new UncheckedIOException(new IOException(row.location() + " the list files have more than "
                    + LimitText.number(limits.maxListRows()) + " rows in all, the limit for rows held in memory ("
                    + LimitText.LIST_ROWS_OPTION + ")"));
        }
        if (chars > limits.maxListChars()) {
            throw new UncheckedIOException(new IOException(row.location() + " the list files hold more than "
                    + LimitText.number(limits.maxListChars()) + " characters in all, the limit for list files held "
                    + "in memory (" + LimitText.LIST_CHARS_OPTION + ")"));
        }
        String id = row.id();
        if (id == null || id.isEmpty()) {
            if (row.error() != null) {
                problems.add(row.error());
            } else if (!row.cells().isEmpty()) {
                problems.add(new ReadError(row.source(), row.line(), 0, "id",
                        "is required: each row of a list file names the record it belongs to in column 'id'"));
            }
            return;
        }
        byName.computeIfAbsent(name, n -> new HashMap<>()).computeIfAbsent(id, i -> new ArrayList<>()).add(row);
    }

    /** Rows of list {@code name} for record {@code id}, in file order; removed, so every row is used once. */
    public List<Row> take(String name, String id) {
        Map<String, List<Row>> rows = byName.get(name);
        if (rows == null || id == null) {
            return List.of();
        }
        List<Row> found = rows.remove(id);
        return found == null ? List.of() : found;
    }

    /** List rows that belong to no record (a mistyped id, most likely), reported once the main table is read. */
    public List<ReadError> leftOver(String mainSource) {
        List<ReadError> out = new ArrayList<>(problems);
        for (String name : NAMES) {
            byName.getOrDefault(name, Map.of()).values().stream().flatMap(List::stream)
                    .sorted(Comparator.comparing(Row::source).thenComparingInt(Row::line))
                    .forEach(row -> out.add(new ReadError(row.source(), row.line(), 0, "id", "'" + row.id()
                            + "' is the id of no record in " + mainSource + ", so this row was not used; correct the id")));
        }
        return out;
    }
}
