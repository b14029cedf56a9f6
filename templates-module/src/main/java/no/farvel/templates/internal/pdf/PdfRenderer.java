package no.farvel.templates.internal.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import no.farvel.templates.document.Block;
import no.farvel.templates.document.LetterDocument;
import no.farvel.templates.document.PageSetup;
import no.farvel.templates.document.Rhythm;
import no.farvel.templates.spi.LetterLayout;
import no.farvel.templates.spi.LetterRenderer;
import no.farvel.templates.spi.RenderContext;
import no.farvel.templates.spi.RenderException;

/**
 * Writes a letter as a PDF/A-1b with the pack's fonts embedded: letterhead on the first page, the recipient in
 * the window of a C5 envelope with the references beside it, the body broken into pages by the rules of
 * {@link no.farvel.templates.document.Pagination}, and a footer with page numbers on every page, all where
 * {@link LetterLayout} puts them. The paper is A4 unless the letter sets its own. Thread-safe.
 */
public final class PdfRenderer implements LetterRenderer {
    private static final float MM = (float) LetterLayout.POINTS_PER_MM;
    private static final Color FOOTER_GREY = new Color(0x6B, 0x72, 0x7B);
    private static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);

    /**
     * A letter that fills page 1 to within this much is set tight too, if that keeps it on one page: the DOCX sets
     * the references under the address rather than beside it, and Word and LibreOffice have their own line metrics,
     * so its first page holds up to about a centimetre less.
     */
    private static final double FIT_HEADROOM_MM = 15;

    private final FontCache fontCache = new FontCache();

    /** Creates the renderer; {@link java.util.ServiceLoader} calls this. */
    public PdfRenderer() {
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public void render(LetterDocument document, RenderContext context, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "The parameter 'document' must not be null");
        Objects.requireNonNull(context, "The parameter 'context' must not be null");
        Objects.requireNonNull(out, "The parameter 'out' must not be null");
        writeDerived(document, context, out, Pass.WRITE);
    }

    /** The letter as {@link #fitted} sets it, written in the pass that measures it. */
    @Override
    public LetterDocument renderFitted(LetterDocument document, RenderContext context, OutputStream out)
            throws IOException {
        Objects.requireNonNull(document, "The parameter 'document' must not be null");
        Objects.requireNonNull(context, "The parameter 'context' must not be null");
        Objects.requireNonNull(out, "The parameter 'out' must not be null");
        if (document.rhythm() == Rhythm.TIGHT) {
            render(document, context, out);
            return document;
        }
        return document.withRhythm(writeDerived(document, context, out, Pass.FIT_AND_WRITE));
    }

    private Rhythm writeDerived(LetterDocument document, RenderContext context, OutputStream out, Pass pass)
            throws IOException {
        // Render in memory first so that a failure halfway leaves nothing half-written in 'out'.
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        Rhythm rhythm;
        try {
            rhythm = write(document, context, pdf, pass);
        } catch (ExceptionConverter | UncheckedIOException e) {
            throw unwrap(e);
        }
        out.write(ContentIds.derive(pdf.toByteArray()));
        return rhythm;
    }

    /**
     * The letter in the tight rhythm when that keeps it on one page and the regular rhythm needs a second page or
     * fills the first to within {@link #FIT_HEADROOM_MM}; otherwise as it is. Measured by laying out its body both
     * ways, only as far as the first page takes, without writing a PDF; the tight way only when the regular layout
     * leaves room for it to fit.
     */
    @Override
    public LetterDocument fitted(LetterDocument document, RenderContext context) {
        Objects.requireNonNull(document, "The parameter 'document' must not be null");
        Objects.requireNonNull(context, "The parameter 'context' must not be null");
        if (document.rhythm() == Rhythm.TIGHT) {
            return document;
        }
        try {
            try {
                return document.withRhythm(write(document, context, OutputStream.nullOutputStream(), Pass.MEASURE));
            } catch (ExceptionConverter | UncheckedIOException e) {
                throw unwrap(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Measuring the letter's pages failed", e);
        }
    }

    @Override
    public boolean paged() {
        return true;
    }

    /** The pack's regular face or Farvel's fallback face has the glyph (what the PDF draws as U+FFFD otherwise). */
    @Override
    public boolean draws(int codePoint, RenderContext context) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return true;
        }
        PdfFonts fonts;
        try {
            fonts = fontCache.family(context.resources(), context.fonts());
        } catch (IOException | RuntimeException e) {
            return true; // a pack whose fonts cannot be read fails when the PDF is written, with the reason
        }
        return fonts.regular().charExists(codePoint) || fonts.fallback().charExists(codePoint);
    }

    /** What a pass of {@link #write} does. */
    private enum Pass {
        /** Writes the letter in its rhythm. */
        WRITE,
        /** Writes nothing; finds the rhythm the letter fits in, as {@link #fitted} says. */
        MEASURE,
        /** Finds that rhythm and writes the letter in it, from the layout that measured it. */
        FIT_AND_WRITE
    }

    /** Makes a pass over the letter (see {@link Pass}) and returns the rhythm it is, or would be, written in. */
    private Rhythm write(LetterDocument letter, RenderContext context, OutputStream out, Pass pass)
            throws IOException {
        LetterLayout layout = layout(letter.page());
        PdfFonts fonts = fontCache.family(context.resources(), context.fonts());
        Color accent = accentColor(context);
        float pageWidth = mm(layout.pageWidth());
        float pageHeight = mm(layout.pageHeight());
        float left = mm(layout.marginLeft());
        float right = pageWidth - mm(layout.marginRight());
        float bottom = mm(layout.marginBottom());
        Document document = new Document(new Rectangle(pageWidth, pageHeight), left, mm(layout.marginRight()),
                mm(layout.marginTop()), bottom);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPdfVersion(PdfWriter.VERSION_1_4);
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        describe(document, writer, letter.metadata());
        document.open();
        PdfA.addOutputIntentAndMetadata(writer);

        TextStyle body = new TextStyle((float) LetterLayout.BODY_SIZE, false, false, false, TEXT);
        TextStyle small = body.withSize((float) LetterLayout.FOOTER_SIZE).withColor(FOOTER_GREY);
        PackImages images = new PackImages(context.resources(), context.maxImagePixels());
        PageCounter pages = new PageCounter(writer, fonts, small);
        InlineWriter inlines = new InlineWriter(fonts, images, pages, accent);

        FooterEvent footer = new FooterEvent(letter.footer(), new BlockWriter(inlines, small, accent,
                Element.ALIGN_CENTER), pages, left, right, Math.min(mm(LetterLayout.FOOTER_BOTTOM), bottom / 2),
                Math.max(bottom - 3 * MM, bottom / 2 + 3 * MM));
        footer.check();
        writer.setPageEvent(footer);

        PdfContentByte canvas = writer.getDirectContent();
        float letterheadFoot = new Furniture(canvas, inlines, body, accent).placeLetterhead(letter.letterhead(), layout);
        List<Block> flow = letter.body();
        List<Block> references = List.of();
        if (!flow.isEmpty() && LetterLayout.isReferenceBlock(flow.get(0))) {
            references = List.of(flow.get(0));
            flow = flow.subList(1, flow.size());
        }
        // The window row is kept only for an address: a document without one (an internal memo) starts below its
        // letterhead.
        float bodyTop = letter.recipient().isEmpty() && references.isEmpty() ? letterheadFoot - 8 * MM
                : new Furniture(canvas, inlines, body, accent).placeWindowRow(letter.recipient(), references, layout);
        PageBreaker breaker = new PageBreaker(document, canvas, bodyTop, pageHeight - mm(layout.marginTop()), bottom);
        Rhythm rhythm = letter.rhythm();
        BodyFlow chosen;
        if (pass == Pass.WRITE) {
            chosen = body(flow, inlines, body, accent, rhythm, left, right);
        } else {
            PageBreaker withHeadroom = new PageBreaker(document, canvas, bodyTop, pageHeight - mm(layout.marginTop()),
                    bottom + mm(FIT_HEADROOM_MM));
            rhythm = Rhythm.REGULAR;
            chosen = body(flow, inlines, body, accent, rhythm, left, right);
            // Most letters that overflow are too long for any rhythm: the regular layout's least room in the tight
            // one tells so without laying the letter out twice.
            if (withHeadroom.overflowsFirstPage(chosen) && !breaker.overflowsFirstPageEvenCloser(chosen)) {
                BodyFlow tight = body(flow, inlines, body, accent, Rhythm.TIGHT, left, right);
                if (!breaker.overflowsFirstPage(tight)) {
                    rhythm = Rhythm.TIGHT;
                    chosen = tight;
                }
            }
            if (pass == Pass.MEASURE) {
                // The document is left unclosed: closing would subset and write the fonts of a PDF nobody reads.
                return rhythm;
            }
        }
        breaker.place(chosen.all());
        document.close();
        return rhythm;
    }

    private static BodyFlow body(List<Block> flow, InlineWriter inlines, TextStyle body, Color accent, Rhythm rhythm,
                                 float left, float right) {
        BlockWriter writer = new BlockWriter(inlines, body, accent, Element.ALIGN_LEFT,
                LetterLayout.Spacing.of(rhythm));
        return BodyFlow.of(flow, writer, LetterLayout.Spacing.TIGHT, left, right);
    }

    private static float mm(double millimetres) {
        return (float) millimetres * MM;
    }

    private static void describe(Document document, PdfWriter writer, LetterDocument.Metadata metadata) {
        if (metadata.title() != null) {
            document.addTitle(metadata.title());
        }
        if (metadata.author() != null) {
            document.addAuthor(metadata.author());
        }
        if (metadata.subject() != null) {
            document.addSubject(metadata.subject());
        }
        document.addCreator("Farvel");
        // OpenPDF dates the document by the clock; the letter's date makes the same letter give the same bytes.
        PdfDictionary info = writer.getInfo();
        info.remove(PdfName.CREATIONDATE);
        if (metadata.date() != null) {
            PdfDate date = new PdfDate(GregorianCalendar.from(metadata.date().atStartOfDay(ZoneOffset.UTC)));
            info.put(PdfName.CREATIONDATE, date);
            info.put(PdfName.MODDATE, date);
        }
        if (metadata.language() != null) {
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(metadata.language()));
        }
    }

    /** The letter's own paper and margins, as its Word template set them, or A4. */
    private static LetterLayout layout(PageSetup page) {
        return page == null ? LetterLayout.A4
                : new LetterLayout(page.width(), page.height(), page.top(), page.right(), page.bottom(), page.left());
    }

    private static Color accentColor(RenderContext context) {
        String hex = context.accentColor();
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw new RenderException("The accent colour '" + hex + "' of pack '" + context.resources().name()
                    + "' is not of the form #rrggbb; fix it in the pack manifest.");
        }
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    /** OpenPDF wraps what page events throw; give the caller the original error back. */
    private static RuntimeException unwrap(RuntimeException e) throws IOException {
        Throwable cause = e;
        while (cause instanceof ExceptionConverter || cause instanceof UncheckedIOException) {
            cause = cause instanceof ExceptionConverter converter ? converter.getException() : cause.getCause();
        }
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new RenderException("The PDF could not be written: " + cause.getMessage(), cause);
    }

    /** The sRGB profile as the JDK ships it, read once. */
    static byte[] srgbProfile() {
        return SrgbHolder.PROFILE;
    }

    private static final class SrgbHolder {
        static final byte[] PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }
}
