package no.farvel.templates.internal.pdf;

import com.lowagie.text.pdf.PdfContentByte;

/** A block of the body as the page breaker places it: in slices, each drawn in order on one page or the next. */
interface FlowPart {
    /** Draws slices {@code from} to {@code to} (exclusive), the first with its top at {@code top}. */
    void draw(PdfContentByte canvas, int from, int to, float top);

    /** The height a continuation of this part needs above its slices at the top of a page: a repeated header. */
    default float continuationHeight() {
        return 0;
    }

    /**
     * The least height slice {@code index} can take, less a little for rounding, when its block is laid out again
     * as wide but with line heights {@code ratio} (at most 1) times the ones it has: the lines break where they did
     * and none of them grows. Summed over a part's slices this bounds the part however the closer layout slices it.
     */
    float leastHeight(int index, double ratio);

    /**
     * The most a line set at {@code leading} can lose when set at {@code ratio} times it, with a hundredth of a point
     * for its float error in two measurements (near {@link TextPart}'s tall column a float is exact to 1/128 point,
     * and each line's step down may be rounded by half of that).
     */
    static float mostLostPerLine(float leading, double ratio) {
        return (float) (leading * (1 - ratio)) + 0.01f;
    }

    /**
     * One unbreakable slice of the body: a line of a paragraph, a table row, a heading.
     *
     * @param index which slice of its part
     * @param height its height in points
     * @param spaceBefore room above it, left out at the top of a page
     * @param closerSpaceBefore the room above it in the closer spacing its body is measured against
     * @param breakBefore whether a page may break before it
     */
    record Slice(FlowPart part, int index, float height, float spaceBefore, float closerSpaceBefore,
                 boolean breakBefore) {
        Slice tied() {
            return new Slice(part, index, height, spaceBefore, closerSpaceBefore, false);
        }
    }
}
