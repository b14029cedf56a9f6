package no.farvel.docx.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import no.farvel.localization.LetterLocale;
import no.farvel.templates.document.Block;
import no.farvel.templates.document.LetterDocument;
import no.farvel.templates.document.PageSetup;
import no.farvel.templates.spi.LetterLayout;
import no.farvel.templates.spi.LetterRenderer;
import no.farvel.templates.spi.RenderContext;
import no.farvel.templates.spi.RenderException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes a letter as a Word document (Office Open XML) with Apache POI: named styles, the letterhead in the first
 * page's header, the recipient where a C5 window envelope shows it, and page numbers as live fields. The paper is A4
 * with the PDF's side margins unless the letter sets its own.
 */
public final class DocxRenderer implements LetterRenderer {
    /** A4, 25 mm above and below the body; the sides are the PDF's, so that body and address share one left edge. */
    static final PageSetup DEFAULT_PAGE = new PageSetup(LetterLayout.A4.pageWidth(), LetterLayout.A4.pageHeight(), 25,
        LetterLayout.A4.marginRight(), 25, LetterLayout.A4.marginLeft());
    // NS 4129 (window envelopes): the recipient field starts about 20 mm from the left and 45 mm from the top edge.
    static final double RECIPIENT_LEFT_MM = LetterLayout.WINDOW_LEFT;
    static final double RECIPIENT_TOP_MM = LetterLayout.WINDOW_TOP;
    private static final double RECIPIENT_GAP_MM = 12;
    /** How far past the top margin a letterhead's estimated height must reach before the address is moved up. */
    private static final double LETTERHEAD_OVERFLOW_MM = 3;
    /**
     * The footer stands where the PDF draws it; the letterhead 5 mm higher than the PDF's, since at 15 mm the built-in
     * one would reach past the 25 mm top margin and push the body down.
     */
    private static final double HEADER_DISTANCE_MM = 10;
    private static final double FOOTER_DISTANCE_MM = LetterLayout.FOOTER_BOTTOM;

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
        ByteArrayOutputStream zip = new ByteArrayOutputStream(32 * 1024);
        XWPFDocument docx = new XWPFDocument();
        try {
            DocxStyles.install(docx, context.fonts().name(), accent, language);
            properties(docx, document.metadata(), language);
            DocxBlockWriter blocks = new DocxBlockWriter(new DocxInlineWriter(context.resources(),
                context.maxImagePixels(), page.textWidth()), new DocxNumbering(docx), tint(accent, 0.88),
                twips(page.textWidth()));
            page(docx, page);
            double letterheadBottom = furniture(docx, document, blocks);
            // Only a letterhead that clearly reaches past the top margin (a logo above the sender's lines) moves the
            // body down; within the estimate's margin the body starts at the top margin, as for the built-in pack.
            double bodyTop = letterheadBottom > page.top() + LETTERHEAD_OVERFLOW_MM ? letterheadBottom : page.top();
            blocks.write(bodyOf(docx), document.recipient(), DocxBlockWriter.Scope.of(DocxStyles.RECIPIENT)
                .decoratedBy(recipientPlacement(page, bodyTop)));
            if (!document.recipient().isEmpty() && !docx.getParagraphs().isEmpty()) {
                // The window is about 40 mm tall; the letter continues below it, not right under the last line.
                docx.getParagraphs().get(docx.getParagraphs().size() - 1).setSpacingAfter(twips(RECIPIENT_GAP_MM));
            }
            blocks.write(bodyOf(docx), document.body(), DocxBlockWriter.Scope.of(DocxStyles.NORMAL));
            docx.write(zip);
        } finally {
            // Not close(): a new document's package would save itself once more into a buffer nobody reads.
            docx.getPackage().revert();
        }
        byte[] bytes = zip.toByteArray();
        ZipEntryTimes.set(bytes, document.metadata().date());
        out.write(bytes);
    }

    private static void properties(XWPFDocument docx, LetterDocument.Metadata metadata, String language) {
        POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
        core.setTitle(metadata.title());
        core.setCreator(metadata.author());
        core.setSubjectProperty(metadata.subject());
        core.getUnderlyingProperties().setLanguageProperty(language);
        // POI dates a new document by the clock; the letter's date makes the same letter give the same bytes.
        Optional<Date> date = Optional.ofNullable(metadata.date())
            .map(day -> Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
        core.getUnderlyingProperties().setCreatedProperty(date);
        core.getUnderlyingProperties().setModifiedProperty(date);
        docx.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("Farvel");
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
     * The letterhead goes in the first page's header only; the footer on every page, the first included. Returns
     * where the letterhead ends, in millimetres from the top of the page (0 without one).
     */
    private static double furniture(XWPFDocument docx, LetterDocument document, DocxBlockWriter blocks) {
        double letterheadBottom = 0;
        if (!document.letterhead().isEmpty()) {
            XWPFHeader header = docx.createHeader(HeaderFooterType.FIRST);
            story(header, document.letterhead(), DocxStyles.HEADER, blocks);
            letterheadBottom = HEADER_DISTANCE_MM + LetterheadHeight.of(header.getParagraphs());
        }
        if (!document.footer().isEmpty()) {
            story(docx.createFooter(HeaderFooterType.DEFAULT), document.footer(), DocxStyles.FOOTER, blocks);
            if (!document.letterhead().isEmpty()) {
                story(docx.createFooter(HeaderFooterType.FIRST), document.footer(), DocxStyles.FOOTER, blocks);
            }
        }
        return letterheadBottom;
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
     * Moves the recipient block into the envelope window: its first paragraph starts at the window's top (the body
     * begins at the top margin, or below a letterhead that reaches past it, as Word and LibreOffice place it) and all
     * of it is pulled left from the text margin to the window's left edge.
     */
    private static Consumer<XWPFParagraph> recipientPlacement(PageSetup page, double bodyTop) {
        boolean[] first = {true};
        return paragraph -> {
            if (first[0]) {
                paragraph.setSpacingBefore(Math.max(0, twips(RECIPIENT_TOP_MM - bodyTop)));
                first[0] = false;
            }
            paragraph.setIndentationLeft(twips(RECIPIENT_LEFT_MM - page.left()));
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
