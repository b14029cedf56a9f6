package no.farvel.templates.internal.pdf;

import com.lowagie.text.Font;
import java.awt.Color;

/** How a run of text looks: size, weight, slant, underline and colour; each change returns a new style. */
record TextStyle(float size, boolean bold, boolean italic, boolean underline, Color color) {

    TextStyle withSize(float newSize) {
        return new TextStyle(newSize, bold, italic, underline, color);
    }

    TextStyle withBold() {
        return new TextStyle(size, true, italic, underline, color);
    }

    TextStyle withItalic() {
        return new TextStyle(size, bold, true, underline, color);
    }

    TextStyle withUnderline() {
        return new TextStyle(size, bold, italic, true, color);
    }

    TextStyle withColor(Color newColor) {
        return new TextStyle(size, bold, italic, underline, newColor);
    }

    /** An OpenPDF font on one of the embedded faces; never a base-14 font, which PDF/A forbids unembedded. */
    Font font(PdfFonts fonts) {
        // Weight and slant come from the real faces: Font.BOLD on a regular face would fake bold by stroking.
        return new Font(fonts.face(bold, italic), size, underline ? Font.UNDERLINE : Font.NORMAL, color);
    }
}
