package no.farvel.templates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.farvel.localization.LetterLocale;
import no.farvel.core.guide.Finding;
import no.farvel.templates.document.LetterDocument;
import no.farvel.templates.spi.LetterRenderer;
import no.farvel.templates.spi.RenderContext;
import no.farvel.templates.spi.RenderException;

/** One laid-out letter. Each format is written on first request and kept; safe to share between threads. */
public final class RenderedLetter {
    private final String id;
    private final LetterLocale locale;
    private final LetterDocument document;
    private final RenderContext context;
    private final Map<String, LetterRenderer> renderers;
    private final Map<String, byte[]> written;
    private final List<Finding> findings;
    /** The document in the rhythm its pages need, once measured; racing threads measure the same. */
    private volatile LetterDocument paged;

    RenderedLetter(String id, LetterLocale locale, LetterDocument document, RenderContext context,
                   Map<String, LetterRenderer> renderers, List<Finding> findings) {
        this(id, locale, document, context, renderers, findings, new ConcurrentHashMap<>());
    }

    private RenderedLetter(String id, LetterLocale locale, LetterDocument document, RenderContext context,
                           Map<String, LetterRenderer> renderers, List<Finding> findings,
                           Map<String, byte[]> written) {
        this.id = id;
        this.locale = locale;
        this.document = document;
        this.context = context;
        this.renderers = renderers;
        this.findings = List.copyOf(findings);
        this.written = written;
    }

    /** The same letter with the guide check's findings; the formats written so far are kept. */
    RenderedLetter withFindings(List<Finding> found) {
        return new RenderedLetter(id, locale, document, context, renderers, found, written);
    }

    /**
     * What the guide check found in the data and the letter, each problem once: only warnings, unless the
     * {@link Farvel} was built with {@link Farvel.Builder#allowFindings()}.
     */
    public List<Finding> findings() {
        return findings;
    }

    /** The findings that are warnings: worth a look, but no reason to hold the letter back. */
    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }

    /** The termination's id. */
    public String id() {
        return id;
    }

    /** The letter's language. */
    public LetterLocale locale() {
        return locale;
    }

    /** The letter's title, as its subject line says it. */
    public String title() {
        return document.metadata().title();
    }

    /** The e-mail subject for this letter. */
    public String subject() {
        return document.metadata().subject();
    }

    /** The format-neutral tree every format is written from. */
    public LetterDocument document() {
        return document;
    }

    /** The archival PDF (PDF/A-1b). */
    public byte[] pdf() {
        return bytes("pdf");
    }

    /** The Word document; needs {@code no.farvel:farvel-docx} on the class path. */
    public byte[] docx() {
        return bytes("docx");
    }

    /** The HTML e-mail body. */
    public String html() {
        return new String(bytes("html"), StandardCharsets.UTF_8);
    }

    /** The plain-text e-mail body, wrapped at 72 columns. */
    public String text() {
        return new String(bytes("txt"), StandardCharsets.UTF_8);
    }

    /**
     * The bytes of an image the letter shows, read from its template pack: the {@code src} of an
     * {@link no.farvel.templates.document.Image} node, such as {@code images/logo.png}. The e-mail attaches these.
     *
     * @throws RenderException naming pack and path when the pack has no such file
     */
    public byte[] image(String src) {
        java.util.Objects.requireNonNull(src, "The parameter 'src' must not be null");
        try {
            return context.resources().read(src);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the image '" + src + "' from pack '" + context.resources().name()
                    + "' failed", e);
        }
    }

    /** The letter in any format a renderer is registered for; a copy the caller may change. */
    public byte[] bytes(String format) {
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
            renderer.render(renderer.paged() ? paged() : document, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing " + format + " for '" + id + "' failed", e);
        }
        return out.toByteArray();
    }
}
