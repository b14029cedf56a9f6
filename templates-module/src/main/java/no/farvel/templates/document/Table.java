package no.farvel.templates.document;

import java.util.List;

/** Table with header rows (repeated on every page the table spans) and body rows. */
public record Table(List<Row> head, List<Row> body) implements Block {
    /** Copies the rows. */
    public Table {
        head = List.copyOf(head);
        body = List.copyOf(body);
    }

    /** Table row. */
    public record Row(List<Cell> cells) {
        /** Copies the cells. */
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** Table cell; {@code numeric} cells ({@code class="num"}) hold amounts and align right. */
    public record Cell(boolean header, boolean numeric, List<Inline> inlines) {
        /** Copies the inlines. */
        public Cell {
            inlines = List.copyOf(inlines);
        }
    }

    /** The number of columns: the widest row. */
    public int columnCount() {
        int n = 0;
        for (Row row : head) {
            n = Math.max(n, row.cells().size());
        }
        for (Row row : body) {
            n = Math.max(n, row.cells().size());
        }
        return n;
    }
}
