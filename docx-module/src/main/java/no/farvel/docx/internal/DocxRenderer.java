package no.farvel.docx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import no.farvel.localization.LetterLocale;
import no.farvel.templates.document.Block;
import no.farvel.templates.document.Division;
import no.farvel.templates.document.LetterDocument;
import no.farvel.templates.document.PageSetup;
import no.farvel.templates.spi.LetterLayout;
import no.farvel.templates.spi.LetterRenderer;
import no.farvel.templates.spi.RenderContext;
import no.farvel.templates.spi.RenderException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFramePr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STWrap;

/**
 * Writes a letter as a Word document (Office Open XML) with Apache POI: named styles, the letterhead in the first
 * page's header, the recipient where a C5 window envelope shows it, and page numbers as live fields. The paper is A4
 * with the PDF's side margins unless the letter sets its own.
 */
public final class DocxRenderer implements LetterRenderer {
    /**
     * A4 with the PDF's margins, so that a page holds what the PDF's does. The bottom margin is a millimetre less:
     * the PDF sets its last line's baseline on the margin with the descenders below it, where Word and LibreOffice
     * keep the whole line above theirs.
     */
    static final PageSetup DEFAULT_PAGE = new PageSetup(LetterLayout.A4.pageWidth(), LetterLayout.A4.pageHeight(),
        LetterLayout.A4.marginTop(), LetterLayout.A4.marginRight(), LetterLayout.A4.marginBottom() - 1,
        LetterLayout.A4.marginLeft());
    /** How far past the top margin a letterhead's estimated height must reach before the body is moved down. */
    private static final double LETTERHEAD_OVERFLOW_MM = 3;
    /**
     * Where an unframed letterhead (a memo's, or one holding a table) starts: 10 mm from the top, since at the PDF's
     * 15 mm it would reach further past the top margin. A framed letterhead stands where the PDF draws it.
     */
    private static final double HEADER_DISTANCE_MM = 10;
    private static final double FOOTER_DISTANCE_MM = LetterLayout.FOOTER_BOTTOM;

    @Override
    public boolean paged() {
        return true;
    }

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    @Override
    public void render(LetterDocument document, RenderContext context, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "The parameter 'document' must not be null");
        Objects.requireNonNull(context, "The parameter 'context' must not be null");
        Objects.requireNonNull(out, "The parameter 'out' must not be null");
        String language = languageTag(document.metadata().language());
        String accent = hexColor(context.accentColor());
        PageSetup page = document.page() == null ? DEFAULT_PAGE : document.page();
        LetterLayout.Spacing spacing = LetterLayout.Spacing.of(document.rhythm());
        DeflatedPart styleSheet = SharedParts.styleSheet(context.fonts().name(), accent, language, spacing);
        XWPFDocument docx = new XWPFDocument();
        byte[] bytes;
        try {
            // An empty styles part, so the document relates to one; the package is written with the pack's sheet.
            docx.createStyles();
            DocxNumbering numbering = new DocxNumbering(docx);
            DocxBlockWriter blocks = new DocxBlockWriter(new DocxInlineWriter(context.resources(),
                context.maxImagePixels(), page.textWidth()), numbering, tint(accent, 0.88),
                twips(page.textWidth()), spacing);
            List<Block> flow = document.body();
            List<Block> references = List.of();
            if (!flow.isEmpty() && LetterLayout.isReferenceBlock(flow.get(0))) {
                references = List.of(flow.get(0));
                flow = flow.subList(1, flow.size());
            }
            // A letter's first page has the PDF's fixed parts: the letterhead at the top right, the address in the
            // envelope window with the references beside it. A document without an address (a memo) starts below
            // its letterhead instead, as Word places the body under a tall header.
            boolean windowRow = !document.recipient().isEmpty() || !references.isEmpty();
            double letterheadBottom = furniture(docx, document, page, blocks, windowRow);
            page(docx, page);
            if (windowRow) {
                windowRow(docx, page, blocks, document.recipient(), references,
                    letterheadBottom > page.top() + LETTERHEAD_OVERFLOW_MM ? letterheadBottom : page.top());
            }
            blocks.write(bodyOf(docx), flow, DocxBlockWriter.Scope.of(DocxStyles.NORMAL));
            bytes = DocxPackage.write(docx, numbering.xml(), styleSheet, document.metadata(), language);
        } finally {
            // Not close(): a new document's package would save itself once more into a buffer nobody reads.
            docx.getPackage().revert();
        }
        out.write(bytes);
    }

    private static void page(XWPFDocument docx, PageSetup page) {
        CTSectPr section = docx.getDocument().getBody().isSetSectPr()
            ? docx.getDocument().getBody().getSectPr() : docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(twips(page.width())));
        size.setH(BigInteger.valueOf(twips(page.height())));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(twips(page.top())));
        margins.setBottom(BigInteger.valueOf(twips(page.bottom())));
        margins.setLeft(BigInteger.valueOf(twips(page.left())));
        margins.setRight(BigInteger.valueOf(twips(page.right())));
        margins.setHeader(BigInteger.valueOf(twips(HEADER_DISTANCE_MM)));
        margins.setFooter(BigInteger.valueOf(twips(FOOTER_DISTANCE_MM)));
        margins.setGutter(BigInteger.ZERO);
    }

    /**
     * The letterhead goes in the first page's header only; the footer on every page, the first included. With a
     * window row below it, the letterhead is a frame at the PDF's place, which takes no room from the body; otherwise
     * it stands in the header's flow. Returns where an unframed letterhead ends, in millimetres from the top of the
     * page (0 without one or when framed).
     */
    private static double furniture(XWPFDocument docx, LetterDocument document, PageSetup page,
                                     DocxBlockWriter blocks, boolean framed) {
        double letterheadBottom = 0;
        if (!document.letterhead().isEmpty()) {
            XWPFHeader header = docx.createHeader(HeaderFooterType.FIRST);
            story(header, document.letterhead(), DocxStyles.HEADER, blocks);
            // LibreOffice sets framed paragraphs in the header's flow when one of them has a border (a rule), and
            // cannot frame a table: such a letterhead stays in the flow, and the body starts below it.
            if (framed && header.getTables().isEmpty() && header.getParagraphs().stream()
                    .noneMatch(paragraph -> DocxStyles.RULE.equals(paragraph.getStyle()))) {
                header.getParagraphs().forEach(paragraph -> letterheadFrame(paragraph, page));
                // An unframed paragraph closes the frame: LibreOffice sets framed paragraphs that end a header
                // in the header's flow, ignoring the frame. It is a point high, well inside the top margin.
                XWPFParagraph closing = header.createParagraph();
                closing.setStyle(DocxStyles.HEADER);
                closing.setSpacingBetween(1, LineSpacingRule.EXACT);
            } else {
                letterheadBottom = HEADER_DISTANCE_MM + LetterheadHeight.of(header.getParagraphs());
            }
        }
        if (!document.footer().isEmpty()) {
            footer(docx.createFooter(HeaderFooterType.DEFAULT), document.footer(), blocks);
            if (!document.letterhead().isEmpty()) {
                footer(docx.createFooter(HeaderFooterType.FIRST), document.footer(), blocks);
            }
        }
        return letterheadBottom;
    }

    /**
     * Puts a letterhead paragraph in one frame with the others (Word joins paragraphs of equal frame properties):
     * {@link LetterLayout#LETTERHEAD_WIDTH} wide at the right margin, {@link LetterLayout#LETTERHEAD_TOP} from the
     * paper's top edge, as the PDF draws it.
     */
    private static void letterheadFrame(XWPFParagraph paragraph, PageSetup page) {
        CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        CTFramePr frame = properties.isSetFramePr() ? properties.getFramePr() : properties.addNewFramePr();
        frame.setW(BigInteger.valueOf(twips(LetterLayout.LETTERHEAD_WIDTH)));
        frame.setHAnchor(STHAnchor.PAGE);
        frame.setX(BigInteger.valueOf(twips(Math.max(page.left(),
            page.width() - page.right() - LetterLayout.LETTERHEAD_WIDTH))));
        frame.setVAnchor(STVAnchor.PAGE);
        frame.setY(BigInteger.valueOf(twips(LetterLayout.LETTERHEAD_TOP)));
        frame.setWrap(STWrap.AROUND);
    }

    /**
     * The window row, as the PDF sets it: the address from the envelope window's top left corner and the references
     * to its right, their last line {@link LetterLayout#WINDOW_GAP} above the row's foot; the row at least
     * {@link LetterLayout#WINDOW_HEIGHT} tall. An empty paragraph of exact height takes the body from its top down
     * to the window.
     */
    private static void windowRow(XWPFDocument docx, PageSetup page, DocxBlockWriter blocks, List<Block> recipient,
                                  List<Block> references, double bodyTop) {
        XWPFParagraph spacer = docx.createParagraph();
        spacer.setStyle(DocxStyles.NORMAL);
        spacer.setSpacingBefore(0);
        spacer.setSpacingAfter(0);
        spacer.setSpacingBetween(Math.max(0.05, (LetterLayout.WINDOW_TOP - bodyTop) * 72 / 25.4),
            LineSpacingRule.EXACT);
        List<Block> referenceBlocks = new ArrayList<>();
        for (Block block : references) {
            referenceBlocks.addAll(block instanceof Division division ? division.blocks() : List.of(block));
        }
        blocks.windowRow(bodyOf(docx), new DocxBlockWriter.WindowRow(recipient, referenceBlocks,
            twips(LetterLayout.WINDOW_LEFT - page.left()), twips(LetterLayout.WINDOW_WIDTH),
            twips(LetterLayout.WINDOW_HEIGHT), twips(LetterLayout.WINDOW_GAP)));
    }

    /** A footer whose last line stands on the footer's bottom line, without the paragraph space below it. */
    private static void footer(XWPFFooter footer, List<Block> content, DocxBlockWriter blocks) {
        story(footer, content, DocxStyles.FOOTER, blocks);
        List<XWPFParagraph> paragraphs = footer.getParagraphs();
        if (!paragraphs.isEmpty()) {
            paragraphs.get(paragraphs.size() - 1).setSpacingAfter(0);
        }
    }

    private static void story(XWPFHeaderFooter part, List<Block> content, String style, DocxBlockWriter blocks) {
        // POI starts a new header or footer with one empty paragraph; write into it rather than leave a blank line.
        XWPFParagraph[] first = {part.getParagraphs().isEmpty() ? null : part.getParagraphs().get(0)};
        blocks.write(new DocxBlockWriter.Story() {
            @Override
            public XWPFParagraph newParagraph() {
                if (first[0] != null) {
                    XWPFParagraph reused = first[0];
                    first[0] = null;
                    return reused;
                }
                return part.createParagraph();
            }

            @Override
            public XWPFTable newTable(int rows, int columns) {
                return part.createTable(rows, columns);
            }
        }, content, DocxBlockWriter.Scope.of(style));
    }

    private static DocxBlockWriter.Story bodyOf(XWPFDocument docx) {
        return new DocxBlockWriter.Story() {
            @Override
            public XWPFParagraph newParagraph() {
                return docx.createParagraph();
            }

            @Override
            public XWPFTable newTable(int rows, int columns) {
                return docx.createTable(rows, columns);
            }
        };
    }

    /**
     * Word's language tags carry a region: the letter language's own tag ({@code nb-NO}, {@code nn-NO},
     * {@code en-GB}); a tag that names no letter language is kept as it is.
     */
    static String languageTag(String language) {
        if (language == null || language.isBlank()) {
            return LetterLocale.NB.documentLanguageTag();
        }
        String tag = language.trim();
        return LetterLocale.find(tag).or(() -> LetterLocale.find(tag.toLowerCase(Locale.ROOT)))
                .map(LetterLocale::documentLanguageTag).orElse(tag);
    }

    private static String hexColor(String color) {
        String hex = color.startsWith("#") ? color.substring(1) : color;
        if (!hex.matches("[0-9A-Fa-f]{6}")) {
            throw new RenderException("The accent colour '" + color + "' is not a colour of the form #rrggbb; "
                + "correct the accentColor in the template pack's manifest");
        }
        return hex.toUpperCase(Locale.ROOT);
    }

    /** The colour mixed with white: {@code amount} 0 keeps it, 1 gives white. */
    private static String tint(String hex, double amount) {
        StringBuilder tinted = new StringBuilder();
        for (int i = 0; i < 6; i += 2) {
            int channel = Integer.parseInt(hex.substring(i, i + 2), 16);
            tinted.append(String.format(Locale.ROOT, "%02X", (int) Math.round(channel + (255 - channel) * amount)));
        }
        return tinted.toString();
    }

    static int twips(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }
}
