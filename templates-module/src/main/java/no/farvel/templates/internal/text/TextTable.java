package no.farvel.templates.internal.text;

import java.util.ArrayList;
import java.util.List;
import no.farvel.templates.document.Table;

/**
 * A {@link Table} as aligned columns two spaces apart, a dashed line under the header, amounts right-aligned. A
 * table wider than the line narrows the columns with most room to spare and wraps their cells between words; no word
 * is ever cut (an amount or a date is one word), so a table that cannot fit stays wider than the line.
 */
final class TextTable {
    private static final String GAP = "  ";

    private TextTable() {
    }

    static List<String> lines(Table table, int width) {
        int columns = table.columnCount();
        if (columns == 0) {
            return List.of();
        }
        boolean[] numeric = new boolean[columns];
        int[] widths = new int[columns];
        int[] words = new int[columns];
        for (Table.Row row : table.body()) {
            for (int i = 0; i < row.cells().size(); i++) {
                numeric[i] |= row.cells().get(i).numeric();
            }
        }
        for (List<Table.Row> rows : List.of(table.head(), table.body())) {
            for (Table.Row row : rows) {
                for (int i = 0; i < row.cells().size(); i++) {
                    String text = text(row.cells().get(i));
                    widths[i] = Math.max(widths[i], Wrap.length(text));
                    for (String word : text.split(" ")) {
                        words[i] = Math.max(words[i], Wrap.length(word));
                    }
                }
            }
        }
        narrow(widths, words, width - GAP.length() * (columns - 1));
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

    /**
     * Takes one character at a time from the column with most room above its longest word, until the table fits or
     * every column is as narrow as its longest word.
     */
    private static void narrow(int[] widths, int[] words, int available) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        while (total > available) {
            int roomiest = -1;
            for (int i = 0; i < widths.length; i++) {
                int room = widths[i] - words[i];
                if (room > 0 && (roomiest < 0 || room > widths[roomiest] - words[roomiest])) {
                    roomiest = i;
                }
            }
            if (roomiest < 0) {
                return;
            }
            widths[roomiest]--;
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
