package no.farvel.templates.internal.pdf;

import com.lowagie.text.pdf.PdfContentByte;
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

    /** The table laid out {@code width} wide from {@code left}. */
    TablePart(PdfPTable table, float left, float width) {
        this.table = table;
        this.left = left;
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
