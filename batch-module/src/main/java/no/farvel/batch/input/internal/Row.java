package no.farvel.batch.input.internal;

import java.util.List;

/**
 * One row of a table: where it is and its cells by column name, in column order; empty cells are left out.
 *
 * @param source the file name (or {@code book.xlsx[sheet]}) as shown in errors
 * @param line the 1-based line or row number
 */
public record Row(String source, int line, List<Cell> cells) {
    public record Cell(String column, String value) {
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
}
