package no.farvel.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The floor for Farvel's DOCX: the same letter written with direct POI XWPF calls, on A4 with the letterhead in the
 * header, page numbers as fields in the footer, bullet lists and the invoice table. Direct run formatting, no styles.
 */
public final class HandWrittenDocx {
    private static final String FONT = "Liberation Sans";
    private static final String TEXT = "1A1A1A";
    private static final String ACCENT = "1F3A5F";
    private static final String GREY = "6B727B";
    private static final String HEADER_FILL = "E4E9EF";

    /** The letter as DOCX bytes. */
    public byte[] write(LetterText text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        XWPFDocument docx = new XWPFDocument();
        try {
            docx.getProperties().getCoreProperties().setTitle(text.title());
            docx.getProperties().getCoreProperties().setCreator(text.letterhead().get(0));
            page(docx);
            header(docx.createHeader(HeaderFooterType.DEFAULT), text.letterhead());
            footer(docx.createFooter(HeaderFooterType.DEFAULT), text.footer());
            BigInteger bullets = bulletList(docx);

            XWPFParagraph recipient = lines(docx.createParagraph(), text.recipient(), 11, false);
            recipient.setSpacingBefore(twips(20).intValue());
            recipient.setSpacingAfter(twips(12).intValue());
            recipient.setIndentationLeft(twips(-5).intValue());
            lines(docx.createParagraph(), text.dateAndReferences(), 11, false);
            XWPFParagraph title = docx.createParagraph();
            title.setSpacingBefore(280);
            run(title, text.title(), 16, true, ACCENT);
            paragraph(docx, text.decision());
            section(docx, text.reasons(), bullets);
            section(docx, text.steps(), bullets);
            section(docx, text.invoices(), bullets);
            invoiceTable(docx, text.invoiceRows());
            run(docx.createParagraph(), text.invoiceNotes().get(0), 11, true, TEXT);
            for (String note : text.invoiceNotes().subList(1, text.invoiceNotes().size())) {
                paragraph(docx, note);
            }
            section(docx, text.refunds(), bullets);
            section(docx, text.transition(), bullets);
            paragraph(docx, text.transitionContact());
            for (String sentence : text.closing()) {
                paragraph(docx, sentence);
            }
            List<String> signature = text.signature();
            lines(docx.createParagraph(), signature.subList(0, 2), 11, false).setSpacingBefore(360);
            lines(docx.createParagraph(), signature.subList(2, signature.size()), 11, false).setSpacingBefore(480);
            docx.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("POI could not write the DOCX to memory", e);
        } finally {
            // As Farvel does: close() would save a new document once more, into a buffer nobody reads.
            docx.getPackage().revert();
        }
        return out.toByteArray();
    }

    private static void page(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().addNewSectPr();
        section.addNewPgSz().setW(twips(210));
        section.getPgSz().setH(twips(297));
        CTPageMar margins = section.addNewPgMar();
        BigInteger margin = twips(25);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        margins.setHeader(twips(10));
        margins.setFooter(twips(10));
    }

    private static BigInteger twips(double mm) {
        return BigInteger.valueOf(Math.round(mm * 1440 / 25.4));
    }

    private static void header(XWPFHeader header, List<String> letterhead) {
        XWPFParagraph paragraph = header.getParagraphs().isEmpty()
                ? header.createParagraph() : header.getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.RIGHT);
        for (int i = 0; i < letterhead.size(); i++) {
            XWPFRun run = run(paragraph, letterhead.get(i), 9, i == 0, TEXT);
            if (i < letterhead.size() - 1) {
                run.addBreak();
            }
        }
    }

    private static void footer(XWPFFooter footer, String line) {
        XWPFParagraph paragraph = footer.getParagraphs().isEmpty()
                ? footer.createParagraph() : footer.getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        run(paragraph, line, 8, false, GREY).addBreak();
        run(paragraph, "Side ", 8, false, GREY);
        paragraph.getCTP().addNewFldSimple().setInstr("PAGE");
        run(paragraph, " av ", 8, false, GREY);
        paragraph.getCTP().addNewFldSimple().setInstr("NUMPAGES");
    }

    /** One bullet list definition, shared by every list of the letter. */
    private static BigInteger bulletList(XWPFDocument docx) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = definition.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(360));
        level.getPPr().getInd().setHanging(BigInteger.valueOf(360));
        XWPFNumbering numbering = docx.createNumbering();
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering)));
    }

    private static void section(XWPFDocument docx, LetterText.Section section, BigInteger bullets) {
        XWPFParagraph heading = docx.createParagraph();
        heading.setSpacingBefore(280);
        heading.setKeepNext(true);
        run(heading, section.heading(), 13, true, ACCENT);
        if (section.intro() != null) {
            paragraph(docx, section.intro());
        }
        for (String item : section.items()) {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setNumID(bullets);
            paragraph.setSpacingBefore(80);
            run(paragraph, item, 11, false, TEXT);
        }
    }

    private static void invoiceTable(XWPFDocument docx, List<List<String>> rows) {
        List<String> columns = LetterText.INVOICE_COLUMNS;
        XWPFTable table = docx.createTable(rows.size() + 1, columns.size());
        table.setWidth("100%");
        fill(table.getRow(0), columns, true);
        table.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean isHeader) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
            if (i == cells.size() - 1) {
                paragraph.setAlignment(ParagraphAlignment.RIGHT);
            }
            run(paragraph, cells.get(i), 9.5, isHeader, TEXT);
            if (isHeader) {
                row.getCell(i).setColor(HEADER_FILL);
            }
        }
    }

    private static void paragraph(XWPFDocument docx, String text) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setSpacingBefore(120);
        run(paragraph, text, 11, false, TEXT);
    }

    private static XWPFParagraph lines(XWPFParagraph paragraph, List<String> lines, double size, boolean isBold) {
        for (int i = 0; i < lines.size(); i++) {
            XWPFRun run = run(paragraph, lines.get(i), size, isBold, TEXT);
            if (i < lines.size() - 1) {
                run.addBreak();
            }
        }
        return paragraph;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, double size, boolean isBold, String color) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(isBold);
        run.setColor(color);
        run.setText(text);
        return run;
    }
}
