package no.farvel.docx.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import no.farvel.localization.NoBreak;
import no.farvel.templates.document.Image;
import no.farvel.templates.document.Inline;
import no.farvel.templates.document.LineBreak;
import no.farvel.templates.document.Link;
import no.farvel.templates.document.PageCount;
import no.farvel.templates.document.PageNumber;
import no.farvel.templates.document.Span;
import no.farvel.templates.document.Styled;
import no.farvel.templates.document.Text;
import no.farvel.templates.spi.PackImage;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderException;

/** Turns inlines into runs of one paragraph: text, bold/italic/underline, breaks, hyperlinks, pictures and fields. */
final class DocxInlineWriter {
    private static final int EMU_PER_MM = 36_000;

    private final PackResources resources;
    private final long maxImagePixels;
    private final double maxImageWidth;
    private final DocxPictures pictures = new DocxPictures();

    /** @param maxImageWidth the widest an image may be, in millimetres: the width between the margins */
    DocxInlineWriter(PackResources resources, long maxImagePixels, double maxImageWidth) {
        this.resources = resources;
        this.maxImagePixels = maxImagePixels;
        this.maxImageWidth = maxImageWidth;
    }

    /** The letter's pictures, which the package holds. */
    DocxPictures pictures() {
        return pictures;
    }

    /** Appends the inlines to the paragraph as runs. */
    void write(WordParagraph paragraph, List<Inline> inlines) {
        write(paragraph, inlines, RunFormat.PLAIN);
    }

    private void write(WordParagraph paragraph, List<Inline> inlines, RunFormat format) {
        for (Inline inline : inlines) {
            write(paragraph, inline, format);
        }
    }

    private void write(WordParagraph paragraph, Inline inline, RunFormat format) {
        if (inline instanceof Text text) {
            // Word's own non-breaking hyphen, which Word and LibreOffice both keep on the line.
            String[] parts = text.text().split(String.valueOf(NoBreak.NO_BREAK_HYPHEN), -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    run(paragraph, format).append("<w:noBreakHyphen/>");
                    paragraph.endRun(format.href() != null);
                }
                if (!parts[i].isEmpty()) {
                    run(paragraph, format);
                    paragraph.text(parts[i]);
                    paragraph.endRun(format.href() != null);
                }
            }
        } else if (inline instanceof Styled styled) {
            write(paragraph, styled.inlines(), format.with(styled.style()));
        } else if (inline instanceof LineBreak) {
            run(paragraph, format);
            paragraph.lineBreak();
            paragraph.endRun(format.href() != null);
        } else if (inline instanceof Link link) {
            List<Inline> label = link.inlines().isEmpty() ? List.of(new Text(link.href())) : link.inlines();
            write(paragraph, label, format.linkedTo(link.href()));
        } else if (inline instanceof Image image) {
            picture(paragraph, run(paragraph, format), image);
            paragraph.endRun(format.href() != null);
        } else if (inline instanceof Span span) {
            write(paragraph, span.inlines(), format);
        } else if (inline instanceof PageNumber) {
            field(paragraph, format, "PAGE");
        } else if (inline instanceof PageCount) {
            field(paragraph, format, "NUMPAGES");
        } else {
            throw new RenderException("The DOCX renderer cannot write the inline node "
                + inline.getClass().getName() + "; teach DocxInlineWriter about it");
        }
    }

    /** Starts a run in the format, in a hyperlink of its own when linked; returns the run's content XML. */
    private static StringBuilder run(WordParagraph paragraph, RunFormat format) {
        String link = null;
        if (format.href() != null) {
            link = paragraph.part().relate(WordPart.HYPERLINK, target(format.href()), true);
        }
        return paragraph.startRun(link, link == null ? null : DocxStyles.HYPERLINK, format.bold(), format.italic(),
            format.underline());
    }

    /** A link's target as POI took it: a URI, or a refusal in POI's words. */
    private static String target(String href) {
        try {
            return new URI(href).toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Invalid target - " + e);
        }
    }

    /**
     * A complex field with a cached result of "1", so readers that never update fields still show a number and Word
     * and LibreOffice recompute it on layout.
     */
    private static void field(WordParagraph paragraph, RunFormat format, String code) {
        RunFormat plain = format.linkedTo(null);
        run(paragraph, plain).append("<w:fldChar w:fldCharType=\"begin\"/>");
        paragraph.endRun(false);
        run(paragraph, plain).append("<w:instrText xml:space=\"preserve\"> ").append(code).append(" </w:instrText>");
        paragraph.endRun(false);
        run(paragraph, plain).append("<w:fldChar w:fldCharType=\"separate\"/>");
        paragraph.endRun(false);
        run(paragraph, plain);
        paragraph.text("1");
        paragraph.endRun(false);
        run(paragraph, plain).append("<w:fldChar w:fldCharType=\"end\"/>");
        paragraph.endRun(false);
    }

    private void picture(WordParagraph paragraph, StringBuilder run, Image image) {
        byte[] bytes = read(image.src());
        // The size comes from the header, so an image too large to decode is refused and none is decoded here.
        PackImage header = PackImage.of(resources.name(), image.src(), bytes, maxImagePixels);
        // Without a requested width, pixels count at 96 dpi, the resolution Word assumes for images without one.
        double widthMm = image.widthMm() > 0 ? image.widthMm() : header.width() * 25.4 / 96;
        widthMm = Math.min(widthMm, maxImageWidth);
        double heightMm = widthMm * header.height() / header.width();
        String alt = image.alt() == null || image.alt().isBlank() ? image.src() : image.alt();
        pictures.add(paragraph, run, bytes, header.mediaType(), image.src(), alt, Math.round(widthMm * EMU_PER_MM),
            Math.round(heightMm * EMU_PER_MM));
    }

    private byte[] read(String src) {
        byte[] bytes;
        try {
            bytes = resources.read(src);
        } catch (IOException e) {
            throw new RenderException(imageProblem(src, "cannot be read (" + e.getMessage()
                + "); add the file to the pack or correct the img src"), e);
        }
        if (bytes == null) {
            throw new RenderException(imageProblem(src, "is missing; add the file to the pack or correct the img src"));
        }
        return bytes;
    }

    private String imageProblem(String src, String problem) {
        return "Image '" + src + "' in template pack '" + resources.name() + "' " + problem;
    }

    /** The character formatting inherited from enclosing inlines. */
    private record RunFormat(boolean bold, boolean italic, boolean underline, String href) {
        static final RunFormat PLAIN = new RunFormat(false, false, false, null);

        RunFormat with(Styled.Style style) {
            return switch (style) {
                case STRONG -> new RunFormat(true, italic, underline, href);
                case EMPHASIS -> new RunFormat(bold, true, underline, href);
                case UNDERLINE -> new RunFormat(bold, italic, true, href);
            };
        }

        RunFormat linkedTo(String target) {
            return new RunFormat(bold, italic, underline, target);
        }
    }
}
