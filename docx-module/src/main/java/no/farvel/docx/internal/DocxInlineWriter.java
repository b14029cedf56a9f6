package no.farvel.docx.internal;

import java.io.IOException;
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
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

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

    /** Appends the inlines to the paragraph as runs. */
    void write(XWPFParagraph paragraph, List<Inline> inlines) {
        write(paragraph, inlines, RunFormat.PLAIN);
    }

    private void write(XWPFParagraph paragraph, List<Inline> inlines, RunFormat format) {
        for (Inline inline : inlines) {
            write(paragraph, inline, format);
        }
    }

    private void write(XWPFParagraph paragraph, Inline inline, RunFormat format) {
        if (inline instanceof Text text) {
            // Word's own non-breaking hyphen, which Word and LibreOffice both keep on the line.
            String[] parts = text.text().split(String.valueOf(NoBreak.NO_BREAK_HYPHEN), -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    run(paragraph, format).getCTR().addNewNoBreakHyphen();
                }
                if (!parts[i].isEmpty()) {
                    run(paragraph, format).setText(parts[i]);
                }
            }
        } else if (inline instanceof Styled styled) {
            write(paragraph, styled.inlines(), format.with(styled.style()));
        } else if (inline instanceof LineBreak) {
            run(paragraph, format).addBreak();
        } else if (inline instanceof Link link) {
            List<Inline> label = link.inlines().isEmpty() ? List.of(new Text(link.href())) : link.inlines();
            write(paragraph, label, format.linkedTo(link.href()));
        } else if (inline instanceof Image image) {
            picture(run(paragraph, format), image);
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

    private static XWPFRun run(XWPFParagraph paragraph, RunFormat format) {
        XWPFRun run;
        if (format.href() != null) {
            run = paragraph.createHyperlinkRun(format.href());
            run.setStyle(DocxStyles.HYPERLINK);
        } else {
            run = paragraph.createRun();
        }
        if (format.bold()) {
            run.setBold(true);
        }
        if (format.italic()) {
            run.setItalic(true);
        }
        if (format.underline()) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        return run;
    }

    /**
     * A complex field with a cached result of "1", so readers that never update fields still show a number and Word
     * and LibreOffice recompute it on layout.
     */
    private static void field(XWPFParagraph paragraph, RunFormat format, String code) {
        RunFormat plain = format.linkedTo(null);
        run(paragraph, plain).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instruction = run(paragraph, plain).getCTR().addNewInstrText();
        instruction.setStringValue(" " + code + " ");
        instruction.setSpace(SpaceAttribute.Space.PRESERVE);
        run(paragraph, plain).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(paragraph, plain).setText("1");
        run(paragraph, plain).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private void picture(XWPFRun run, Image image) {
        byte[] bytes = read(image.src());
        // The size comes from the header, so an image too large to decode is refused and none is decoded here.
        PackImage header = PackImage.of(resources.name(), image.src(), bytes, maxImagePixels);
        PictureType type = header.mediaType().equals("image/png") ? PictureType.PNG : PictureType.JPEG;
        // Without a requested width, pixels count at 96 dpi, the resolution Word assumes for images without one.
        double widthMm = image.widthMm() > 0 ? image.widthMm() : header.width() * 25.4 / 96;
        widthMm = Math.min(widthMm, maxImageWidth);
        double heightMm = widthMm * header.height() / header.width();
        String alt = image.alt() == null || image.alt().isBlank() ? image.src() : image.alt();
        try {
            pictures.add(run, bytes, type, image.src(), alt, Math.round(widthMm * EMU_PER_MM),
                Math.round(heightMm * EMU_PER_MM));
        } catch (InvalidFormatException e) {
            throw new RenderException(imageProblem(image.src(), "cannot be embedded (" + e.getMessage() + ")"), e);
        }
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
