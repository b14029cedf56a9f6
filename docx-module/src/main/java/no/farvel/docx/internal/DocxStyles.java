package no.farvel.docx.internal;

import java.math.BigInteger;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
    private static final String WORDPROCESSING_ML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final CTStyles sheet = CTStyles.Factory.newInstance();

    private DocxStyles() {
    }

    /**
     * Replaces the document's styles part with the letter's style sheet.
     *
     * @param accent hex colour without '#', for the title, headings, rules and links
     * @param language the run language (w:lang) for spelling and hyphenation, such as {@code nb-NO}
     */
    static void install(XWPFDocument document, String fontName, String accent, String language) {
        DocxStyles styles = new DocxStyles();
        styles.defaults(fontName, language);
        styles.paragraphStyles(accent);
        styles.characterAndTableStyles(accent);
        document.createStyles().setStyles(styles.sheet);
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
        spacing(normal.addNewPPr(), 0, 140, 264);
        // Word's widow and orphan control, on for every style based on Normal: as in the PDF, no paragraph leaves
        // a single line at the foot or the head of a page.
        normal.getPPr().addNewWidowControl();
    }

    private void paragraphStyles(String accent) {
        // h1 is the letter's subject line: its title, so it gets the Title style rather than a section heading's.
        heading(TITLE, "Title", 28, accent, 360, 180, 0);
        heading(HEADING_1, "heading 1", 26, accent, 300, 100, 0);
        heading(HEADING_2, "heading 2", 23, accent, 240, 80, 1);
        heading(HEADING_3, "heading 3", 22, accent, 200, 60, 2);

        CTStyle header = style(STStyleType.PARAGRAPH, HEADER, "header", NORMAL);
        header.addNewRPr().addNewSz().setVal(BigInteger.valueOf(18));
        spacing(header.addNewPPr(), 0, 0, 240);
        // Right-aligned, as the PDF sets the letterhead at the top right.
        header.getPPr().addNewJc().setVal(STJc.RIGHT);

        CTStyle footer = style(STStyleType.PARAGRAPH, FOOTER, "footer", NORMAL);
        CTRPr footerRun = footer.addNewRPr();
        footerRun.addNewSz().setVal(BigInteger.valueOf(16));
        footerRun.addNewColor().setVal(MUTED_COLOR);
        CTPPrGeneral footerPara = footer.addNewPPr();
        spacing(footerPara, 0, 0, 240);
        footerPara.addNewJc().setVal(STJc.CENTER);
        border(footerPara.addNewPBdr().addNewTop(), STBorder.SINGLE, 4, GRID_COLOR, 4);

        CTStyle recipient = style(STStyleType.PARAGRAPH, RECIPIENT, "Recipient", NORMAL);
        spacing(recipient.addNewPPr(), 0, 0, 240);
        recipient.getPPr().addNewKeepLines();

        CTStyle list = style(STStyleType.PARAGRAPH, LIST_PARAGRAPH, "List Paragraph", NORMAL);
        spacing(list.addNewPPr(), 0, 60, 264);

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
        spacing(signaturePara, 0, 0, 264);
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
            cellMargin(cursor, "top", 45);
            cellMargin(cursor, "left", 85);
            cellMargin(cursor, "bottom", 45);
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

    private void heading(String id, String name, int halfPoints, String accent, int before, int after, int outline) {
        CTStyle heading = style(STStyleType.PARAGRAPH, id, name, NORMAL);
        CTRPr run = heading.addNewRPr();
        run.addNewB();
        run.addNewColor().setVal(accent);
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        CTPPrGeneral para = heading.addNewPPr();
        para.addNewKeepNext();
        para.addNewKeepLines();
        para.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        spacing(para, before, after, 240);
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

    private static void spacing(CTPPrGeneral para, int before, int after, int line) {
        CTSpacing spacing = para.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        spacing.setLine(BigInteger.valueOf(line));
        spacing.setLineRule(STLineSpacingRule.AUTO);
    }

    private static void border(CTBorder border, STBorder.Enum kind, int eighths, String color, int space) {
        border.setVal(kind);
        border.setSz(BigInteger.valueOf(eighths));
        border.setSpace(BigInteger.valueOf(space));
        border.setColor(color);
    }
}
