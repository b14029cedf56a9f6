package no.farvel.docx.internal;

import java.math.BigInteger;
import javax.xml.namespace.QName;
import no.farvel.templates.spi.LetterLayout;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

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
    private static final String WORDPROCESSING_ML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final CTStyles sheet = CTStyles.Factory.newInstance();
    /** The letter's spacing, as the PDF sets it: the styles take its lengths. */
    private final LetterLayout.Spacing spacing;

    private DocxStyles(LetterLayout.Spacing spacing) {
        this.spacing = spacing;
    }

    /**
     * The letter's style sheet; {@link SharedParts} builds it once per font, colour, language and spacing.
     *
     * @param accent hex colour without '#', for the title, headings, rules and links
     * @param language the run language (w:lang) for spelling and hyphenation, such as {@code nb-NO}
     * @param spacing the letter's spacing, as the PDF sets it
     */
    static CTStyles sheet(String fontName, String accent, String language, LetterLayout.Spacing spacing) {
        DocxStyles styles = new DocxStyles(spacing);
        styles.defaults(fontName, language);
        styles.paragraphStyles(accent);
        styles.characterAndTableStyles(accent);
        return styles.sheet;
    }

    private void defaults(String fontName, String language) {
        CTRPr rPr = sheet.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(rPr, fontName);
        rPr.addNewSz().setVal(BigInteger.valueOf(22));
        rPr.addNewSzCs().setVal(BigInteger.valueOf(22));
        rPr.addNewLang().setVal(language);
        sheet.getDocDefaults().addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);

        CTStyle normal = style(STStyleType.PARAGRAPH, NORMAL, "Normal", null);
        normal.setDefault(true);
        CTRPr normalRun = normal.addNewRPr();
        fonts(normalRun, fontName);
        normalRun.addNewColor().setVal(TEXT_COLOR);
        normalRun.addNewSz().setVal(BigInteger.valueOf(22));
        normalRun.addNewSzCs().setVal(BigInteger.valueOf(22));
        normalRun.addNewLang().setVal(language);
        spacing(normal.addNewPPr(), 0, points(spacing.paragraphSpace()), leading(LetterLayout.BODY_SIZE));
        // Word's widow and orphan control, on for every style based on Normal: as in the PDF, no paragraph leaves
        // a single line at the foot or the head of a page.
        normal.getPPr().addNewWidowControl();
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

        CTStyle header = style(STStyleType.PARAGRAPH, HEADER, "header", NORMAL);
        header.addNewRPr().addNewSz().setVal(BigInteger.valueOf(18));
        spacing(header.addNewPPr(), 0, 0, furnitureLeading(LetterLayout.LETTERHEAD_SIZE));
        // Right-aligned, as the PDF sets the letterhead at the top right.
        header.getPPr().addNewJc().setVal(STJc.RIGHT);

        CTStyle footer = style(STStyleType.PARAGRAPH, FOOTER, "footer", NORMAL);
        CTRPr footerRun = footer.addNewRPr();
        footerRun.addNewSz().setVal(BigInteger.valueOf(16));
        footerRun.addNewColor().setVal(MUTED_COLOR);
        CTPPrGeneral footerPara = footer.addNewPPr();
        // The PDF's footer rhythm: 1.3 lines and the body's paragraph space in proportion to the type size; the
        // renderer takes the space off the last paragraph, which stands on the footer's bottom line.
        spacing(footerPara, 0, FOOTER_PARAGRAPH_SPACE, furnitureLeading(LetterLayout.FOOTER_SIZE));
        // Centred and without a rule above, as the PDF draws it.
        footerPara.addNewJc().setVal(STJc.CENTER);

        CTStyle recipient = style(STStyleType.PARAGRAPH, RECIPIENT, "Recipient", NORMAL);
        spacing(recipient.addNewPPr(), 0, 0, furnitureLeading(LetterLayout.BODY_SIZE));
        recipient.getPPr().addNewKeepLines();

        CTStyle list = style(STStyleType.PARAGRAPH, LIST_PARAGRAPH, "List Paragraph", NORMAL);
        spacing(list.addNewPPr(), 0, (int) Math.round(spacing.listItemSpace() * 20), leading(LetterLayout.BODY_SIZE));

        CTStyle tableText = style(STStyleType.PARAGRAPH, TABLE_TEXT, "Table Text", NORMAL);
        tableText.addNewRPr().addNewSz().setVal(BigInteger.valueOf(20));
        spacing(tableText.addNewPPr(), 0, 0, 240);

        CTStyle tableHeading = style(STStyleType.PARAGRAPH, TABLE_HEADING, "Table Heading", TABLE_TEXT);
        tableHeading.addNewRPr().addNewB();
        tableHeading.addNewPPr().addNewKeepNext();

        CTStyle rule = style(STStyleType.PARAGRAPH, RULE, "Rule", NORMAL);
        CTPPrGeneral rulePara = rule.addNewPPr();
        spacing(rulePara, 0, 200, 240);
        border(rulePara.addNewPBdr().addNewBottom(), STBorder.SINGLE, 6, accent, 1);
        rule.addNewRPr().addNewSz().setVal(BigInteger.valueOf(8));

        // Kept with what follows so the closing, the signature space and the signatory never part across pages.
        CTStyle signature = style(STStyleType.PARAGRAPH, SIGNATURE, "Signature", NORMAL);
        CTPPrGeneral signaturePara = signature.addNewPPr();
        signaturePara.addNewKeepNext();
        signaturePara.addNewKeepLines();
        spacing(signaturePara, 0, 0, leading(LetterLayout.BODY_SIZE));
    }

    private void characterAndTableStyles(String accent) {
        CTStyle link = style(STStyleType.CHARACTER, HYPERLINK, "Hyperlink", null);
        CTRPr linkRun = link.addNewRPr();
        linkRun.addNewColor().setVal(accent);
        linkRun.addNewU().setVal(STUnderline.SINGLE);

        CTStyle table = style(STStyleType.TABLE, TABLE, "Farvel Table", null);
        // poi-ooxml-lite lacks the schema type of a style's tblPr (CTTblPrBase), so it is written as plain elements.
        try (XmlCursor cursor = table.newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(w("tblPr"));
            cursor.beginElement(w("tblBorders"));
            border(cursor, "top", 8, accent);
            border(cursor, "bottom", 8, accent);
            border(cursor, "insideH", 4, GRID_COLOR);
            cursor.toNextToken();
            cursor.beginElement(w("tblCellMar"));
            // The row as tall as the PDF's, its text as high in it: the PDF's cell padding sits above the
            // ascenders, where Word's line box already holds the ascent.
            cellMargin(cursor, "top", 0);
            cellMargin(cursor, "left", 85);
            cellMargin(cursor, "bottom", 88);
            cellMargin(cursor, "right", 85);
        }
    }

    private static void border(XmlCursor cursor, String side, int eighths, String color) {
        cursor.beginElement(w(side));
        cursor.insertAttributeWithValue(w("val"), "single");
        cursor.insertAttributeWithValue(w("sz"), String.valueOf(eighths));
        cursor.insertAttributeWithValue(w("space"), "0");
        cursor.insertAttributeWithValue(w("color"), color);
        cursor.toNextToken();
    }

    private static void cellMargin(XmlCursor cursor, String side, int twips) {
        cursor.beginElement(w(side));
        cursor.insertAttributeWithValue(w("w"), String.valueOf(twips));
        cursor.insertAttributeWithValue(w("type"), "dxa");
        cursor.toNextToken();
    }

    private static QName w(String localName) {
        return new QName(WORDPROCESSING_ML, localName, "w");
    }

    /** A heading style of the PDF's {@code level}; {@code accent} null for a heading in the text colour. */
    private void heading(String id, String name, int level, String accent, int outline) {
        double size = LetterLayout.headingSize(level);
        CTStyle heading = style(STStyleType.PARAGRAPH, id, name, NORMAL);
        CTRPr run = heading.addNewRPr();
        run.addNewB();
        if (accent != null) {
            run.addNewColor().setVal(accent);
        }
        run.addNewSz().setVal(BigInteger.valueOf(Math.round(size * 2)));
        run.addNewSzCs().setVal(BigInteger.valueOf(Math.round(size * 2)));
        CTPPrGeneral para = heading.addNewPPr();
        para.addNewKeepNext();
        para.addNewKeepLines();
        para.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        spacing(para, points(spacing.paragraphSpace() + spacing.spaceBefore(level)), points(spacing.spaceAfter(level)),
                leading(size));
    }

    private CTStyle style(STStyleType.Enum type, String id, String name, String basedOn) {
        CTStyle style = sheet.addNewStyle();
        style.setType(type);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        if (type == STStyleType.PARAGRAPH) {
            style.addNewNext().setVal(NORMAL);
        }
        style.addNewQFormat();
        return style;
    }

    private static void fonts(CTRPr run, String fontName) {
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(fontName);
        fonts.setHAnsi(fontName);
        fonts.setCs(fontName);
        fonts.setEastAsia(fontName);
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

    /** Sets the spacing; a negative {@code line} is an "at least" line height of that many twips, else 240ths. */
    private static void spacing(CTPPrGeneral para, int before, int after, int line) {
        CTSpacing spacing = para.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        spacing.setLine(BigInteger.valueOf(Math.abs(line)));
        spacing.setLineRule(line < 0 ? STLineSpacingRule.AT_LEAST : STLineSpacingRule.AUTO);
    }

    private static void border(CTBorder border, STBorder.Enum kind, int eighths, String color, int space) {
        border.setVal(kind);
        border.setSz(BigInteger.valueOf(eighths));
        border.setSpace(BigInteger.valueOf(space));
        border.setColor(color);
    }
}
