package no.farvel.templates.document;

import java.util.List;

/**
 * Where a paged renderer may break the page, as both PDF and DOCX follow it: from the letter's structure, and from
 * the {@link Keep} hints of a division where the structure cannot say it.
 *
 * <ul>
 * <li>A heading stays with the block after it, and so does a paragraph that ends in a colon (it introduces what
 * follows) or that stands directly before a table (it introduces the table).</li>
 * <li>A paragraph directly after a table stays with the table's last rows: it is the table's total or comment. So
 * does a table without header rows directly after a table: it holds the first one's totals.</li>
 * <li>A table of up to {@value #SMALL_TABLE_ROWS} body rows is never split; a longer one leaves at least
 * {@value #MIN_TABLE_ROWS} body rows on each page and repeats its header rows.</li>
 * <li>A paragraph leaves at least {@value #MIN_LINES} lines at the foot of a page and at the top of the next (no
 * widows, no orphans).</li>
 * <li>The signature ({@code section class="signature"}) is never split and never stands alone: it stays with the
 * block before it.</li>
 * </ul>
 */
public final class Pagination {
    /** The fewest lines of a paragraph on either side of a page break. */
    public static final int MIN_LINES = 2;
    /** A table with no more body rows than this is never split. */
    public static final int SMALL_TABLE_ROWS = 6;
    /** The fewest body rows of a split table on either side of the page break. */
    public static final int MIN_TABLE_ROWS = 2;

    private Pagination() {
    }

    /** Whether no page may break between {@code blocks.get(index)} and the block after it. */
    public static boolean keepsWithNext(List<Block> blocks, int index) {
        if (index < 0 || index + 1 >= blocks.size()) {
            return false;
        }
        Block block = blocks.get(index);
        Block next = blocks.get(index + 1);
        return endsTied(block) || startsTied(next)
                || block instanceof Paragraph && next instanceof Table
                || block instanceof Table && (startsWithParagraph(next) || isTotals(next));
    }

    /** Whether no page may break inside the block (unless it is taller than a page). */
    public static boolean keepsTogether(Block block) {
        if (block instanceof Heading) {
            return true;
        }
        if (block instanceof Table table) {
            return table.body().size() <= SMALL_TABLE_ROWS;
        }
        return block instanceof Division division
                && (division.keep().contains(Keep.TOGETHER) || division.hasClass("signature"));
    }

    /** Whether a page may break before body row {@code row} (counted from 0) of a table. */
    public static boolean breaksBeforeRow(Table table, int row) {
        int rows = table.body().size();
        return !keepsTogether(table) && row >= MIN_TABLE_ROWS && row <= rows - MIN_TABLE_ROWS;
    }

    /** Whether a page may break before line {@code line} (counted from 0) of a paragraph of {@code lines} lines. */
    public static boolean breaksBeforeLine(int lines, int line) {
        return line >= MIN_LINES && line <= lines - MIN_LINES;
    }

    /** Whether the block is the letter's signature: the closing, the room to sign and the signatory. */
    public static boolean isSignature(Block block) {
        return block instanceof Division division && division.hasClass("signature");
    }

    private static boolean endsTied(Block block) {
        if (block instanceof Heading) {
            return true;
        }
        if (block instanceof Paragraph paragraph) {
            return endsWithColon(paragraph.inlines());
        }
        if (block instanceof Division division) {
            List<Block> blocks = division.blocks();
            return division.keep().contains(Keep.WITH_NEXT)
                    || !blocks.isEmpty() && endsTied(blocks.get(blocks.size() - 1));
        }
        return false;
    }

    private static boolean startsTied(Block block) {
        return block instanceof Division division && (division.keep().contains(Keep.WITH_PREVIOUS)
                || division.hasClass("signature")
                || !division.blocks().isEmpty() && startsTied(division.blocks().get(0)));
    }

    /** A table without header rows: after another table, its totals. */
    private static boolean isTotals(Block block) {
        return block instanceof Table table && table.head().isEmpty()
                || block instanceof Division division && !division.blocks().isEmpty()
                && isTotals(division.blocks().get(0));
    }

    private static boolean startsWithParagraph(Block block) {
        return block instanceof Paragraph
                || block instanceof Division division && !division.blocks().isEmpty()
                && startsWithParagraph(division.blocks().get(0));
    }

    private static boolean endsWithColon(List<Inline> inlines) {
        for (int i = inlines.size() - 1; i >= 0; i--) {
            Inline inline = inlines.get(i);
            String text = inline instanceof Text t ? t.text().strip() : null;
            if (text != null && text.isEmpty()) {
                continue;
            }
            if (text != null) {
                return text.endsWith(":");
            }
            List<Inline> children = inline instanceof Styled s ? s.inlines()
                    : inline instanceof Span s ? s.inlines()
                    : inline instanceof Link l ? l.inlines()
                    : null;
            return children != null && endsWithColon(children);
        }
        return false;
    }
}
