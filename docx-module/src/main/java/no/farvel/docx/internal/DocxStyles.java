package no.farvel.docx.internal;

import java.nio.charset.StandardCharsets;
import no.farvel.templates.spi.LetterLayout;

/**
 * The letter's style sheet: named Word styles, so that someone editing the letter in Word changes a style rather than
 * hunting direct formatting. Style ids and names follow Word's built-in ones where one exists ({@code Heading1} /
 * "heading 1"), which lets Word and LibreOffice map them onto their own.
 */
final class DocxStyles {
    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";
    static final String RECIPIENT = "Recipient";
    static final String LIST_PARAGRAPH = "ListParagraph";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_HEADING = "TableHeading";
    static final String RULE = "Rule";
    static final String SIGNATURE = "Signature";
    static final String HYPERLINK = "Hyperlink";
    static final String TABLE = "FarvelTable";

    private static final String TEXT_COLOR = "1A1A1A";
    private static final String MUTED_COLOR = "595959";
    private static final String GRID_COLOR = "BFBFBF";
    /** Space after a footer paragraph, in twips: the PDF's 6.6 pt paragraph space at 8 pt. */
    static final int FOOTER_PARAGRAPH_SPACE = 96;

    /** The sheet's XML; the elements of a style's properties in the schema's order, run properties as set. */
    private final StringBuilder xml = new StringBuilder(6 * 1024);
    /** The letter's spacing, as the PDF sets it: the styles take its lengths. */
    private final LetterLayout.Spacing spacing;

    private DocxStyles(LetterLayout.Spacing spacing) {
        this.spacing = spacing;
    }

    /**
     * The letter's style sheet, the XML POI saved for it; {@link SharedParts} builds it once per font, colour,
     * language and spacing.
     *
     * @param accent hex colour without '#', for the title, headings, rules and links
     * @param language the run language (w:lang) for spelling and hyphenation, such as {@code nb-NO}
     * @param spacing the letter's spacing, as the PDF sets it
     */
    static byte[] sheet(String fontName, String accent, String language, LetterLayout.Spacing spacing) {
        DocxStyles styles = new DocxStyles(spacing);
        styles.xml.append(WordPart.DECLARATION).append("<w:styles xmlns:w=\"").append(WordPart.MAIN)
            .append("\">");
        styles.defaults(fontName, language);
        styles.paragraphStyles(accent);
        styles.characterAndTableStyles(accent);
        return styles.xml.append("</w:styles>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private void defaults(String fontName, String language) {
        xml.append("<w:docDefaults><w:rPrDefault><w:rPr>");
        fonts(fontName);
        xml.append("<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>");
        value("lang", language);
        xml.append("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:pPrDefault>"
            + "</w:docDefaults>");

        start("paragraph", NORMAL, "Normal", null, true);
        // Word's widow and orphan control, on for every style based on Normal: as in the PDF, no paragraph leaves
        // a single line at the foot or the head of a page.
        xml.append("<w:pPr><w:widowControl/>");
        spacing(0, points(spacing.paragraphSpace()), leading(LetterLayout.BODY_SIZE));
        xml.append("</w:pPr><w:rPr>");
        fonts(fontName);
        value("color", TEXT_COLOR);
        xml.append("<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>");
        value("lang", language);
        xml.append("</w:rPr></w:style>");
    }

    private void paragraphStyles(String accent) {
        // h1 is the letter's subject line: its title, so it gets the Title style rather than a section heading's.
        // The PDF's headings: its sizes, leading and spaces. The space above is the PDF's whole space above a
        // heading, the block above's paragraph space and the heading's own: LibreOffice sets the larger of a
        // paragraph's space after and the next one's space before, where the PDF adds them.
        heading(TITLE, "Title", 1, accent, 0);
        heading(HEADING_1, "heading 1", 1, accent, 0);
        heading(HEADING_2, "heading 2", 2, accent, 1);
        heading(HEADING_3, "heading 3", 3, null, 2);

        // Right-aligned, as the PDF sets the letterhead at the top right.
        start("paragraph", HEADER, "header", NORMAL, false);
        xml.append("<w:pPr>");
        spacing(0, 0, furnitureLeading(LetterLayout.LETTERHEAD_SIZE));
        xml.append("<w:jc w:val=\"right\"/></w:pPr><w:rPr><w:sz w:val=\"18\"/></w:rPr></w:style>");

        // The PDF's footer rhythm: 1.3 lines and the body's paragraph space in proportion to the type size; the
        // renderer takes the space off the last paragraph, which stands on the footer's bottom line. Centred and
        // without a rule above, as the PDF draws it.
        start("paragraph", FOOTER, "footer", NORMAL, false);
        xml.append("<w:pPr>");
        spacing(0, FOOTER_PARAGRAPH_SPACE, furnitureLeading(LetterLayout.FOOTER_SIZE));
        xml.append("<w:jc w:val=\"center\"/></w:pPr><w:rPr><w:sz w:val=\"16\"/>");
        value("color", MUTED_COLOR);
        xml.append("</w:rPr></w:style>");

        start("paragraph", RECIPIENT, "Recipient", NORMAL, false);
        xml.append("<w:pPr><w:keepLines/>");
        spacing(0, 0, furnitureLeading(LetterLayout.BODY_SIZE));
        xml.append("</w:pPr></w:style>");

        start("paragraph", LIST_PARAGRAPH, "List Paragraph", NORMAL, false);
        xml.append("<w:pPr>");
        spacing(0, (int) Math.round(spacing.listItemSpace() * 20), leading(LetterLayout.BODY_SIZE));
        xml.append("</w:pPr></w:style>");

        start("paragraph", TABLE_TEXT, "Table Text", NORMAL, false);
        xml.append("<w:pPr>");
        spacing(0, 0, 240);
        xml.append("</w:pPr><w:rPr><w:sz w:val=\"20\"/></w:rPr></w:style>");

        start("paragraph", TABLE_HEADING, "Table Heading", TABLE_TEXT, false);
        xml.append("<w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/></w:rPr></w:style>");

        start("paragraph", RULE, "Rule", NORMAL, false);
        xml.append("<w:pPr><w:pBdr>");
        border("bottom", 6, 1, accent);
        xml.append("</w:pBdr>");
        spacing(0, 200, 240);
        xml.append("</w:pPr><w:rPr><w:sz w:val=\"8\"/></w:rPr></w:style>");

        // Kept with what follows so the closing, the signature space and the signatory never part across pages.
        start("paragraph", SIGNATURE, "Signature", NORMAL, false);
        xml.append("<w:pPr><w:keepNext/><w:keepLines/>");
        spacing(0, 0, leading(LetterLayout.BODY_SIZE));
        xml.append("</w:pPr></w:style>");
    }

    private void characterAndTableStyles(String accent) {
        start("character", HYPERLINK, "Hyperlink", null, false);
        xml.append("<w:rPr>");
        value("color", accent);
        xml.append("<w:u w:val=\"single\"/></w:rPr></w:style>");

        start("table", TABLE, "Farvel Table", null, false);
        xml.append("<w:tblPr><w:tblBorders>");
        border("top", 8, 0, accent);
        border("bottom", 8, 0, accent);
        border("insideH", 4, 0, GRID_COLOR);
        // The row as tall as the PDF's, its text as high in it: the PDF's cell padding sits above the ascenders,
        // where Word's line box already holds the ascent.
        xml.append("</w:tblBorders><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"85\" w:type=\"dxa\"/>"
            + "<w:bottom w:w=\"88\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
            + "</w:style>");
    }

    /** A heading style of the PDF's {@code level}; {@code accent} null for a heading in the text colour. */
    private void heading(String id, String name, int level, String accent, int outline) {
        double size = LetterLayout.headingSize(level);
        start("paragraph", id, name, NORMAL, false);
        xml.append("<w:pPr><w:keepNext/><w:keepLines/>");
        spacing(points(spacing.paragraphSpace() + spacing.spaceBefore(level)), points(spacing.spaceAfter(level)),
            leading(size));
        xml.append("<w:outlineLvl w:val=\"").append(outline).append("\"/></w:pPr><w:rPr><w:b/>");
        if (accent != null) {
            value("color", accent);
        }
        long halfPoints = Math.round(size * 2);
        xml.append("<w:sz w:val=\"").append(halfPoints).append("\"/><w:szCs w:val=\"").append(halfPoints)
            .append("\"/></w:rPr></w:style>");
    }

    /** Opens a style with its name, parent, next style (for paragraph styles) and Word's quick-style flag. */
    private void start(String type, String id, String name, String basedOn, boolean isDefault) {
        xml.append("<w:style w:type=\"").append(type).append("\" w:styleId=\"").append(id).append('"');
        if (isDefault) {
            xml.append(" w:default=\"true\"");
        }
        xml.append('>');
        value("name", name);
        if (basedOn != null) {
            value("basedOn", basedOn);
        }
        if (type.equals("paragraph")) {
            value("next", NORMAL);
        }
        xml.append("<w:qFormat/>");
    }

    /** An element with a w:val. */
    private void value(String element, String value) {
        xml.append("<w:").append(element).append(" w:val=\"");
        XmlEscape.wordAttribute(xml, value);
        xml.append("\"/>");
    }

    private void fonts(String fontName) {
        xml.append("<w:rFonts w:ascii=\"");
        XmlEscape.wordAttribute(xml, fontName);
        xml.append("\" w:hAnsi=\"");
        XmlEscape.wordAttribute(xml, fontName);
        xml.append("\" w:cs=\"");
        XmlEscape.wordAttribute(xml, fontName);
        xml.append("\" w:eastAsia=\"");
        XmlEscape.wordAttribute(xml, fontName);
        xml.append("\"/>");
    }

    /** A length in points, in twips. */
    private static int points(double points) {
        return (int) Math.round(points * 20);
    }

    /**
     * The PDF's leading for type of {@code size} points, in twips, as a negative value that {@link #spacing} writes as
     * "at least": the same distance between lines whatever the font's own line height, and room for a taller glyph.
     */
    private int leading(double size) {
        return -(int) Math.round(size * spacing.lineHeight() * 20);
    }

    /** The leading of the first page's fixed parts and the footer, which the PDF sets in the regular rhythm. */
    private static int furnitureLeading(double size) {
        return -(int) Math.round(size * LetterLayout.Spacing.REGULAR.lineHeight() * 20);
    }

    /** The spacing; a negative {@code line} is an "at least" line height of that many twips, else 240ths. */
    private void spacing(int before, int after, int line) {
        xml.append("<w:spacing w:before=\"").append(before).append("\" w:after=\"").append(after)
            .append("\" w:line=\"").append(Math.abs(line)).append("\" w:lineRule=\"")
            .append(line < 0 ? "atLeast" : "auto").append("\"/>");
    }

    private void border(String side, int eighths, int space, String color) {
        xml.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"").append(eighths).append("\" w:space=\"")
            .append(space).append("\" w:color=\"");
        XmlEscape.wordAttribute(xml, color);
        xml.append("\"/>");
    }
}
