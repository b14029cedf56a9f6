package no.farvel.templates.spi;

import no.farvel.templates.document.Block;
import no.farvel.templates.document.Division;

/**
 * The measurements a paged letter is laid out by, shared by the PDF and DOCX renderers so that both put every part
 * in the same place: paper and margins, the letterhead, the envelope window, the footer, type sizes and spacing, and
 * the room to sign. Lengths are in millimetres, type sizes and spacing in points.
 *
 * @param pageWidth the paper's width
 * @param pageHeight the paper's height
 * @param marginTop where the body starts on every page after the first
 * @param marginRight the body's right edge, from the paper's right edge
 * @param marginBottom the body's lowest line, from the paper's lower edge; the footer sits below it
 * @param marginLeft the body's left edge, which the recipient's address shares
 */
public record LetterLayout(double pageWidth, double pageHeight, double marginTop, double marginRight,
                           double marginBottom, double marginLeft) {
    /** A4 with 20 mm margins at the top and sides and 25 mm at the foot, where the footer is. */
    public static final LetterLayout A4 = new LetterLayout(210, 297, 20, 20, 25, 20);

    /** Points per millimetre. */
    public static final double POINTS_PER_MM = 72 / 25.4;

    /** The letterhead's first line, from the paper's top edge (first page only). */
    public static final double LETTERHEAD_TOP = 15;
    /** The letterhead's column, which ends at the right margin; the letterhead is right-aligned in it. */
    public static final double LETTERHEAD_WIDTH = 80;
    /** NS 4129: in a C5 window envelope the address shows from 20 mm in and 45 mm down. */
    public static final double WINDOW_LEFT = 20;
    /** The address's first line, from the paper's top edge. */
    public static final double WINDOW_TOP = 45;
    /** The width of the address column. */
    public static final double WINDOW_WIDTH = 85;
    /** The height of the window; the body starts below it, so no letter text shows through. */
    public static final double WINDOW_HEIGHT = 40;
    /** Room below an address or reference block that is taller than the window. */
    public static final double WINDOW_GAP = 4;
    /** The footer's last line, from the paper's lower edge. */
    public static final double FOOTER_BOTTOM = 10;
    /** Clear room between the closing and the signatory's name for a hand signature (at least 25 mm). */
    public static final double SIGNATURE_SPACE = 27;

    /** The body text's size. */
    public static final double BODY_SIZE = 11;
    /** Line height as a multiple of the type size. */
    public static final double LINE_HEIGHT = 1.3;
    /** Space after a paragraph, a list or a table's total. */
    public static final double PARAGRAPH_SPACE = 6.6;
    /** Space between the items of a list. */
    public static final double LIST_ITEM_SPACE = 2;
    /** The letterhead's type size. */
    public static final double LETTERHEAD_SIZE = 9;
    /** The footer's type size. */
    public static final double FOOTER_SIZE = 8;
    /** The type size in tables. */
    public static final double TABLE_SIZE = 10;
    /** Padding inside table cells. */
    public static final double CELL_PADDING = 3.5;
    /** Space above a table. */
    public static final double TABLE_SPACE_BEFORE = 3;
    /** Space between the closing and the paragraph above it. */
    public static final double SIGNATURE_SPACE_BEFORE = 14;

    /**
     * Whether the body's first block is the reference block ({@code section class="meta"}: place, date and
     * references), which paged letters set to the right of the address window rather than in the body.
     */
    public static boolean isReferenceBlock(Block block) {
        return block instanceof Division division && division.hasClass("meta");
    }

    /** The width between the margins. */
    public double textWidth() {
        return pageWidth - marginLeft - marginRight;
    }

    /** The left edge of the letterhead's column, from the paper's left edge. */
    public double letterheadLeft() {
        return Math.max(marginLeft, pageWidth - marginRight - LETTERHEAD_WIDTH);
    }

    /** The type size of a heading of level 1 to 3. */
    public static double headingSize(int level) {
        return switch (level) {
            case 1 -> 16;
            case 2 -> 12.5;
            default -> BODY_SIZE;
        };
    }

    /** The space above a heading of level 1 to 3. */
    public static double headingSpaceBefore(int level) {
        return level == 3 ? 8 : 10;
    }

    /** The space below a heading of level 1 to 3. */
    public static double headingSpaceAfter(int level) {
        return level == 1 ? 6 : 3;
    }
}
