package no.farvel.templates.internal.pdf;

import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;

/** The parts of PDF/A-1b that OpenPDF does not add by itself: an output intent and XMP metadata. */
final class PdfA {
    private PdfA() {
    }

    /** Call after the document is opened and described: the XMP copies the document information. */
    static void addOutputIntentAndMetadata(PdfWriter writer) throws IOException {
        writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                PdfRenderer.srgbProfile());
        writer.createXmpMetadata();
    }
}
