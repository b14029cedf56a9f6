package no.farvel.templates.internal.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * A paragraph or heading of the body, measured before it is placed: its lines are its slices when they are all of
 * the paragraph's leading (so a page may break between them), else the whole paragraph is one slice. Drawn by one
 * {@link ColumnText} that goes on where the previous page stopped.
 */
final class TextPart implements FlowPart {
    private static final float TALL = 100_000;
    /** Below the last line meant to fit, so rounding never lets one more line in or keeps one out. */
    private static final float SLACK = 0.01f;

    private final ColumnText column;
    private final float left;
    private final float right;
    private final float leading;
    private final int lines;
    private final float height;
    private final Phrase marker;
    private final float markerX;

    /** A paragraph between {@code left} and {@code right}, with a list marker drawn at {@code markerX} or none. */
    TextPart(Paragraph paragraph, float left, float right, Phrase marker, float markerX) {
        this.left = left;
        this.right = right;
        this.leading = paragraph.getLeading();
        this.marker = marker;
        this.markerX = markerX;
        ColumnText measure = new ColumnText(null);
        measure.setSimpleColumn(left, -TALL, right, TALL);
        measure.addElement(paragraph);
        go(measure, true);
        this.lines = Math.max(1, measure.getLinesWritten());
        this.height = TALL - measure.getYLine();
        this.column = new ColumnText(null);
        column.addElement(paragraph);
    }

    /** The slices: one a line, or one for the whole when a line is taller than the leading (an inline image). */
    int sliceCount() {
        return uniform() ? lines : 1;
    }

    float sliceHeight() {
        return uniform() ? leading : height;
    }

    private boolean uniform() {
        return Math.abs(height - lines * leading) < SLACK;
    }

    /**
     * ColumnText moves down a line by the paragraph's leading or by the height of an image in the line, whichever is
     * more (there is no leading in proportion to the type size), and breaks lines by width alone: so with a closer
     * leading there are as many lines, and each is shorter by at most the leadings' difference.
     */
    @Override
    public float leastHeight(int index, double ratio) {
        float lost = FlowPart.mostLostPerLine(leading, ratio);
        return Math.max(0, uniform() ? leading - lost : height - lines * lost);
    }

    @Override
    public void draw(PdfContentByte canvas, int from, int to, float top) {
        if (from == 0 && marker != null) {
            // The marker sits on the first line's baseline, which ColumnText puts one leading below the top; drawn
            // first, so that text extraction reads it before the item.
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, marker, markerX, top - leading, 0);
        }
        column.setCanvas(canvas);
        // Half a line of room below the last line meant to fit: enough that rounding never pushes it out (a line
        // that does not fit here is never drawn), too little for one more line to come in.
        column.setSimpleColumn(left, top - (to - from) * sliceHeight() - leading / 2, right, top);
        go(column, false);
    }

    private static void go(ColumnText column, boolean simulate) {
        try {
            column.go(simulate);
        } catch (DocumentException e) {
            throw new IllegalStateException("OpenPDF could not lay out a paragraph", e);
        }
    }
}
