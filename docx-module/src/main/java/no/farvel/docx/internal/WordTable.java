package no.farvel.docx.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of a {@link WordPart}, made as POI's {@code XWPFTable(rows, columns)} made one: every cell with one empty
 * paragraph. The XML is what XMLBeans saved for it: properties in the schema's order, a row's in the order set.
 */
final class WordTable implements WordPart.Block {
    private String style;
    private String indent;
    private boolean fixedLayout;
    private boolean noSidePadding;
    private int[] grid = new int[0];
    private final List<Row> rows = new ArrayList<>();

    WordTable(WordPart part, int rows, int columns) {
        for (int r = 0; r < rows; r++) {
            this.rows.add(new Row(part, columns));
        }
    }

    Row row(int index) {
        return rows.get(index);
    }

    void setStyle(String styleId) {
        style = styleId;
    }

    /** The table's width (tblW) and its columns (tblGrid), in twips. */
    void setColumns(int[] widths) {
        grid = widths.clone();
    }

    void setIndent(int twips) {
        indent = Integer.toString(twips);
    }

    void setFixedLayout() {
        fixedLayout = true;
    }

    /** No cell padding left or right. */
    void setNoSidePadding() {
        noSidePadding = true;
    }

    @Override
    public void write(StringBuilder xml, List<WordPart.Namespace> used) {
        xml.append("<w:tbl><w:tblPr>");
        if (style != null) {
            xml.append("<w:tblStyle w:val=\"").append(style).append("\"/>");
        }
        xml.append("<w:tblW w:w=\"").append(Arrays.stream(grid).sum()).append("\" w:type=\"dxa\"/>");
        if (indent != null) {
            xml.append("<w:tblInd w:w=\"").append(indent).append("\" w:type=\"dxa\"/>");
        }
        if (fixedLayout) {
            xml.append("<w:tblLayout w:type=\"fixed\"/>");
        }
        if (noSidePadding) {
            xml.append("<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/>"
                + "</w:tblCellMar>");
        }
        xml.append("</w:tblPr><w:tblGrid>");
        for (int w : grid) {
            xml.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        xml.append("</w:tblGrid>");
        for (Row row : rows) {
            row.write(xml, used);
        }
        xml.append("</w:tbl>");
    }

    /** A table row: its properties (trPr) in the order set, and its cells. */
    static final class Row {
        private final List<String> properties = new ArrayList<>(3);
        private final List<Cell> cells = new ArrayList<>();

        Row(WordPart part, int columns) {
            for (int c = 0; c < columns; c++) {
                cells.add(new Cell(part));
            }
        }

        Cell cell(int index) {
            return cells.get(index);
        }

        List<Cell> cells() {
            return cells;
        }

        void setCantSplit() {
            property("<w:cantSplit w:val=\"on\"/>");
        }

        void setRepeatHeader() {
            property("<w:tblHeader w:val=\"on\"/>");
        }

        /** The row's least height, in twips. */
        void setHeightAtLeast(int twips) {
            property("<w:trHeight w:val=\"" + twips + "\" w:hRule=\"atLeast\"/>");
        }

        private void property(String element) {
            if (!properties.contains(element)) {
                properties.add(element);
            }
        }

        void write(StringBuilder xml, List<WordPart.Namespace> used) {
            xml.append("<w:tr>");
            if (!properties.isEmpty()) {
                xml.append("<w:trPr>");
                properties.forEach(xml::append);
                xml.append("</w:trPr>");
            }
            for (Cell cell : cells) {
                cell.write(xml, used);
            }
            xml.append("</w:tr>");
        }
    }

    /** A table cell: its properties (tcPr) and paragraphs, the first made with the cell. */
    static final class Cell {
        private final WordPart part;
        private final List<WordParagraph> paragraphs = new ArrayList<>(1);
        private int width = -1;
        private String fill;
        private int bottomMargin = -1;
        private boolean bottomAligned;

        Cell(WordPart part) {
            this.part = part;
            paragraphs.add(new WordParagraph(part));
        }

        List<WordParagraph> paragraphs() {
            return paragraphs;
        }

        WordParagraph addParagraph() {
            WordParagraph paragraph = new WordParagraph(part);
            paragraphs.add(paragraph);
            return paragraph;
        }

        void setWidth(int twips) {
            width = twips;
        }

        /** The background, hex without '#', as POI's {@code setColor} set it. */
        void setFill(String hex) {
            fill = hex;
        }

        void setBottomMargin(int twips) {
            bottomMargin = twips;
        }

        void setBottomAligned() {
            bottomAligned = true;
        }

        void write(StringBuilder xml, List<WordPart.Namespace> used) {
            xml.append("<w:tc>");
            if (width >= 0 || fill != null || bottomMargin >= 0 || bottomAligned) {
                xml.append("<w:tcPr>");
                if (width >= 0) {
                    xml.append("<w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
                }
                if (fill != null) {
                    xml.append("<w:shd w:color=\"auto\" w:val=\"clear\" w:fill=\"").append(fill).append("\"/>");
                }
                if (bottomMargin >= 0) {
                    xml.append("<w:tcMar><w:bottom w:w=\"").append(bottomMargin)
                        .append("\" w:type=\"dxa\"/></w:tcMar>");
                }
                if (bottomAligned) {
                    xml.append("<w:vAlign w:val=\"bottom\"/>");
                }
                xml.append("</w:tcPr>");
            }
            for (WordParagraph paragraph : paragraphs) {
                paragraph.write(xml, used);
            }
            xml.append("</w:tc>");
        }
    }
}
