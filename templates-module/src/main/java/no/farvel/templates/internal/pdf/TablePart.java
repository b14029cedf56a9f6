package no.farvel.templates.internal.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * A table of the body: its slices are its body rows, the first carrying the header rows above it; a part of the
 * table that continues on a new page repeats the header rows.
 */
final class TablePart implements FlowPart {
    private final PdfPTable table;
    private final int headerRows;
    private final float left;
    private final float headerHeight;
    private final float cellLeading;

    /** The table laid out {@code width} wide from {@code left}, the text in its cells set at {@code cellLeading}. */
    TablePart(PdfPTable table, float left, float width, float cellLeading) {
        this.table = table;
        this.left = left;
        this.cellLeading = cellLeading;
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        this.headerRows = table.getHeaderRows();
        float header = 0;
        for (int row = 0; row < headerRows; row++) {
            header += table.getRowHeight(row);
        }
        this.headerHeight = header;
    }

    /** The number of slices: the body rows, or one for a table that has only a header. */
    int sliceCount() {
        return Math.max(1, table.size() - headerRows);
    }

    /** The height of slice {@code index}, with the header rows above the first. */
    float sliceHeight(int index) {
        float row = table.size() > headerRows ? table.getRowHeight(headerRows + index) : 0;
        return index == 0 ? headerHeight + row : row;
    }

    @Override
    public float leastHeight(int index, double ratio) {
        int from = index == 0 ? 0 : headerRows + index;
        int to = Math.min(headerRows + index + 1, table.size());
        float least = 0;
        for (int row = from; row < to; row++) {
            least += leastRowHeight(row, ratio);
        }
        return least;
    }

    /**
     * A row is as tall as its tallest cell: its padding, the first line's ascender (a cell sets its first line by the
     * ascender), one leading or an image's height for each further line, and the last line's descender. Only the
     * lines set by the leading depend on it, each by at most the leadings' difference, and each takes at least a
     * leading of the tallest cell's height less its padding: so there are no more of them than that holds.
     */
    private float leastRowHeight(int row, double ratio) {
        float height = table.getRowHeight(row);
        float padding = height;
        for (PdfPCell cell : table.getRow(row).getCells()) {
            if (cell != null) {
                padding = Math.min(padding, cell.getEffectivePaddingTop() + cell.getEffectivePaddingBottom());
            }
        }
        // A hundredth over, so that a row a rounding short of a whole number of leadings still counts the last one.
        int leadingLines = (int) ((height - padding) / cellLeading + 0.01f);
        float lost = FlowPart.mostLostPerLine(cellLeading, ratio);
        return Math.max(0, height - leadingLines * lost);
    }

    @Override
    public float continuationHeight() {
        return headerHeight;
    }

    @Override
    public void draw(PdfContentByte canvas, int from, int to, float top) {
        float y = top;
        if (headerRows > 0) {
            y = table.writeSelectedRows(0, headerRows, left, y, canvas);
        }
        if (table.size() > headerRows) {
            table.writeSelectedRows(headerRows + from, headerRows + to, left, y, canvas);
        }
    }
}
