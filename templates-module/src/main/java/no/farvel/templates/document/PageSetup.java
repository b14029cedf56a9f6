package no.farvel.templates.document;

/**
 * The paper and margins of a paged letter, in millimetres, as a Word template sets them.
 *
 * @param width the paper's width, such as 210 for A4
 * @param height the paper's height, such as 297 for A4
 */
public record PageSetup(double width, double height, double top, double right, double bottom, double left) {
    /** Paper no smaller than this leaves no room for a letter. */
    private static final double MINIMUM_TEXT_MM = 50;

    public PageSetup {
        if (!(width > 0) || !(height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
            throw new IllegalArgumentException("The paper must have a positive width and height, not " + width
                    + " × " + height + " mm");
        }
        for (double margin : new double[] {top, right, bottom, left}) {
            if (!(margin >= 0) || Double.isInfinite(margin)) {
                throw new IllegalArgumentException("Margins must be zero or more millimetres, not " + margin);
            }
        }
        if (width - left - right < MINIMUM_TEXT_MM || height - top - bottom < MINIMUM_TEXT_MM) {
            throw new IllegalArgumentException("The margins (" + top + ", " + right + ", " + bottom + ", " + left
                    + " mm) leave less than " + MINIMUM_TEXT_MM + " mm for text on " + width + " × " + height
                    + " mm paper");
        }
    }

    /** The width between the left and right margins. */
    public double textWidth() {
        return width - left - right;
    }
}
