package no.farvel.docx.internal.compile;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The language a Word document's text is in, as Word records it for spelling. */
public final class WordLanguage {
    private WordLanguage() {
    }

    /** The document's default language tag, such as {@code nb-NO}; null when it sets none. */
    public static String of(XWPFDocument document) {
        return new WordStyles(document).language();
    }
}
