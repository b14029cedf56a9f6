package no.farvel.templates.internal.text;

import java.util.ArrayList;
import java.util.List;
import no.farvel.templates.document.Table;

/**
 * A {@link Table} as aligned columns two spaces apart, a dashed line under the header, amounts right-aligned. A
 * table wider than the line narrows its widest columns and wraps their cells.
 */
final class TextTable {
    private static final String GAP = "  ";
    private static final int MIN_COLUMN = 6;

    private TextTable() {
    }

    static List<String> lines(Table table, int width) {
        int columns = table.columnCount();
        if (columns == 0) {
            return List.of();
        }
        boolean[] numeric = new boolean[columns];
        int[] widths = new int[columns];
        for (Table.Row row : table.body()) {
            for (int i = 0; i < row.cells().size(); i++) {
                numeric[i] |= row.cells().get(i).numeric();
            }
        }
        for (List<Table.Row> rows : List.of(table.head(), table.body())) {
            for (Table.Row row : rows) {
                for (int i = 0; i < row.cells().size(); i++) {
                    widths[i] = Math.max(widths[i], Wrap.length(text(row.cells().get(i))));
                }
            }
        }
        narrow(widths, width - GAP.length() * (columns - 1));
        List<String> lines = new ArrayList<>();
        for (Table.Row row : table.head()) {
            row(lines, row, widths, numeric);
        }
        if (!table.head().isEmpty()) {
            StringBuilder dashes = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                dashes.append(i == 0 ? "" : GAP).append("-".repeat(widths[i]));
            }
            lines.add(dashes.toString());
        }
        for (Table.Row row : table.body()) {
            row(lines, row, widths, numeric);
        }
        return lines;
    }

    /** Takes one column from the widest column until the table fits, or no column can give more. */
    private static void narrow(int[] widths, int available) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        while (total > available) {
            int widest = 0;
            for (int i = 1; i < widths.length; i++) {
                if (widths[i] > widths[widest]) {
                    widest = i;
                }
            }
            if (widths[widest] <= MIN_COLUMN) {
                return;
            }
            widths[widest]--;
            total--;
        }
    }

    private static void row(List<String> lines, Table.Row row, int[] widths, boolean[] numeric) {
        List<List<String>> cells = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < widths.length; i++) {
            String text = i < row.cells().size() ? text(row.cells().get(i)) : "";
            List<String> cellLines = widths[i] == 0 ? List.of("") : Wrap.lines(text, Math.max(1, widths[i]));
            cells.add(cellLines);
            height = Math.max(height, cellLines.size());
        }
        for (int line = 0; line < height; line++) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                Table.Cell cell = i < row.cells().size() ? row.cells().get(i) : null;
                boolean right = cell != null && (cell.numeric() || (cell.header() && numeric[i]));
                String text = line < cells.get(i).size() ? cells.get(i).get(line) : "";
                String padding = " ".repeat(Math.max(0, widths[i] - Wrap.length(text)));
                out.append(i == 0 ? "" : GAP).append(right ? padding + text : text + padding);
            }
            lines.add(out.toString().stripTrailing());
        }
    }

    private static String text(Table.Cell cell) {
        return TextInlines.flatten(cell.inlines()).replace('\n', ' ').strip();
    }
}
