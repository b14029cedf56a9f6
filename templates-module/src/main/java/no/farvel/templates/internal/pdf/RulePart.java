package no.farvel.templates.internal.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;

/** A horizontal rule across the body: one thin slice. */
final class RulePart implements FlowPart {
    static final float HEIGHT = 1f;
    private static final float WIDTH = 0.6f;

    private final float left;
    private final float right;
    private final Color color;

    RulePart(float left, float right, Color color) {
        this.left = left;
        this.right = right;
        this.color = color;
    }

    @Override
    public float leastHeight(int index, double ratio) {
        return HEIGHT;
    }

    @Override
    public void draw(PdfContentByte canvas, int from, int to, float top) {
        canvas.saveState();
        canvas.setColorStroke(color);
        canvas.setLineWidth(WIDTH);
        canvas.moveTo(left, top - HEIGHT / 2);
        canvas.lineTo(right, top - HEIGHT / 2);
        canvas.stroke();
        canvas.restoreState();
    }
}
