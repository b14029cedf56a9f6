package no.farvel.templates.internal.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import no.farvel.templates.document.Image;
import no.farvel.templates.document.Inline;
import no.farvel.templates.document.LineBreak;
import no.farvel.templates.document.Link;
import no.farvel.templates.document.PageCount;
import no.farvel.templates.document.PageNumber;
import no.farvel.templates.document.Span;
import no.farvel.templates.document.Styled;
import no.farvel.templates.document.Text;
import no.farvel.templates.spi.RenderException;

/** Turns inline nodes into OpenPDF chunks, every one of them in an embedded font. */
final class InlineWriter {
    private final PdfFonts fonts;
    private final PackImages images;
    private final PageCounter pages;
    private final Color linkColor;

    InlineWriter(PdfFonts fonts, PackImages images, PageCounter pages, Color linkColor) {
        this.fonts = fonts;
        this.images = images;
        this.pages = pages;
        this.linkColor = linkColor;
    }

    PdfFonts fonts() {
        return fonts;
    }

    /** Appends {@code inlines} to {@code into} in {@code style}. */
    void write(List<Inline> inlines, TextStyle style, Phrase into) throws IOException {
        write(inlines, style, null, into);
    }

    private void write(List<Inline> inlines, TextStyle style, String href, Phrase into) throws IOException {
        for (Inline inline : inlines) {
            write(inline, style, href, into);
        }
    }

    private void write(Inline inline, TextStyle style, String href, Phrase into) throws IOException {
        if (inline instanceof Text text) {
            for (Chunk chunk : TextRuns.chunks(text.text(), style.font(fonts), fonts)) {
                into.add(anchored(chunk, href));
            }
        } else if (inline instanceof Styled styled) {
            write(styled.inlines(), styled(style, styled.style()), href, into);
        } else if (inline instanceof LineBreak) {
            // Chunk.NEWLINE would bring in Helvetica, which PDF/A forbids unembedded.
            into.add(new Chunk("\n", style.font(fonts)));
        } else if (inline instanceof Link link) {
            write(link.inlines(), style.withColor(linkColor), link.href(), into);
        } else if (inline instanceof Image image) {
            into.add(anchored(new Chunk(images.image(image), 0, 0, true), href));
        } else if (inline instanceof Span span) {
            write(span.inlines(), style, href, into);
        } else if (inline instanceof PageNumber) {
            into.add(new Chunk(String.valueOf(pages.currentPage()), style.font(fonts)));
        } else if (inline instanceof PageCount) {
            into.add(pages.totalPages());
        } else {
            throw new RenderException("The PDF renderer cannot draw the inline node "
                    + inline.getClass().getSimpleName() + "; add it to " + getClass().getName() + ".");
        }
    }

    private static TextStyle styled(TextStyle style, Styled.Style how) {
        return switch (how) {
            case STRONG -> style.withBold();
            case EMPHASIS -> style.withItalic();
            case UNDERLINE -> style.withUnderline();
        };
    }

    private static Chunk anchored(Chunk chunk, String href) {
        return href == null ? chunk : chunk.setAnchor(href);
    }
}
