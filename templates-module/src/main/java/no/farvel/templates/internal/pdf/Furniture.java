package no.farvel.templates.internal.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import no.farvel.templates.document.Block;
import no.farvel.templates.document.Division;
import no.farvel.templates.spi.LetterLayout;
import no.farvel.templates.spi.RenderException;

/**
 * The first page's fixed parts, where {@link LetterLayout} puts them: the letterhead at the top right, and the window
 * row below it: the recipient's address in the envelope window and the references (place, date, our and your
 * reference) to its right, their last line level with the row's foot.
 */
final class Furniture {
    private static final float MM = (float) LetterLayout.POINTS_PER_MM;
    private static final float TALL = 100_000;

    private final PdfContentByte canvas;
    private final InlineWriter inlines;
    private final TextStyle body;
    private final Color accent;

    Furniture(PdfContentByte canvas, InlineWriter inlines, TextStyle body, Color accent) {
        this.canvas = canvas;
        this.inlines = inlines;
        this.body = body;
        this.accent = accent;
    }

    /** Draws the letterhead right-aligned in its column from {@link LetterLayout#LETTERHEAD_TOP}; returns its foot. */
    float placeLetterhead(List<Block> letterhead, LetterLayout layout) throws IOException {
        BlockWriter writer = new BlockWriter(inlines, body.withSize((float) LetterLayout.LETTERHEAD_SIZE), accent,
                Element.ALIGN_RIGHT);
        float top = (float) (layout.pageHeight() - LetterLayout.LETTERHEAD_TOP) * MM;
        return draw(writer.write(letterhead), (float) layout.letterheadLeft() * MM,
                (float) (layout.pageWidth() - layout.marginRight()) * MM, top, (float) layout.marginBottom() * MM);
    }

    /** Draws the window row and returns where the body starts below it. */
    float placeWindowRow(List<Block> recipient, List<Block> references, LetterLayout layout) throws IOException {
        float addressLeft = (float) LetterLayout.WINDOW_LEFT * MM;
        float addressRight = (float) (LetterLayout.WINDOW_LEFT + LetterLayout.WINDOW_WIDTH) * MM;
        float referencesRight = (float) (layout.pageWidth() - layout.marginRight()) * MM;
        BlockWriter address = new BlockWriter(inlines, body, accent, Element.ALIGN_LEFT);
        BlockWriter reference = new BlockWriter(inlines, body, accent, Element.ALIGN_RIGHT);
        List<Block> referenceBlocks = new ArrayList<>();
        for (Block block : references) {
            referenceBlocks.addAll(block instanceof Division division ? division.blocks() : List.of(block));
        }
        float addressHeight = height(unspaced(address.write(recipient)), addressLeft, addressRight);
        float referencesHeight = height(unspaced(reference.write(referenceBlocks)), addressRight, referencesRight);
        float top = (float) (layout.pageHeight() - LetterLayout.WINDOW_TOP) * MM;
        float gap = (float) LetterLayout.WINDOW_GAP * MM;
        float rowHeight = Math.max((float) LetterLayout.WINDOW_HEIGHT * MM,
                Math.max(addressHeight, referencesHeight) + gap);
        float bottom = (float) layout.marginBottom() * MM;
        draw(unspaced(address.write(recipient)), addressLeft, addressRight, top, bottom);
        draw(unspaced(reference.write(referenceBlocks)), addressRight, referencesRight,
                top - rowHeight + gap + referencesHeight, bottom);
        return top - rowHeight;
    }

    /** The elements without the space after the last, which would count into their height. */
    private static List<Element> unspaced(List<Element> elements) {
        if (!elements.isEmpty() && elements.get(elements.size() - 1) instanceof Paragraph last) {
            last.setSpacingAfter(0);
        }
        return elements;
    }

    private static float height(List<Element> elements, float left, float right) {
        if (elements.isEmpty()) {
            return 0;
        }
        ColumnText column = new ColumnText(null);
        column.setSimpleColumn(left, -TALL, right, TALL);
        elements.forEach(column::addElement);
        go(column, true);
        return TALL - column.getYLine();
    }

    /** Draws the elements in a column from {@code top}; returns where they end ({@code top} when there are none). */
    private float draw(List<Element> elements, float left, float right, float top, float bottom) {
        if (elements.isEmpty()) {
            return top;
        }
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(left, bottom, right, top);
        elements.forEach(column::addElement);
        if (ColumnText.hasMoreText(go(column, false))) {
            throw new RenderException("The letterhead, recipient address or references do not fit on the first"
                    + " page; shorten them in the template.");
        }
        return column.getYLine();
    }

    private static int go(ColumnText column, boolean simulate) {
        try {
            return column.go(simulate);
        } catch (DocumentException e) {
            throw new IllegalStateException("OpenPDF could not lay out the first page's furniture", e);
        }
    }
}
