package no.farvel.batch.input.internal;

import java.util.List;
import no.farvel.core.json.ReadError;

/**
 * One row of a table: where it is and its cells by column name, in column order; empty cells are left out.
 *
 * @param source the file name (or {@code book.xlsx[sheet]}) as shown in errors
 * @param line the 1-based line or row number
 * @param error why the row cannot be used although the rows after it can (it is longer than a limit), or null
 */
public record Row(String source, int line, List<Cell> cells, ReadError error) {
    public record Cell(String column, String value) {
    }

    public Row(String source, int line, List<Cell> cells) {
        this(source, line, cells, null);
    }

    /** The value in column {@code id}, or null. */
    public String id() {
        for (Cell cell : cells) {
            if (cell.column().equals("id")) {
                return cell.value().strip();
            }
        }
        return null;
    }

    public String location() {
        return source + ":" + line;
    }

    /** The number of characters in its cells, as a measure of its size. */
    public long chars() {
        long chars = 0;
        for (Cell cell : cells) {
            chars += cell.value().length();
        }
        return chars;
    }
}
