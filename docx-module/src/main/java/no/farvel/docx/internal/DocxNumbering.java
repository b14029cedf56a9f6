package no.farvel.docx.internal;

import java.math.BigInteger;
import no.farvel.templates.spi.LetterLayout;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The numbering part: one abstract definition for bullets and one for numbered lists, and a fresh list instance per
 * list so each numbered list starts again at 1.
 */
final class DocxNumbering {
    /** Levels deeper than this reuse the deepest level's look. */
    static final int LEVELS = 3;

    private static final String[] BULLETS = {"•", "–", "•"};
    private static final STNumberFormat.Enum[] NUMBER_FORMATS = {
        STNumberFormat.DECIMAL, STNumberFormat.LOWER_LETTER, STNumberFormat.LOWER_ROMAN};
    private static final String[] NUMBER_TEXTS = {"%1.", "%2)", "%3."};

    private final XWPFDocument document;
    private XWPFNumbering numbering;
    /** The part's XML, kept here since POI's numbering part does not hand it out. */
    private CTNumbering xml;
    private BigInteger bulletDefinition;
    private BigInteger decimalDefinition;

    DocxNumbering(XWPFDocument document) {
        this.document = document;
    }

    /** A new list instance; numbered ones restart at 1 on every level. */
    BigInteger newList(boolean ordered) {
        if (numbering == null) {
            numbering = document.createNumbering();
            xml = CTNumbering.Factory.newInstance();
            numbering.setNumbering(xml);
            bulletDefinition = numbering.addAbstractNum(definition(0, false));
            decimalDefinition = numbering.addAbstractNum(definition(1, true));
        }
        BigInteger numId = numbering.addNum(ordered ? decimalDefinition : bulletDefinition);
        if (ordered) {
            for (int level = 0; level < LEVELS; level++) {
                CTNumLvl override = numbering.getNum(numId).getCTNum().addNewLvlOverride();
                override.setIlvl(BigInteger.valueOf(level));
                override.addNewStartOverride().setVal(BigInteger.ONE);
            }
        }
        return numId;
    }

    /** The numbering part's XML, or null when the letter has no list and so no numbering part. */
    CTNumbering xml() {
        return xml;
    }

    /**
     * The left indent of a list level's text, in twips; continuation paragraphs of an item line up with it. Each
     * level stands in by the PDF's marker column: 1.4 times the body size for a bullet, twice it for a number.
     */
    static int textIndent(int level, boolean ordered) {
        return markerWidth(ordered) * (1 + Math.min(level, LEVELS - 1));
    }

    private static int markerWidth(boolean ordered) {
        return (int) Math.round(LetterLayout.BODY_SIZE * (ordered ? 2.0 : 1.4) * 20);
    }

    private XWPFAbstractNum definition(int id, boolean ordered) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.valueOf(id));
        for (int level = 0; level < LEVELS; level++) {
            CTLvl lvl = definition.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(ordered ? NUMBER_FORMATS[level] : STNumberFormat.BULLET);
            lvl.addNewLvlText().setVal(ordered ? NUMBER_TEXTS[level] : BULLETS[level]);
            lvl.addNewLvlJc().setVal(STJc.LEFT);
            CTInd ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(textIndent(level, ordered)));
            ind.setHanging(BigInteger.valueOf(markerWidth(ordered)));
        }
        return new XWPFAbstractNum(definition, numbering);
    }
}
