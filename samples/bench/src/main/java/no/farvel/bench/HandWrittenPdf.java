package no.farvel.bench;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * The floor for Farvel's PDF: the same letter written with direct OpenPDF calls, as a PDF/A-1b with the same
 * embedded Liberation Sans, on A4 with the letterhead, the recipient in the envelope window and a page footer.
 * Thread-safe: every call writes its own document.
 */
public final class HandWrittenPdf {
    private static final float MM = 72f / 25.4f;
    private static final float MARGIN_SIDE = 20 * MM;
    private static final float MARGIN_TOP = 20 * MM;
    private static final float MARGIN_BOTTOM = 25 * MM;
    // NS 4129: in a C5 window envelope the address shows 20 mm from the left and 45 mm from the top edge.
    private static final float ADDRESS_TOP = 45 * MM;
    /** Page one's body starts below the envelope window. */
    private static final float FIRST_PAGE_TOP = 85 * MM;
    private static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
    private static final Color ACCENT = new Color(0x1F, 0x3A, 0x5F);
    private static final Color GREY = new Color(0x6B, 0x72, 0x7B);
    private static final Color HEADER_FILL = new Color(0xE4, 0xE9, 0xEF);
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final BaseFont regular;
    private final BaseFont bold;

    /** Writes with these TrueType fonts, parsed once here as Farvel's font cache does. */
    public HandWrittenPdf(byte[] regularTtf, byte[] boldTtf) throws IOException {
        this.regular = embedded("LiberationSans-Regular.ttf", regularTtf);
        this.bold = embedded("LiberationSans-Bold.ttf", boldTtf);
    }

    private static BaseFont embedded(String name, byte[] ttf) throws IOException {
        BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, ttf, null);
        font.setSubset(true);
        // PDF/A-1 (ISO 19005-1, 6.3.5) wants a CIDSet for every embedded CID font subset.
        font.setIncludeCidSet(true);
        return font;
    }

    /** The letter as PDF bytes. */
    public byte[] write(LetterText text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, FIRST_PAGE_TOP, MARGIN_BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_4);
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        document.addTitle(text.title());
        document.addAuthor(text.letterhead().get(0));
        document.addCreator("Farvel benchmark");
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("nb"));
        document.open();
        writer.setPageEvent(new Footer(text.footer(), writer));
        try {
            writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", SRGB);
        } catch (IOException e) {
            throw new IllegalStateException("OpenPDF refused the JDK's sRGB profile", e);
        }
        writer.createXmpMetadata();
        // The first page's top margin keeps the body below letterhead and window; later pages use the usual one.
        document.setMargins(MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);

        float width = PageSize.A4.getWidth();
        float height = PageSize.A4.getHeight();
        place(writer, lines(text.letterhead(), 9f, Element.ALIGN_RIGHT), 110 * MM, width - MARGIN_SIDE,
                height - 15 * MM);
        place(writer, lines(text.recipient(), 11f, Element.ALIGN_LEFT), MARGIN_SIDE, 105 * MM, height - ADDRESS_TOP);

        document.add(lines(text.dateAndReferences(), 11f, Element.ALIGN_LEFT));
        Paragraph title = new Paragraph(text.title(), new Font(bold, 16f, Font.NORMAL, ACCENT));
        title.setSpacingBefore(14f);
        document.add(title);
        document.add(paragraph(text.decision()));
        section(document, text.reasons());
        section(document, text.steps());
        section(document, text.invoices());
        document.add(invoiceTable(text.invoiceRows()));
        Paragraph total = new Paragraph(text.invoiceNotes().get(0), new Font(bold, 11f, Font.NORMAL, TEXT));
        total.setSpacingBefore(6f);
        document.add(total);
        for (String note : text.invoiceNotes().subList(1, text.invoiceNotes().size())) {
            document.add(paragraph(note));
        }
        section(document, text.refunds());
        section(document, text.transition());
        document.add(paragraph(text.transitionContact()));
        for (String sentence : text.closing()) {
            document.add(paragraph(sentence));
        }
        List<String> signature = text.signature();
        Paragraph signOff = lines(signature.subList(0, 2), 11f, Element.ALIGN_LEFT);
        signOff.setSpacingBefore(18f);
        document.add(signOff);
        Paragraph signatory = lines(signature.subList(2, signature.size()), 11f, Element.ALIGN_LEFT);
        signatory.setSpacingBefore(24f);
        document.add(signatory);
        document.close();
        return out.toByteArray();
    }

    private void section(Document document, LetterText.Section section) {
        Paragraph heading = new Paragraph(section.heading(), new Font(bold, 13f, Font.NORMAL, ACCENT));
        heading.setSpacingBefore(14f);
        heading.setKeepTogether(true);
        document.add(heading);
        if (section.intro() != null) {
            document.add(paragraph(section.intro()));
        }
        if (!section.items().isEmpty()) {
            com.lowagie.text.List list = new com.lowagie.text.List(false, 14f);
            list.setListSymbol(new Chunk("•", new Font(regular, 11f, Font.NORMAL, TEXT)));
            for (String item : section.items()) {
                ListItem listItem = new ListItem(15f, item, new Font(regular, 11f, Font.NORMAL, TEXT));
                listItem.setSpacingBefore(4f);
                list.add(listItem);
            }
            document.add(list);
        }
    }

    private PdfPTable invoiceTable(List<List<String>> rows) {
        PdfPTable table = new PdfPTable(new float[] {14, 17, 15, 18, 16, 20});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6f);
        table.setHeaderRows(1);
        Font header = new Font(bold, 9.5f, Font.NORMAL, TEXT);
        Font cellFont = new Font(regular, 9.5f, Font.NORMAL, TEXT);
        List<String> columns = LetterText.INVOICE_COLUMNS;
        for (int i = 0; i < columns.size(); i++) {
            PdfPCell cell = cell(columns.get(i), header, i == columns.size() - 1);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                table.addCell(cell(row.get(i), cellFont, i == row.size() - 1));
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, boolean amount) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorderColor(GREY);
        cell.setBorderWidth(0.5f);
        cell.setPadding(3f);
        cell.setHorizontalAlignment(amount ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return cell;
    }

    private Paragraph paragraph(String text) {
        Paragraph paragraph = new Paragraph(15f, text, new Font(regular, 11f, Font.NORMAL, TEXT));
        paragraph.setSpacingBefore(6f);
        return paragraph;
    }

    /** One line per entry, the first in bold when the block is the letterhead (right-aligned). */
    private Paragraph lines(List<String> lines, float size, int alignment) {
        Font font = new Font(regular, size, Font.NORMAL, TEXT);
        // The paragraph's own font draws the space before it: without one it would be Helvetica, which is not embedded.
        Paragraph paragraph = new Paragraph(size * 1.3f, "", font);
        paragraph.setAlignment(alignment);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                // Not Chunk.NEWLINE: that one is in Helvetica too.
                paragraph.add(new Chunk("\n", font));
            }
            boolean isName = i == 0 && alignment == Element.ALIGN_RIGHT;
            paragraph.add(new Chunk(lines.get(i), isName ? new Font(bold, size, Font.NORMAL, TEXT) : font));
        }
        return paragraph;
    }

    private static void place(PdfWriter writer, Paragraph block, float left, float right, float top) {
        ColumnText column = new ColumnText(writer.getDirectContent());
        column.setSimpleColumn(left, MARGIN_BOTTOM, right, top);
        column.addElement(block);
        column.go();
    }

    /** The footer line and "Side N av M" on every page; M is written into a shared template at the end. */
    private final class Footer extends PdfPageEventHelper {
        private final String line;
        private final PdfTemplate total;
        private int lastPage;

        Footer(String line, PdfWriter writer) {
            this.line = line;
            this.total = writer.getDirectContent().createTemplate(regular.getWidthPoint("999", 8f), 10f);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            lastPage = writer.getPageNumber();
            PdfContentByte canvas = writer.getDirectContent();
            float centre = PageSize.A4.getWidth() / 2;
            Font font = new Font(regular, 8f, Font.NORMAL, GREY);
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(line, font), centre, 14 * MM, 0);
            String page = "Side " + writer.getPageNumber() + " av ";
            float pageWidth = regular.getWidthPoint(page, 8f) + regular.getWidthPoint("9", 8f);
            float start = centre - pageWidth / 2;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(page, font), start, 10 * MM, 0);
            canvas.addTemplate(total, start + regular.getWidthPoint(page, 8f), 10 * MM);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(regular, 8f);
            total.setColorFill(GREY);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(lastPage));
            total.endText();
        }
    }
}
