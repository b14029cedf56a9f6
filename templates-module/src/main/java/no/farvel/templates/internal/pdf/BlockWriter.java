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
import no.farvel.templates.document.Inline;
import no.farvel.templates.document.ListBlock;
import no.farvel.templates.document.Paragraph;
import no.farvel.templates.document.Rule;
import no.farvel.templates.document.Table;
import no.farvel.templates.spi.LetterLayout;
import no.farvel.templates.spi.RenderException;

/**
 * Turns blocks into OpenPDF elements in one base style and alignment: whole, for the page furniture placed at fixed
 * spots (letterhead, address, references, footer), and one by one for the body's {@link BodyFlow}.
 */
final class BlockWriter {
    private static final Color TABLE_BORDER = new Color(0xB0, 0xB7, 0xC0);
    private static final Color TABLE_HEADER_BACKGROUND = new Color(0xEC, 0xEF, 0xF3);
    /** The body's text width in points; list columns are proportions of whatever width they get. */
    private static final float TYPICAL_TEXT_WIDTH = 480f;

    private final InlineWriter inlines;
    private final TextStyle base;
    private final Color accent;
    private final int alignment;
    private final LetterLayout.Spacing spacing;

    /** A writer in the regular spacing, for the page furniture. */
    BlockWriter(InlineWriter inlines, TextStyle base, Color accent, int alignment) {
        this(inlines, base, accent, alignment, LetterLayout.Spacing.REGULAR);
    }

    BlockWriter(InlineWriter inlines, TextStyle base, Color accent, int alignment, LetterLayout.Spacing spacing) {
        this.inlines = inlines;
        this.base = base;
        this.accent = accent;
        this.spacing = spacing;
        this.alignment = alignment;
    }

    InlineWriter inlines() {
        return inlines;
    }

    LetterLayout.Spacing spacing() {
        return spacing;
    }

    TextStyle base() {
        return base;
    }

    Color accent() {
        return accent;
    }

    /** The elements for {@code blocks}, in order, spaced as in the body. */
    List<Element> write(List<Block> blocks) throws IOException {
        List<Element> elements = new ArrayList<>();
        for (Block block : blocks) {
            write(block, elements);
        }
        return elements;
    }

    private void write(Block block, List<Element> into) throws IOException {
        if (block instanceof Paragraph paragraph) {
            into.add(spaced(paragraph(paragraph.inlines(), base, alignment), 0, paragraphSpace()));
        } else if (block instanceof Heading heading) {
            into.add(spaced(heading(heading), spacing.spaceBefore(heading.level()),
                    spacing.spaceAfter(heading.level())));
        } else if (block instanceof ListBlock list) {
            into.add(list(list));
        } else if (block instanceof Table table) {
            PdfPTable pdfTable = table(table);
            pdfTable.setWidthPercentage(100);
            pdfTable.setSpacingAfter(paragraphSpace());
            into.add(pdfTable);
        } else if (block instanceof Rule) {
            into.add(rule());
        } else if (block instanceof Division division) {
            for (Block child : division.blocks()) {
                write(child, into);
            }
        } else {
            throw new RenderException("The PDF renderer cannot draw the block node "
                    + block.getClass().getSimpleName() + "; add it to " + getClass().getName() + ".");
        }
    }

    /** The space after a paragraph, in proportion to the type size (the body's at its size). */
    private float paragraphSpace() {
        return (float) (base.size() * spacing.paragraphSpace() / LetterLayout.BODY_SIZE);
    }

    private static com.lowagie.text.Paragraph spaced(com.lowagie.text.Paragraph p, double before, double after) {
        p.setSpacingBefore((float) before);
        p.setSpacingAfter((float) after);
        return p;
    }

    /** The leading of text of {@code size}: the spacing's line height times the size. */
    float leading(float size) {
        return (float) (size * spacing.lineHeight());
    }

    /** A paragraph of the inlines in {@code style}, its leading the spacing's line height times the size. */
    com.lowagie.text.Paragraph paragraph(List<Inline> content, TextStyle style, int align) throws IOException {
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(leading(style.size()));
        // The paragraph's own font is used for text added without one; make sure that is never Helvetica.
        p.setFont(style.font(inlines.fonts()));
        inlines.write(content, style, p);
        p.setAlignment(align);
        return p;
    }

    /** A heading in the accent colour, sized by its level. */
    com.lowagie.text.Paragraph heading(Heading heading) throws IOException {
        TextStyle style = base.withSize((float) LetterLayout.headingSize(heading.level())).withBold();
        return paragraph(heading.inlines(), heading.level() < 3 ? style.withColor(accent) : style, alignment);
    }

    /** A list marker: "•", or the item's number. */
    com.lowagie.text.Phrase marker(boolean ordered, int number) {
        // "•" is in Liberation Sans and most TrueType families; the chunk's font is the embedded one.
        return new com.lowagie.text.Phrase(ordered ? number + "." : "•", base.font(inlines.fonts()));
    }

    /** How far list text stands in from its marker. */
    float markerIndent(boolean ordered) {
        return base.size() * (ordered ? 2.0f : 1.4f);
    }

    private Element list(ListBlock list) throws IOException {
        float symbolWidth = markerIndent(list.ordered());
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setWidths(new float[] {symbolWidth, TYPICAL_TEXT_WIDTH - symbolWidth});
        table.setSpacingAfter(paragraphSpace());
        int number = 1;
        for (List<Block> item : list.items()) {
            com.lowagie.text.Paragraph markerText = new com.lowagie.text.Paragraph(
                    (float) (base.size() * spacing.lineHeight()));
            markerText.add(marker(list.ordered(), number++));
            table.addCell(borderless(List.of(markerText)));
            table.addCell(borderless(write(item)));
        }
        return table;
    }

    private static PdfPCell borderless(List<Element> content) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        for (Element element : content) {
            cell.addElement(element);
        }
        return cell;
    }

    /** The table with its header rows marked to repeat; widths are left to the caller. */
    PdfPTable table(Table table) throws IOException {
        int columns = Math.max(1, table.columnCount());
        PdfPTable pdfTable = new PdfPTable(columns);
        pdfTable.setHeaderRows(table.head().size());
        TextStyle cellStyle = base.withSize((float) LetterLayout.TABLE_SIZE);
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
            pdfCell.setPadding((float) LetterLayout.CELL_PADDING);
            pdfCell.setUseAscender(true);
            pdfCell.setUseDescender(true);
            if (header) {
                pdfCell.setBackgroundColor(TABLE_HEADER_BACKGROUND);
            }
            pdfCell.addElement(paragraph(cell == null ? List.of() : cell.inlines(), cellStyle, align));
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
}
