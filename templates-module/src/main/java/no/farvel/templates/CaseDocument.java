package no.farvel.templates;

import java.nio.charset.StandardCharsets;
import no.farvel.templates.document.LetterDocument;

/**
 * One document of a case file (the decision memo, the replies, the debrief agenda), laid out by the pack's template
 * for it. Each format is written on first request and kept; safe to share between threads. Not a letter: there is no
 * way to turn it into the client's e-mail.
 */
public final class CaseDocument {
    private final String name;
    private final WrittenFormats formats;

    CaseDocument(String name, WrittenFormats formats) {
        this.name = name;
        this.formats = formats;
    }

    /** Which document it is: {@code memo}, {@code replies} or {@code debrief}, as the pack manifest names it. */
    public String name() {
        return name;
    }

    /** The document's title. */
    public String title() {
        return formats.document().metadata().title();
    }

    /** The format-neutral tree every format is written from. */
    public LetterDocument document() {
        return formats.document();
    }

    /** The document as an archival PDF (PDF/A-1b). */
    public byte[] pdf() {
        return bytes("pdf");
    }

    /** The document in Word; needs {@code no.farvel:farvel-docx} on the class path. */
    public byte[] docx() {
        return bytes("docx");
    }

    /** The document as plain text, wrapped at 72 columns. */
    public String text() {
        return new String(bytes("txt"), StandardCharsets.UTF_8);
    }

    /** The document in any format a renderer is registered for; a copy the caller may change. */
    public byte[] bytes(String format) {
        return formats.bytes(format);
    }
}
