package no.farvel.templates.internal.html;

import java.util.List;
import no.farvel.templates.document.Table;

/** Writes a {@link Table}: amounts right-aligned, header cells of amount columns too. */
final class HtmlTable {
    private static final String CELL = "padding:4px 12px 4px 0;vertical-align:top;";

    private HtmlTable() {
    }

    static void write(StringBuilder html, Inlines inlines, Table table) {
        boolean[] numericColumns = numericColumns(table);
        html.append("<table style=\"border-collapse:collapse;width:100%;margin:0 0 12px 0;\">\n");
        rows(html, inlines, "thead", table.head(), numericColumns);
        rows(html, inlines, "tbody", table.body(), numericColumns);
        html.append("</table>\n");
    }

    private static void rows(StringBuilder html, Inlines inlines, String section, List<Table.Row> rows,
                             boolean[] numericColumns) {
        if (rows.isEmpty()) {
            return;
        }
        html.append('<').append(section).append(">\n");
        for (Table.Row row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.cells().size(); i++) {
                Table.Cell cell = row.cells().get(i);
                boolean right = cell.numeric() || (cell.header() && numericColumns[i]);
                String tag = cell.header() ? "th" : "td";
                html.append('<').append(tag).append(" style=\"").append(CELL)
                        .append(right ? "text-align:right;white-space:nowrap;" : "text-align:left;");
                if (cell.header()) {
                    html.append("font-weight:bold;border-bottom:1px solid #999999;");
                }
                html.append("\">");
                inlines.write(html, cell.inlines());
                html.append("</").append(tag).append('>');
            }
            html.append("</tr>\n");
        }
        html.append("</").append(section).append(">\n");
    }

    /** Columns with a numeric body cell; their headers align with the amounts below them. */
    static boolean[] numericColumns(Table table) {
        boolean[] numeric = new boolean[table.columnCount()];
        for (Table.Row row : table.body()) {
            for (int i = 0; i < row.cells().size(); i++) {
                numeric[i] |= row.cells().get(i).numeric();
            }
        }
        return numeric;
    }
}
