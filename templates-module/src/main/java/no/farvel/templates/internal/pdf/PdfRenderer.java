package no.farvel.templates.internal.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
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
import no.farvel.templates.spi.LetterRenderer;
import no.farvel.templates.spi.RenderContext;
import no.farvel.templates.spi.RenderException;

/**
 * Writes a letter as an A4 PDF/A-1b with the pack's fonts embedded: letterhead on the first page, the recipient in
 * the window of a C5 envelope, the body, and a footer with page numbers on every page. Thread-safe.
 */
public final class PdfRenderer implements LetterRenderer {
    private static final float MM = 72f / 25.4f;
    private static final float PAGE_HEIGHT = PageSize.A4.getHeight();
    private static final float PAGE_WIDTH = PageSize.A4.getWidth();
    private static final float MARGIN_LEFT = 20 * MM;
    private static final float MARGIN_RIGHT = 20 * MM;
    private static final float MARGIN_TOP = 20 * MM;
    private static final float MARGIN_BOTTOM = 25 * MM;
    private static final float FOOTER_BOTTOM = 10 * MM;
    private static final float LETTERHEAD_TOP = 15 * MM;
    private static final float LETTERHEAD_LEFT = 110 * MM;
    // NS 4129: in a C5 window envelope the address shows 20 mm from the left and 45 mm from the top edge.
    private static final float ADDRESS_LEFT = 20 * MM;
    private static final float ADDRESS_TOP = 45 * MM;
    private static final float ADDRESS_WIDTH = 85 * MM;
    /** The body starts below the window, so no letter text shows through it. */
    private static final float WINDOW_BOTTOM = 85 * MM;
    private static final float BODY_SIZE = 11f;
    private static final Color FOOTER_GREY = new Color(0x6B, 0x72, 0x7B);
    private static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);

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
        // Render in memory first so that a failure halfway leaves nothing half-written in 'out'.
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            write(document, context, pdf);
        } catch (ExceptionConverter | UncheckedIOException e) {
            throw unwrap(e);
        }
        out.write(ContentIds.derive(pdf.toByteArray()));
    }

    private void write(LetterDocument letter, RenderContext context, OutputStream out) throws IOException {
        PdfFonts fonts = fontCache.family(context.resources(), context.fonts());
        Color accent = accentColor(context);
        Document document = new Document(PageSize.A4, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPdfVersion(PdfWriter.VERSION_1_4);
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        describe(document, writer, letter.metadata());
        document.open();
        PdfA.addOutputIntentAndMetadata(writer);

        TextStyle body = new TextStyle(BODY_SIZE, false, false, false, TEXT);
        TextStyle small = body.withSize(8f).withColor(FOOTER_GREY);
        PackImages images = new PackImages(context.resources(), context.maxImagePixels());
        PageCounter pages = new PageCounter(writer, fonts, small);
        InlineWriter inlines = new InlineWriter(fonts, images, pages, accent);

        FooterEvent footer = new FooterEvent(letter.footer(), new BlockWriter(inlines, small, accent,
                Element.ALIGN_CENTER), pages, MARGIN_LEFT, PAGE_WIDTH - MARGIN_RIGHT, FOOTER_BOTTOM,
                MARGIN_BOTTOM - 3 * MM);
        footer.check();
        writer.setPageEvent(footer);

        float letterheadBottom = place(writer, new BlockWriter(inlines, body.withSize(9f), accent,
                Element.ALIGN_RIGHT).write(letter.letterhead()), LETTERHEAD_LEFT, PAGE_WIDTH - MARGIN_RIGHT,
                PAGE_HEIGHT - LETTERHEAD_TOP);
        float addressBottom = place(writer, new BlockWriter(inlines, body, accent, Element.ALIGN_LEFT)
                .write(letter.recipient()), ADDRESS_LEFT, ADDRESS_LEFT + ADDRESS_WIDTH, PAGE_HEIGHT - ADDRESS_TOP);
        // The window is kept clear only for an address: a document without one (an internal memo) starts below
        // its letterhead.
        float bodyTop = letter.recipient().isEmpty() ? letterheadBottom - 8 * MM
                : Math.min(PAGE_HEIGHT - WINDOW_BOTTOM, Math.min(letterheadBottom, addressBottom) - 8 * MM);
        document.add(spacer(PAGE_HEIGHT - MARGIN_TOP - bodyTop));

        for (Element element : new BlockWriter(inlines, body, accent, Element.ALIGN_LEFT).write(letter.body())) {
            document.add(element);
        }
        document.close();
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

    /** Draws {@code elements} at a fixed place on the first page and returns the y where they end. */
    private static float place(PdfWriter writer, List<Element> elements, float left, float right, float top) {
        if (elements.isEmpty()) {
            return top;
        }
        ColumnText column = new ColumnText(writer.getDirectContent());
        column.setSimpleColumn(left, MARGIN_BOTTOM, right, top);
        for (Element element : elements) {
            column.addElement(element);
        }
        if (ColumnText.hasMoreText(column.go())) {
            throw new RenderException("The letterhead or recipient address does not fit on the first page;"
                    + " shorten it in the template.");
        }
        return column.getYLine();
    }

    /** Empty room at the top of page one, so the body starts below letterhead and address window. */
    private static Element spacer(float height) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setFixedHeight(Math.max(1f, height));
        table.addCell(cell);
        return table;
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
