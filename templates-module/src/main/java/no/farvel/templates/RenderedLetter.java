package no.farvel.templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
    private final WrittenFormats formats;
    private final List<Finding> findings;

    RenderedLetter(String id, LetterLocale locale, LetterDocument document, RenderContext context,
                   Map<String, LetterRenderer> renderers, List<Finding> findings) {
        this(id, locale, new WrittenFormats("'" + id + "'", document, context, renderers), findings);
    }

    private RenderedLetter(String id, LetterLocale locale, WrittenFormats formats, List<Finding> findings) {
        this.id = id;
        this.locale = locale;
        this.formats = formats;
        this.findings = List.copyOf(findings);
    }

    /** The same letter with the guide check's findings; the formats written so far are kept. */
    RenderedLetter withFindings(List<Finding> found) {
        return new RenderedLetter(id, locale, formats, found);
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
        return formats.document().metadata().title();
    }

    /** The e-mail subject for this letter. */
    public String subject() {
        return formats.document().metadata().subject();
    }

    /** The format-neutral tree every format is written from. */
    public LetterDocument document() {
        return formats.document();
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
            return formats.context().resources().read(src);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the image '" + src + "' from pack '"
                    + formats.context().resources().name() + "' failed", e);
        }
    }

    /** The letter in any format a renderer is registered for; a copy the caller may change. */
    public byte[] bytes(String format) {
        return formats.bytes(format);
    }
}
