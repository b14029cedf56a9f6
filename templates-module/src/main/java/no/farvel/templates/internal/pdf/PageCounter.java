package no.farvel.templates.internal.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The current page number and a placeholder for the total page count, which is only known when the document closes:
 * every "of N" on every page shows one shared template that {@link #fill} writes at the end.
 */
final class PageCounter {
    private final PdfWriter writer;
    private final PdfTemplate total;
    private final TextStyle style;
    private final PdfFonts fonts;

    PageCounter(PdfWriter writer, PdfFonts fonts, TextStyle style) {
        this.writer = writer;
        this.fonts = fonts;
        this.style = style;
        // Wide enough for "999" pages; a letter is a few pages, a very long one still fits.
        float width = fonts.face(style.bold(), style.italic()).getWidthPoint("999", style.size());
        this.total = writer.getDirectContent().createTemplate(width, style.size() * 1.2f);
    }

    /** The number of the page being laid out. */
    int currentPage() {
        return writer.getPageNumber();
    }

    /** A chunk that will show the total page count once {@link #fill} has run. */
    Chunk totalPages() {
        try {
            return new Chunk(Image.getInstance(total), 0, 0, false);
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException("OpenPDF refused its own template as an image", e);
        }
    }

    /** Writes {@code pages} into the placeholder, in the style it was made for. */
    void fill(int pages) {
        total.beginText();
        total.setFontAndSize(fonts.face(style.bold(), style.italic()), style.size());
        total.setColorFill(style.color());
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(pages));
        total.endText();
    }
}
