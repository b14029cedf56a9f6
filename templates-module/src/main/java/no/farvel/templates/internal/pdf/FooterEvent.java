package no.farvel.templates.internal.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import no.farvel.templates.document.Block;

/** Draws the footer blocks at the foot of every page and fills in the page count when the document closes. */
final class FooterEvent extends PdfPageEventHelper {
    private final List<Block> footer;
    private final BlockWriter writer;
    private final PageCounter pages;
    private final float left;
    private final float right;
    private final float bottom;
    private final float top;
    private int lastPage;

    /** The footer is laid out between {@code bottom} and {@code top} (points from the page's lower edge). */
    FooterEvent(List<Block> footer, BlockWriter writer, PageCounter pages, float left, float right, float bottom,
                float top) {
        this.footer = footer;
        this.writer = writer;
        this.pages = pages;
        this.left = left;
        this.right = right;
        this.bottom = bottom;
        this.top = top;
    }

    /** Lays the footer out once without drawing, so a broken footer fails before the first page is written. */
    void check() throws IOException {
        layout(null, top, true);
    }

    @Override
    public void onEndPage(PdfWriter pdfWriter, Document document) {
        lastPage = pdfWriter.getPageNumber();
        try {
            // Measure first, then draw so that the footer's last line sits on the bottom line whatever its height.
            float used = top - layout(pdfWriter, top, true);
            layout(pdfWriter, bottom + used, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void onCloseDocument(PdfWriter pdfWriter, Document document) {
        pages.fill(lastPage);
    }

    private float layout(PdfWriter pdfWriter, float upper, boolean simulate) throws IOException {
        ColumnText column = new ColumnText(pdfWriter == null ? null : pdfWriter.getDirectContent());
        column.setSimpleColumn(left, bottom, right, upper);
        for (Element element : writer.write(footer)) {
            column.addElement(element);
        }
        column.go(simulate);
        return column.getYLine();
    }
}
