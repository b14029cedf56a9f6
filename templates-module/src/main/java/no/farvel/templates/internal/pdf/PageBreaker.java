package no.farvel.templates.internal.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfContentByte;
import java.io.IOException;
import java.util.List;
import no.farvel.templates.internal.pdf.FlowPart.Slice;

/**
 * Places the body's slices on pages: fills a page while they fit, then breaks it at the last slice before which a
 * break is allowed, so that every keep rule holds; only a run of tied slices taller than a page is broken where it
 * overflows. A part continued on a new page starts with its continuation (a table's header).
 */
final class PageBreaker {
    private final Document document;
    private final PdfContentByte canvas;
    private final float firstTop;
    private final float top;
    private final float bottom;

    /** Pages whose body runs from {@code top} (on the first page from {@code firstTop}) down to {@code bottom}. */
    PageBreaker(Document document, PdfContentByte canvas, float firstTop, float top, float bottom) {
        this.document = document;
        this.canvas = canvas;
        this.firstTop = firstTop;
        this.top = top;
        this.bottom = bottom;
    }

    /** Draws the slices, starting on the current (first) page. */
    void place(List<Slice> slices) {
        int start = 0;
        float pageTop = firstTop;
        while (start < slices.size()) {
            int end = pageEnd(slices, start, pageTop);
            draw(slices, start, end, pageTop);
            if (end < slices.size()) {
                document.newPage();
            }
            start = end;
            pageTop = top;
        }
    }

    /**
     * Whether the body needs more than the first page, without drawing it: whether some slice after the first no
     * longer fits there, which is when {@link #place} breaks the page. Lays out no more of the body than that.
     */
    boolean overflowsFirstPage(BodyFlow flow) throws IOException {
        float y = firstTop;
        for (int i = 0; flow.has(i); i++) {
            Slice slice = flow.slice(i);
            float needed = (i == 0 ? 0 : slice.spaceBefore()) + slice.height();
            if (i > 0 && y - needed < bottom) {
                return true;
            }
            y -= needed;
        }
        return false;
    }

    /**
     * Whether the body would overflow the first page even in the closer spacing its flow is measured against, told
     * without laying it out that way; when this says so, {@link #overflowsFirstPage} says so of that layout. Sure
     * once the least room of the slices so far (their {@link BodyFlow#leastCloserHeight} and closer spaces) runs past
     * the page's foot by more than the rounding of adding the closer slices up one by one, and they span two parts: a
     * part is one slice or more in any spacing, and the first slice alone never overflows. Lays out no more of the
     * body than it takes; false when even the whole body leaves it in doubt.
     */
    boolean overflowsFirstPageEvenCloser(BodyFlow flow) throws IOException {
        // Each slice's step down the page is rounded by at most an ulp of the page's height; half a point covers the
        // rounding of the heights themselves.
        double roundingPerSlice = Math.ulp(Math.max(Math.abs(firstTop), Math.abs(bottom)));
        double y = firstTop;
        int parts = 0;
        for (int i = 0; flow.has(i); i++) {
            Slice slice = flow.slice(i);
            parts += slice.index() == 0 ? 1 : 0;
            y -= (i == 0 ? 0 : slice.closerSpaceBefore()) + flow.leastCloserHeight(i);
            if (parts > 1 && y < bottom - 0.5 - (i + 1) * roundingPerSlice) {
                return true;
            }
        }
        return false;
    }

    /** The first slice of the next page, or the size when the rest fits on this one. */
    private int pageEnd(List<Slice> slices, int start, float pageTop) {
        float y = pageTop - continuation(slices, start);
        int lastBreak = -1;
        for (int i = start; i < slices.size(); i++) {
            Slice slice = slices.get(i);
            if (i > start && slice.breakBefore()) {
                lastBreak = i;
            }
            float needed = (i == start ? 0 : slice.spaceBefore()) + slice.height();
            if (i > start && y - needed < bottom) {
                return lastBreak > start ? lastBreak : i;
            }
            y -= needed;
        }
        return slices.size();
    }

    private void draw(List<Slice> slices, int start, int end, float pageTop) {
        float y = pageTop;
        int i = start;
        while (i < end) {
            Slice first = slices.get(i);
            int runEnd = i + 1;
            float runHeight = first.height();
            while (runEnd < end && slices.get(runEnd).part() == first.part()) {
                runHeight += slices.get(runEnd).height();
                runEnd++;
            }
            if (i > start) {
                y -= first.spaceBefore();
            }
            if (first.index() > 0) {
                runHeight += first.part().continuationHeight();
            }
            first.part().draw(canvas, first.index(), slices.get(runEnd - 1).index() + 1, y);
            y -= runHeight;
            i = runEnd;
        }
    }

    /** A part continued at the top of a page needs its continuation above it. */
    private static float continuation(List<Slice> slices, int start) {
        Slice slice = slices.get(start);
        return slice.index() > 0 ? slice.part().continuationHeight() : 0;
    }
}
