package no.farvel.templates.internal.pdf;

import com.lowagie.text.pdf.BaseFont;

/**
 * The four embedded faces of one pack's font family, parsed once and shared by every letter of that pack, and
 * Farvel's fallback face for the characters the family lacks.
 */
record PdfFonts(BaseFont regular, BaseFont bold, BaseFont italic, BaseFont boldItalic, BaseFont fallback) {

    /** The face for the given weight and slant. */
    BaseFont face(boolean isBold, boolean isItalic) {
        if (isBold) {
            return isItalic ? boldItalic : bold;
        }
        return isItalic ? italic : regular;
    }
}
