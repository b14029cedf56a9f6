package no.farvel.docx.internal.compile;

import java.util.List;

/** A paragraph or table of a Word document, as read: what the compiler lays out. */
sealed interface WordBlock {
    Where where();

    /**
     * A paragraph.
     *
     * @param role what its style makes it
     * @param list its list level when numbered or bulleted; null otherwise
     * @param alignedRight whether it is right-aligned, which in a table cell marks an amount
     */
    record Para(Where where, Roles role, ListLevel list, boolean alignedRight, List<Piece> pieces)
            implements WordBlock {
        public Para {
            pieces = List.copyOf(pieces);
        }
    }

    /** A table. */
    record Grid(Where where, List<GridRow> rows) implements WordBlock {
        public Grid {
            rows = List.copyOf(rows);
        }
    }

    /** A table row; {@code header} when Word repeats it at the top of each page. */
    record GridRow(Where where, boolean header, List<GridCell> cells) {
        public GridRow {
            cells = List.copyOf(cells);
        }
    }

    /** A table cell, whose paragraphs become lines. */
    record GridCell(Where where, List<Para> paragraphs) {
        public GridCell {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** A list paragraph's depth (0 for the outermost) and whether it is numbered rather than bulleted. */
    record ListLevel(int level, boolean ordered) {
    }
}
