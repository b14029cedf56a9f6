package no.farvel.docx.internal;

import java.io.IOException;
import java.io.OutputStream;
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

/**
 * Writes a letter as a Word document (Office Open XML): named styles, the letterhead in the first page's header, the
 * recipient where a C5 window envelope shows it, and page numbers as live fields. The paper is A4 with the PDF's side
 * margins unless the letter sets its own.
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
    static final double HEADER_DISTANCE_MM = 10;
    private static final double FOOTER_DISTANCE_MM = LetterLayout.FOOTER_BOTTOM;

    private static final String DOCUMENT_TYPE =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

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
        WordPart body = new WordPart("word/document.xml", "document", DOCUMENT_TYPE);
        // The relationships POI's new document started with; the style sheet is the pack's.
        body.relate(WordPart.RELATIONSHIPS + "/settings", "settings.xml", false);
        body.relate(WordPart.RELATIONSHIPS + "/styles", "styles.xml", false);
        DocxNumbering numbering = new DocxNumbering(body);
        DocxInlineWriter inlines = new DocxInlineWriter(context.resources(), context.maxImagePixels(),
            page.textWidth());
        DocxBlockWriter blocks = new DocxBlockWriter(inlines, numbering, tint(accent, 0.88), twips(page.textWidth()),
            spacing);
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
        DocxFurniture furniture = new DocxFurniture(body);
        double letterheadBottom = furniture.write(document, page, blocks, windowRow);
        if (windowRow) {
            windowRow(body, page, blocks, document.recipient(), references,
                letterheadBottom > page.top() + LETTERHEAD_OVERFLOW_MM ? letterheadBottom : page.top());
        }
        blocks.write(body, flow, DocxBlockWriter.Scope.of(DocxStyles.NORMAL));
        body.close(section(page, furniture.references(), furniture.firstPage()), !furniture.parts().isEmpty());
        out.write(DocxPackage.write(body, furniture.parts(), numbering.xml(), inlines.pictures().media(), styleSheet,
            document.metadata(), language));
    }

    /** The section's properties: its headers and footers, the paper and margins, and whether page one has its own. */
    private static String section(PageSetup page, String references, boolean titlePage) {
        return "<w:sectPr>" + references + "<w:pgSz w:w=\"" + twips(page.width()) + "\" w:h=\"" + twips(page.height()) + "\"/>"
            + "<w:pgMar w:top=\"" + twips(page.top()) + "\" w:bottom=\"" + twips(page.bottom())
            + "\" w:left=\"" + twips(page.left()) + "\" w:right=\"" + twips(page.right())
            + "\" w:header=\"" + twips(HEADER_DISTANCE_MM) + "\" w:footer=\"" + twips(FOOTER_DISTANCE_MM)
            + "\" w:gutter=\"0\"/>" + (titlePage ? "<w:titlePg w:val=\"on\"/>" : "") + "</w:sectPr>";
    }

    /**
     * The window row, as the PDF sets it: the address from the envelope window's top left corner and the references
     * to its right, their last line {@link LetterLayout#WINDOW_GAP} above the row's foot; the row at least
     * {@link LetterLayout#WINDOW_HEIGHT} tall. An empty paragraph of exact height takes the body from its top down
     * to the window.
     */
    private static void windowRow(WordPart body, PageSetup page, DocxBlockWriter blocks, List<Block> recipient,
                                  List<Block> references, double bodyTop) {
        WordParagraph spacer = body.newParagraph();
        spacer.setStyle(DocxStyles.NORMAL);
        spacer.setSpacingBefore(0);
        spacer.setSpacingAfter(0);
        spacer.setExactLineHeight(Math.max(0.05, (LetterLayout.WINDOW_TOP - bodyTop) * 72 / 25.4));
        List<Block> referenceBlocks = new ArrayList<>();
        for (Block block : references) {
            referenceBlocks.addAll(block instanceof Division division ? division.blocks() : List.of(block));
        }
        blocks.windowRow(body, new DocxBlockWriter.WindowRow(recipient, referenceBlocks,
            twips(LetterLayout.WINDOW_LEFT - page.left()), twips(LetterLayout.WINDOW_WIDTH),
            twips(LetterLayout.WINDOW_HEIGHT), twips(LetterLayout.WINDOW_GAP)));
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
