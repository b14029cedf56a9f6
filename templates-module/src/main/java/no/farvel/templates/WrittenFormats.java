package no.farvel.templates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.farvel.templates.document.LetterDocument;
import no.farvel.templates.spi.LetterRenderer;
import no.farvel.templates.spi.RenderContext;
import no.farvel.templates.spi.RenderException;

/** One document's formats, each written by its renderer on first request and kept; safe to share between threads. */
final class WrittenFormats {
    private final String name;
    private final LetterDocument document;
    private final RenderContext context;
    private final Map<String, LetterRenderer> renderers;
    private final Map<String, byte[]> written = new ConcurrentHashMap<>();
    /** The document in the rhythm its pages need, once measured; racing threads measure the same. */
    private volatile LetterDocument paged;

    /** @param name what the document is, for errors: {@code 'acme-2026'}, {@code the memo of 'acme-2026'} */
    WrittenFormats(String name, LetterDocument document, RenderContext context, Map<String, LetterRenderer> renderers) {
        this.name = name;
        this.document = document;
        this.context = context;
        this.renderers = renderers;
    }

    LetterDocument document() {
        return document;
    }

    RenderContext context() {
        return context;
    }

    /** The document in a format a renderer is registered for; a copy the caller may change. */
    byte[] bytes(String format) {
        return written.computeIfAbsent(format, this::write).clone();
    }

    /**
     * The document as every paged format sets it: in the rhythm the PDF's layout finds keeps it on one page if any
     * does, so that PDF and DOCX break alike. Measured once, when a paged format is first written.
     */
    private LetterDocument paged() {
        LetterDocument fitted = paged;
        if (fitted == null) {
            LetterRenderer measure = renderers.get("pdf");
            fitted = measure == null ? document : measure.fitted(document, context);
            paged = fitted;
        }
        return fitted;
    }

    private byte[] write(String format) {
        LetterRenderer renderer = renderers.get(format);
        if (renderer == null) {
            String hint = format.equals("docx") ? " (add the artifact no.farvel:farvel-docx for Word documents)" : "";
            throw new RenderException("No renderer for format '" + format + "'" + hint + "; available: "
                    + renderers.keySet());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            if (renderer == renderers.get("pdf") && paged == null) {
                // The PDF measures the pages by laying the letter out; it writes the letter in the same pass.
                paged = renderer.renderFitted(document, context, out);
            } else {
                renderer.render(renderer.paged() ? paged() : document, context, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing " + format + " for " + name + " failed", e);
        }
        return out.toByteArray();
    }
}
