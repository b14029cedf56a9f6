package no.farvel.docx.internal;

import java.util.ArrayList;
import java.util.List;
import no.farvel.templates.document.Block;
import no.farvel.templates.document.LetterDocument;
import no.farvel.templates.document.PageSetup;
import no.farvel.templates.spi.LetterLayout;

/**
 * A letter's headers and footers: the letterhead in the first page's header only, the footer on every page, the
 * first included. One per letter; it names the parts and relates the body to them in the order POI did.
 */
final class DocxFurniture {
    private static final String HEADER_TYPE =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
    private static final String FOOTER_TYPE =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";

    private final WordPart body;
    private final List<WordPart> parts = new ArrayList<>(3);
    /** The body's references to its headers and footers (w:headerReference, w:footerReference), in order. */
    private final StringBuilder references = new StringBuilder();
    private boolean firstPage;
    private int headers;
    private int footers;

    DocxFurniture(WordPart body) {
        this.body = body;
    }

    /**
     * Writes the letterhead and the footer. With a window row below it, the letterhead is a frame at the PDF's place,
     * which takes no room from the body; otherwise it stands in the header's flow. Returns where an unframed
     * letterhead ends, in millimetres from the top of the page (0 without one or when framed).
     */
    double write(LetterDocument document, PageSetup page, DocxBlockWriter blocks, boolean framed) {
        double letterheadBottom = 0;
        if (!document.letterhead().isEmpty()) {
            WordPart header = part("header", "hdr", HEADER_TYPE, "first");
            blocks.write(header, document.letterhead(), DocxBlockWriter.Scope.of(DocxStyles.HEADER));
            // LibreOffice sets framed paragraphs in the header's flow when one of them has a border (a rule), and
            // cannot frame a table: such a letterhead stays in the flow, and the body starts below it.
            if (framed && !header.hasTables() && header.paragraphs().stream()
                    .noneMatch(paragraph -> DocxStyles.RULE.equals(paragraph.style()))) {
                String frame = frame(page);
                header.paragraphs().forEach(paragraph -> paragraph.setFrame(frame));
                // An unframed paragraph closes the frame: LibreOffice sets framed paragraphs that end a header
                // in the header's flow, ignoring the frame. It is a point high, well inside the top margin.
                WordParagraph closing = header.newParagraph();
                closing.setStyle(DocxStyles.HEADER);
                closing.setExactLineHeight(1);
            } else {
                letterheadBottom = DocxRenderer.HEADER_DISTANCE_MM + LetterheadHeight.of(header.paragraphs());
            }
        }
        if (!document.footer().isEmpty()) {
            footer(part("footer", "ftr", FOOTER_TYPE, "default"), document.footer(), blocks);
            if (!document.letterhead().isEmpty()) {
                footer(part("footer", "ftr", FOOTER_TYPE, "first"), document.footer(), blocks);
            }
        }
        return letterheadBottom;
    }

    /** The headers and footers, in the order made. */
    List<WordPart> parts() {
        return parts;
    }

    /** The start of the body's section properties: the references to the headers and footers. */
    String references() {
        return references.toString();
    }

    /** Whether the first page has a header or footer of its own (w:titlePg). */
    boolean firstPage() {
        return firstPage;
    }

    /** A new, empty header or footer for the pages of {@code type}, related to the body. */
    private WordPart part(String kind, String root, String contentType, String type) {
        int number = kind.equals("header") ? ++headers : ++footers;
        String file = kind + number + ".xml";
        WordPart part = new WordPart("word/" + file, root, contentType);
        String id = body.relate(WordPart.RELATIONSHIPS + "/" + kind, file, false);
        references.append("<w:").append(kind).append("Reference w:type=\"").append(type).append("\" r:id=\"")
            .append(id).append("\"/>");
        firstPage |= type.equals("first");
        parts.add(part);
        return part;
    }

    /**
     * The letterhead's frame (Word joins paragraphs of equal frame properties into one):
     * {@link LetterLayout#LETTERHEAD_WIDTH} wide at the right margin, {@link LetterLayout#LETTERHEAD_TOP} from the
     * paper's top edge, as the PDF draws it.
     */
    private static String frame(PageSetup page) {
        return " w:w=\"" + DocxRenderer.twips(LetterLayout.LETTERHEAD_WIDTH) + "\" w:hAnchor=\"page\" w:x=\""
            + DocxRenderer.twips(Math.max(page.left(), page.width() - page.right() - LetterLayout.LETTERHEAD_WIDTH))
            + "\" w:vAnchor=\"page\" w:y=\"" + DocxRenderer.twips(LetterLayout.LETTERHEAD_TOP)
            + "\" w:wrap=\"around\"";
    }

    /** A footer whose last line stands on the footer's bottom line, without the paragraph space below it. */
    private static void footer(WordPart footer, List<Block> content, DocxBlockWriter blocks) {
        blocks.write(footer, content, DocxBlockWriter.Scope.of(DocxStyles.FOOTER));
        List<WordParagraph> paragraphs = footer.paragraphs();
        if (!paragraphs.isEmpty()) {
            paragraphs.get(paragraphs.size() - 1).setSpacingAfter(0);
        }
    }
}
