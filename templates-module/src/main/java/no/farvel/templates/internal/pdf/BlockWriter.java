package no.farvel.templates.internal.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import no.farvel.templates.document.Block;
import no.farvel.templates.document.Division;
import no.farvel.templates.document.Heading;
import no.farvel.templates.document.ListBlock;
import no.farvel.templates.document.Paragraph;
import no.farvel.templates.document.Rule;
import no.farvel.templates.document.Table;
import no.farvel.templates.spi.RenderException;

/** Turns block nodes into OpenPDF elements in one base style and alignment (body, letterhead or footer). */
final class BlockWriter {
    private static final float LEADING = 1.3f;
    /** The body's text width in points; list columns are proportions of whatever width they get. */
    private static final float TYPICAL_TEXT_WIDTH = 480f;
    private static final Color TABLE_BORDER = new Color(0xB0, 0xB7, 0xC0);
    private static final Color TABLE_HEADER_BACKGROUND = new Color(0xEC, 0xEF, 0xF3);

    private final InlineWriter inlines;
    private final TextStyle base;
    private final Color accent;
    private final int alignment;

    BlockWriter(InlineWriter inlines, TextStyle base, Color accent, int alignment) {
        this.inlines = inlines;
        this.base = base;
        this.accent = accent;
        this.alignment = alignment;
    }

    /** The elements for {@code blocks}, in order. */
    List<Element> write(List<Block> blocks) throws IOException {
        List<Element> elements = new ArrayList<>();
        for (Block block : blocks) {
            write(block, elements);
        }
        return elements;
    }

    private void write(Block block, List<Element> into) throws IOException {
        if (block instanceof Paragraph paragraph) {
            into.add(paragraph(paragraph.inlines(), base, alignment, base.size() * 0.6f));
        } else if (block instanceof Heading heading) {
            into.add(heading(heading));
        } else if (block instanceof ListBlock list) {
            into.add(list(list));
        } else if (block instanceof Table table) {
            into.add(table(table));
        } else if (block instanceof Rule) {
            into.add(rule());
        } else if (block instanceof Division division) {
            if (division.hasClass("signature")) {
                into.add(signature(division));
            } else {
                for (Block child : division.blocks()) {
                    write(child, into);
                }
            }
        } else {
            throw new RenderException("The PDF renderer cannot draw the block node "
                    + block.getClass().getSimpleName() + "; add it to " + getClass().getName() + ".");
        }
    }

    private com.lowagie.text.Paragraph paragraph(List<no.farvel.templates.document.Inline> content, TextStyle style,
                                                 int align, float spacingAfter) throws IOException {
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(style.size() * LEADING);
        // The paragraph's own font is used for text added without one; make sure that is never Helvetica.
        p.setFont(style.font(inlines.fonts()));
        inlines.write(content, style, p);
        p.setAlignment(align);
        p.setSpacingAfter(spacingAfter);
        return p;
    }

    private Element heading(Heading heading) throws IOException {
        TextStyle style = switch (heading.level()) {
            case 1 -> base.withSize(base.size() * 1.45f).withBold().withColor(accent);
            case 2 -> base.withSize(base.size() * 1.15f).withBold().withColor(accent);
            default -> base.withBold();
        };
        com.lowagie.text.Paragraph p = paragraph(heading.inlines(), style, alignment, base.size() * 0.45f);
        p.setSpacingBefore(heading.level() == 1 ? base.size() * 0.9f : base.size() * 0.6f);
        p.setKeepTogether(true);
        return p;
    }

    private Element list(ListBlock list) throws IOException {
        float symbolWidth = base.size() * (list.ordered() ? 2.0f : 1.4f);
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setWidths(new float[] {symbolWidth, TYPICAL_TEXT_WIDTH - symbolWidth});
        table.setSplitLate(false);
        table.setSpacingAfter(base.size() * 0.6f);
        int number = 1;
        for (List<Block> item : list.items()) {
            // "•" and "–" are in Liberation Sans and most TrueType families; the chunk's font is the embedded one.
            String symbol = list.ordered() ? number++ + "." : "•";
            // A paragraph like the item's own, so that marker and first line share one baseline.
            com.lowagie.text.Paragraph markerText = new com.lowagie.text.Paragraph(base.size() * LEADING, symbol,
                    base.font(inlines.fonts()));
            markerText.setAlignment(Element.ALIGN_LEFT);
            PdfPCell marker = new PdfPCell();
            marker.setBorder(Rectangle.NO_BORDER);
            marker.setPadding(0);
            marker.addElement(markerText);
            table.addCell(marker);
            PdfPCell content = new PdfPCell();
            content.setBorder(Rectangle.NO_BORDER);
            content.setPadding(0);
            for (Element element : write(item)) {
                content.addElement(element);
            }
            table.addCell(content);
        }
        return table;
    }

    private Element table(Table table) throws IOException {
        int columns = Math.max(1, table.columnCount());
        PdfPTable pdfTable = new PdfPTable(columns);
        pdfTable.setWidthPercentage(100);
        pdfTable.setHeaderRows(table.head().size());
        // Long tables break between rows; a row that does not fit moves whole to the next page, header repeated.
        pdfTable.setSplitLate(true);
        pdfTable.setSpacingBefore(base.size() * 0.3f);
        pdfTable.setSpacingAfter(base.size() * 0.9f);
        TextStyle cellStyle = base.withSize(base.size() - 1);
        for (Table.Row row : table.head()) {
            addRow(pdfTable, row, columns, cellStyle, true);
        }
        for (Table.Row row : table.body()) {
            addRow(pdfTable, row, columns, cellStyle, false);
        }
        return pdfTable;
    }

    private void addRow(PdfPTable pdfTable, Table.Row row, int columns, TextStyle style, boolean inHead)
            throws IOException {
        for (int i = 0; i < columns; i++) {
            Table.Cell cell = i < row.cells().size() ? row.cells().get(i) : null;
            boolean header = inHead || cell != null && cell.header();
            TextStyle cellStyle = header ? style.withBold() : style;
            int align = cell != null && cell.numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
            PdfPCell pdfCell = new PdfPCell();
            pdfCell.setBorderWidth(0.5f);
            pdfCell.setBorderColor(TABLE_BORDER);
            pdfCell.setPadding(3.5f);
            pdfCell.setUseAscender(true);
            pdfCell.setUseDescender(true);
            if (header) {
                pdfCell.setBackgroundColor(TABLE_HEADER_BACKGROUND);
            }
            pdfCell.addElement(paragraph(cell == null ? List.of() : cell.inlines(), cellStyle, align, 0));
            pdfTable.addCell(pdfCell);
        }
    }

    private Element rule() {
        PdfPTable line = new PdfPTable(1);
        line.setWidthPercentage(100);
        line.setSpacingBefore(base.size() * 0.2f);
        line.setSpacingAfter(base.size() * 0.6f);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderWidthBottom(0.6f);
        cell.setBorderColorBottom(accent);
        cell.setFixedHeight(1f);
        line.addCell(cell);
        return line;
    }

    private Element signature(Division division) throws IOException {
        // One borderless cell keeps closing, name and title on one page; the space above is for the pen.
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        block.setSpacingBefore(base.size() * 2.6f);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        for (Element element : write(division.blocks())) {
            cell.addElement(element);
        }
        block.addCell(cell);
        return block;
    }
}
