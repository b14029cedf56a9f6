package no.farvel.templates.internal.html;

import java.util.List;
import no.farvel.templates.document.Table;

/**
 * Writes a {@link Table}: amounts right-aligned, header cells of amount columns too. A table of more than
 * {@value #MOST_COLUMNS} columns does not fit a 390 px phone screen at a readable size, and mail clients drop the media
 * queries that could rearrange it, so it is written stacked for every screen: a row a line, its first cell and its
 * amounts as two columns, the other cells as "heading value" pairs below the first that wrap between pairs.
 */
final class HtmlTable {
    /** The most columns written as a grid. */
    static final int MOST_COLUMNS = 3;
    private static final String CELL = "padding:4px 12px 4px 0;vertical-align:top;";
    private static final String HEADER = "font-weight:bold;border-bottom:1px solid #999999;";
    private static final String STACKED_CELL = "padding:6px 0;vertical-align:top;border-top:1px solid #dddddd;";
    private static final String DETAILS = "font-size:13px;color:#555555;";

    private HtmlTable() {
    }

    static void write(StringBuilder html, Inlines inlines, Table table) {
        boolean[] numericColumns = numericColumns(table);
        if (table.columnCount() > MOST_COLUMNS) {
            stacked(html, inlines, table, numericColumns);
            return;
        }
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
                    html.append(HEADER);
                }
                html.append("\">");
                inlines.write(html, cell.inlines());
                html.append("</").append(tag).append('>');
            }
            html.append("</tr>\n");
        }
        html.append("</").append(section).append(">\n");
    }

    private static void stacked(StringBuilder html, Inlines inlines, Table table, boolean[] numericColumns) {
        List<Table.Cell> labels = table.head().isEmpty() ? List.of()
                : table.head().get(table.head().size() - 1).cells();
        boolean amounts = false;
        for (boolean numeric : numericColumns) {
            amounts |= numeric;
        }
        html.append("<table style=\"border-collapse:collapse;width:100%;margin:0 0 12px 0;\">\n");
        if (!labels.isEmpty()) {
            html.append("<thead>\n<tr><th style=\"").append(CELL).append(HEADER).append("text-align:left;\">");
            inlines.write(html, labels.get(0).inlines());
            html.append("</th>");
            if (amounts) {
                html.append("<th style=\"").append(CELL).append(HEADER)
                        .append("padding-right:0;text-align:right;white-space:nowrap;\">");
                amounts(html, inlines, labels, numericColumns);
                html.append("</th>");
            }
            html.append("</tr>\n</thead>\n");
        }
        html.append("<tbody>\n");
        for (Table.Row row : table.body()) {
            List<Table.Cell> cells = row.cells();
            html.append("<tr><td style=\"").append(STACKED_CELL).append("padding-right:12px;text-align:left;\">");
            if (!cells.isEmpty()) {
                inlines.write(html, cells.get(0).inlines());
            }
            details(html, inlines, cells, labels, numericColumns);
            html.append("</td>");
            if (amounts) {
                html.append("<td style=\"").append(STACKED_CELL).append("text-align:right;white-space:nowrap;\">");
                amounts(html, inlines, cells, numericColumns);
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /** The cells after the first that hold no amount, each with its column heading, wrapping between them. */
    private static void details(StringBuilder html, Inlines inlines, List<Table.Cell> cells, List<Table.Cell> labels,
                                boolean[] numericColumns) {
        boolean first = true;
        for (int i = 1; i < cells.size(); i++) {
            Table.Cell cell = cells.get(i);
            if (i < numericColumns.length && numericColumns[i] || cell.inlines().isEmpty()) {
                continue;
            }
            html.append(first ? "<div style=\"" + DETAILS + "\">" : " · ");
            first = false;
            // A pair moves to the next line whole; only a pair wider than the screen wraps inside.
            html.append("<span style=\"display:inline-block;max-width:100%;\">");
            if (i < labels.size() && !labels.get(i).inlines().isEmpty()) {
                inlines.write(html, labels.get(i).inlines());
                html.append(' ');
            }
            inlines.write(html, cell.inlines());
            html.append("</span>");
        }
        if (!first) {
            html.append("</div>");
        }
    }

    /** The cells of the amount columns, one a line. */
    private static void amounts(StringBuilder html, Inlines inlines, List<Table.Cell> cells,
                                boolean[] numericColumns) {
        boolean first = true;
        for (int i = 0; i < cells.size() && i < numericColumns.length; i++) {
            if (numericColumns[i] && !cells.get(i).inlines().isEmpty()) {
                html.append(first ? "" : "<br>");
                inlines.write(html, cells.get(i).inlines());
                first = false;
            }
        }
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
