package no.farvel.docx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import no.farvel.templates.document.Block;
import no.farvel.templates.document.Division;
import no.farvel.templates.document.Heading;
import no.farvel.templates.document.Image;
import no.farvel.templates.document.Inline;
import no.farvel.templates.document.Link;
import no.farvel.templates.document.ListBlock;
import no.farvel.templates.document.Pagination;
import no.farvel.templates.document.Paragraph;
import no.farvel.templates.document.Rule;
import no.farvel.templates.document.Span;
import no.farvel.templates.document.Styled;
import no.farvel.templates.document.Table;
import no.farvel.templates.document.Text;
import no.farvel.templates.spi.LetterLayout;
import no.farvel.templates.spi.RenderException;

/** Turns blocks into paragraphs and tables of one story: the body, a header or a footer. */
final class DocxBlockWriter {
    /** Room for a handwritten signature between the complimentary close and the signatory, as in the PDF. */
    private final int signatureSpace;
    /**
     * The space above the closing, in twips: the PDF's paragraph space and its own space above the closing, whole,
     * since LibreOffice sets the larger of the space after the paragraph above and this one.
     */
    private final int signatureLead;
    /** Space above a paragraph that follows a table, in twips: the PDF's paragraph space. */
    private final int tableGap;
    /** Space between two tables, in twips: the PDF's paragraph space below the first and its space above a table. */
    private final int tablesGap;

    private final DocxInlineWriter inlines;
    /** The paragraphs that keep with the next block when the last block written must: its last paragraph or rows. */
    private List<WordParagraph> keptWithNext = List.of();
    /** Whether the last block written was a table, so that the paragraph after it needs space above. */
    private boolean afterTable;
    /** Whether the next paragraph starts the body below the window row, where the PDF sets it without space above. */
    private boolean belowWindow;
    private final DocxNumbering numbering;
    private final String headerFill;
    private final int textWidth;

    /**
     * @param headerFill the background of table header cells, hex without '#'
     * @param textWidth the width between the page margins, in twips, that tables span
     * @param spacing the letter's spacing, as the PDF sets it
     */
    DocxBlockWriter(DocxInlineWriter inlines, DocxNumbering numbering, String headerFill, int textWidth,
                    LetterLayout.Spacing spacing) {
        this.signatureSpace = DocxRenderer.twips(spacing.signatureSpaceMm());
        this.signatureLead = (int) Math.round((spacing.paragraphSpace() + spacing.signatureSpaceBefore()) * 20);
        this.tableGap = (int) Math.round(spacing.paragraphSpace() * 20);
        this.tablesGap = (int) Math.round((spacing.paragraphSpace() + LetterLayout.TABLE_SPACE_BEFORE) * 20);
        this.inlines = inlines;
        this.numbering = numbering;
        this.headerFill = headerFill;
        this.textWidth = textWidth;
    }

    /** Where blocks go: a part of the letter (the body, a header or a footer) or a table cell. */
    interface Story {
        WordParagraph newParagraph();

        WordTable newTable(int rows, int columns);
    }

    /**
     * How paragraphs in one part of the letter look: the style of plain paragraphs, the list depth, and what else each
     * new paragraph needs (list numbering, signature spacing).
     */
    record Scope(String paragraphStyle, int listDepth, Consumer<WordParagraph> decorate) {
        /** A scope whose plain paragraphs have the given style and nothing else. */
        static Scope of(String paragraphStyle) {
            return new Scope(paragraphStyle, 0, paragraph -> { });
        }

        Scope decoratedBy(Consumer<WordParagraph> more) {
            return new Scope(paragraphStyle, listDepth, decorate.andThen(more));
        }
    }

    /** Writes the blocks in order, keeping together what {@link Pagination} keeps together. */
    void write(Story story, List<Block> blocks, Scope scope) {
        for (int i = 0; i < blocks.size(); i++) {
            if (i + 1 < blocks.size() && Pagination.isSignature(blocks.get(i + 1)) && !holdsTable(blocks.get(i))) {
                keepTogether(story, blocks.subList(i, i + 2), scope);
                i++;
                continue;
            }
            write(story, blocks.get(i), scope);
            if (Pagination.keepsWithNext(blocks, i)) {
                // A table's last rows (for its total) or the block's last paragraph (a heading, an introduction,
                // the paragraph before the signature) go to the next page with what follows.
                keptWithNext.forEach(paragraph -> paragraph.setKeepNext(true));
            }
        }
    }

    /**
     * Writes the blocks into one borderless table row that cannot split, so they move to the next page together.
     * Keep with next alone does not do it for the paragraph before the signature: LibreOffice leaves it behind when
     * a table stands earlier on the page (Word honours either).
     */
    private void keepTogether(Story story, List<Block> blocks, Scope scope) {
        WordTable frame = borderless(story, new int[] {textWidth});
        WordTable.Row row = frame.row(0);
        row.setCantSplit();
        Story inside = cellStory(row.cell(0));
        for (Block block : blocks) {
            write(inside, block, scope);
        }
        // A paragraph after the frame: Word wants one after a table, and it keeps a following table from merging
        // with the frame. It is a twip high: at a point high, a letter that fills its page to the foot ended with an
        // empty page holding only this paragraph in LibreOffice.
        WordParagraph after = story.newParagraph();
        after.setStyle(scope.paragraphStyle());
        after.setSpacingBefore(0);
        after.setSpacingAfter(0);
        after.setExactLineHeight(0.05);
        keptWithNext = List.of();
    }

    /**
     * The first page's window row: the address in the first cell, the references right-aligned at the foot of the
     * second, in one borderless row that is at least the window's height and cannot split.
     *
     * @param indent where the address starts, from the left text margin, in twips
     * @param addressWidth the address column's width, in twips
     * @param height the row's least height, in twips
     * @param gap the space below the references' last line, in twips
     */
    record WindowRow(List<Block> recipient, List<Block> references, int indent, int addressWidth, int height,
                     int gap) {
    }

    /** Writes the window row; the body continues below it. */
    void windowRow(Story story, WindowRow window) {
        WordTable table = borderless(story, new int[] {window.addressWidth(),
            Math.max(1, textWidth - window.indent() - window.addressWidth())});
        table.setIndent(window.indent());
        WordTable.Row row = table.row(0);
        row.setCantSplit();
        row.setHeightAtLeast(window.height());
        write(cellStory(row.cell(0)), window.recipient(), Scope.of(DocxStyles.RECIPIENT));
        WordTable.Cell references = row.cell(1);
        references.setBottomAligned();
        references.setBottomMargin(window.gap());
        // Without references the cell keeps its empty paragraph, in the address's style.
        references.paragraphs().get(0).setStyle(DocxStyles.RECIPIENT);
        write(cellStory(references), window.references(), Scope.of(DocxStyles.RECIPIENT)
            .decoratedBy(WordParagraph::setAlignmentRight));
        keptWithNext = List.of();
        afterTable = false;
        belowWindow = true;
    }

    /** A one-row table without borders or side padding across the given column widths (twips). */
    private WordTable borderless(Story story, int[] widths) {
        WordTable table = story.newTable(1, widths.length);
        table.setNoSidePadding();
        table.setFixedLayout();
        table.setColumns(widths);
        for (int c = 0; c < widths.length; c++) {
            table.row(0).cell(c).setWidth(widths[c]);
        }
        return table;
    }

    /** A cell's paragraphs as a story: the cell's own first paragraph first. */
    private static Story cellStory(WordTable.Cell cell) {
        WordParagraph[] first = {cell.paragraphs().get(0)};
        return new Story() {
            @Override
            public WordParagraph newParagraph() {
                WordParagraph paragraph = first[0] != null ? first[0] : cell.addParagraph();
                first[0] = null;
                return paragraph;
            }

            @Override
            public WordTable newTable(int rows, int columns) {
                throw new IllegalStateException("a table inside the signature's frame or the window row");
            }
        };
    }

    private static boolean holdsTable(Block block) {
        return block instanceof Table
                || block instanceof Division division && division.blocks().stream().anyMatch(DocxBlockWriter::holdsTable)
                || block instanceof ListBlock list
                && list.items().stream().flatMap(List::stream).anyMatch(DocxBlockWriter::holdsTable);
    }

    private void write(Story story, Block block, Scope scope) {
        if (block instanceof Paragraph paragraph) {
            boolean belowTable = afterTable;
            WordParagraph written = paragraph(story, scope, scope.paragraphStyle());
            if (belowTable) {
                // A table has no space after it in Word; the PDF leaves a paragraph's space before the text below.
                written.setSpacingBefore(tableGap);
            }
            inlines.write(written, paragraph.inlines());
        } else if (block instanceof Heading heading) {
            inlines.write(paragraph(story, scope, headingStyle(heading.level())), heading.inlines());
        } else if (block instanceof ListBlock list) {
            list(story, list, scope);
        } else if (block instanceof Table table) {
            table(story, table, afterTable);
        } else if (block instanceof Rule) {
            paragraph(story, scope, DocxStyles.RULE);
        } else if (block instanceof Division division) {
            write(story, division.blocks(), division.hasClass("signature") ? signature(scope) : scope);
        } else {
            throw new RenderException("The DOCX renderer cannot write the block node "
                + block.getClass().getName() + "; teach DocxBlockWriter about it");
        }
    }

    private WordParagraph paragraph(Story story, Scope scope, String style) {
        afterTable = false;
        WordParagraph paragraph = story.newParagraph();
        paragraph.setStyle(style);
        if (belowWindow) {
            paragraph.setSpacingBefore(0);
            belowWindow = false;
        }
        scope.decorate().accept(paragraph);
        keptWithNext = List.of(paragraph);
        return paragraph;
    }

    private static String headingStyle(int level) {
        return switch (level) {
            case 1 -> DocxStyles.TITLE;
            case 2 -> DocxStyles.HEADING_2;
            default -> DocxStyles.HEADING_3;
        };
    }

    private void list(Story story, ListBlock list, Scope scope) {
        int numId = numbering.newList(list.ordered());
        int level = Math.min(scope.listDepth(), DocxNumbering.LEVELS - 1);
        for (List<Block> item : list.items()) {
            Scope itemScope = new Scope(DocxStyles.LIST_PARAGRAPH, scope.listDepth() + 1, scope.decorate())
                .decoratedBy(new ListItemParagraphs(numId, level, list.ordered()));
            write(story, item, itemScope);
        }
        // The PDF leaves a paragraph's space below a list, where its items have only the space between them.
        if (keptWithNext.size() == 1) {
            keptWithNext.get(0).setSpacingAfter(tableGap);
        }
    }

    /** The first paragraph of a list item carries the bullet or number; the item's later paragraphs align with it. */
    private static final class ListItemParagraphs implements Consumer<WordParagraph> {
        private final int numId;
        private final int level;
        private final boolean ordered;
        private boolean numbered;

        ListItemParagraphs(int numId, int level, boolean ordered) {
            this.numId = numId;
            this.level = level;
            this.ordered = ordered;
        }

        @Override
        public void accept(WordParagraph paragraph) {
            if (numbered) {
                paragraph.setIndentationLeft(DocxNumbering.textIndent(level, ordered));
                return;
            }
            numbered = true;
            paragraph.setNumbering(level, numId);
        }
    }

    private Scope signature(Scope scope) {
        int[] index = {0};
        return new Scope(DocxStyles.SIGNATURE, scope.listDepth(), scope.decorate()).decoratedBy(paragraph -> {
            if (index[0] == 0) {
                paragraph.setSpacingBefore(signatureLead);
            } else if (index[0] == 1) {
                paragraph.setSpacingBefore(signatureSpace);
            }
            index[0]++;
        });
    }

    /**
     * Writes a table. One that follows a table directly joins it, as Word and LibreOffice join adjacent tables, and
     * its first row stands the PDF's space between two tables lower: a total stays with the invoices above it.
     */
    private void table(Story story, Table table, boolean joinsTableAbove) {
        belowWindow = false;
        if (!joinsTableAbove && keptWithNext.size() == 1) {
            // The PDF's space above a table, on top of the paragraph space below the paragraph before it.
            WordParagraph above = keptWithNext.get(0);
            above.setSpacingAfter(tableGap + (int) Math.round(LetterLayout.TABLE_SPACE_BEFORE * 20));
        }
        int columns = table.columnCount();
        int rows = table.head().size() + table.body().size();
        if (rows == 0 || columns == 0) {
            return;
        }
        WordTable xwpf = story.newTable(rows, columns);
        xwpf.setStyle(DocxStyles.TABLE);
        int[] widths = columnWidths(table, columns);
        xwpf.setColumns(widths);
        if (joinsTableAbove) {
            for (WordTable.Cell cell : xwpf.row(0).cells()) {
                cell.paragraphs().forEach(paragraph -> paragraph.setSpacingBefore(tablesGap));
            }
        }
        int r = 0;
        for (Table.Row row : table.head()) {
            WordTable.Row xrow = xwpf.row(r++);
            xrow.setRepeatHeader();
            xrow.setCantSplit();
            cells(xrow, row, widths, true);
        }
        int bodyRows = table.body().size();
        List<WordParagraph> lastRows = new ArrayList<>();
        for (int b = 0; b < bodyRows; b++) {
            WordTable.Row xrow = xwpf.row(r++);
            xrow.setCantSplit();
            cells(xrow, table.body().get(b), widths, false);
            // Keep with next on a row's paragraphs keeps the row with the next: a small table whole, a long one
            // with at least two rows on either side of a page break.
            boolean keep = Pagination.keepsTogether(table) ? b < bodyRows - 1
                    : b < Pagination.MIN_TABLE_ROWS - 1 || b >= bodyRows - Pagination.MIN_TABLE_ROWS && b < bodyRows - 1;
            for (WordTable.Cell cell : xrow.cells()) {
                cell.paragraphs().forEach(paragraph -> paragraph.setKeepNext(keep));
                if (b >= bodyRows - Pagination.MIN_TABLE_ROWS) {
                    lastRows.addAll(cell.paragraphs());
                }
            }
        }
        keptWithNext = lastRows;
        afterTable = true;
    }

    private void cells(WordTable.Row xrow, Table.Row row, int[] widths, boolean headRow) {
        for (int c = 0; c < widths.length; c++) {
            WordTable.Cell cell = xrow.cell(c);
            cell.setWidth(widths[c]);
            WordParagraph paragraph = cell.paragraphs().get(0);
            Table.Cell source = c < row.cells().size() ? row.cells().get(c) : null;
            boolean header = headRow || source != null && source.header();
            paragraph.setStyle(header ? DocxStyles.TABLE_HEADING : DocxStyles.TABLE_TEXT);
            if (headRow) {
                cell.setFill(headerFill);
            }
            if (source == null) {
                continue;
            }
            if (source.numeric()) {
                paragraph.setAlignmentRight();
            }
            inlines.write(paragraph, source.inlines());
        }
    }

    /** Column widths in twips across the text width, in proportion to each column's longest text (within bounds). */
    private int[] columnWidths(Table table, int columns) {
        int[] weights = new int[columns];
        for (List<Table.Row> rows : List.of(table.head(), table.body())) {
            for (Table.Row row : rows) {
                for (int c = 0; c < row.cells().size(); c++) {
                    weights[c] = Math.max(weights[c], plainLength(row.cells().get(c).inlines()));
                }
            }
        }
        int total = 0;
        for (int c = 0; c < columns; c++) {
            weights[c] = Math.max(6, Math.min(40, weights[c]));
            total += weights[c];
        }
        int[] widths = new int[columns];
        int used = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = c == columns - 1 ? textWidth - used : textWidth * weights[c] / total;
            used += widths[c];
        }
        return widths;
    }

    private static int plainLength(List<Inline> inlines) {
        int length = 0;
        for (Inline inline : inlines) {
            if (inline instanceof Text text) {
                length += text.text().length();
            } else if (inline instanceof Styled styled) {
                length += plainLength(styled.inlines());
            } else if (inline instanceof Link link) {
                length += plainLength(link.inlines());
            } else if (inline instanceof Span span) {
                length += plainLength(span.inlines());
            } else if (inline instanceof Image) {
                length += 10;
            }
        }
        return length;
    }
}
