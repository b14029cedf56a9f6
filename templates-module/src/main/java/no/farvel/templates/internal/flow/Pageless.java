package no.farvel.templates.internal.flow;

import java.util.ArrayList;
import java.util.List;
import no.farvel.templates.document.Block;
import no.farvel.templates.document.Division;
import no.farvel.templates.document.Heading;
import no.farvel.templates.document.Inline;
import no.farvel.templates.document.Link;
import no.farvel.templates.document.PageCount;
import no.farvel.templates.document.PageNumber;
import no.farvel.templates.document.Paragraph;
import no.farvel.templates.document.Span;
import no.farvel.templates.document.Styled;

/**
 * Page furniture for formats without pages (e-mail HTML, plain text): a footer paragraph that shows page numbers
 * ("Side 1 av 2") means nothing there, so it is left out whole rather than printed half-empty.
 */
public final class Pageless {
    private Pageless() {
    }

    /** The footer without the paragraphs and headings that hold a page number or page count. */
    public static List<Block> footer(List<Block> footer) {
        List<Block> kept = new ArrayList<>();
        for (Block block : footer) {
            if (block instanceof Paragraph paragraph && holdsPageNumbers(paragraph.inlines())) {
                continue;
            }
            if (block instanceof Heading heading && holdsPageNumbers(heading.inlines())) {
                continue;
            }
            if (block instanceof Division division) {
                List<Block> children = footer(division.blocks());
                if (!children.isEmpty()) {
                    kept.add(division.withBlocks(children));
                }
                continue;
            }
            kept.add(block);
        }
        return kept;
    }

    /** Whether the inlines hold a {@link PageNumber} or {@link PageCount} at any depth. */
    public static boolean holdsPageNumbers(List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof PageNumber || inline instanceof PageCount) {
                return true;
            }
            List<Inline> children = inline instanceof Styled s ? s.inlines()
                    : inline instanceof Link l ? l.inlines()
                    : inline instanceof Span sp ? sp.inlines()
                    : List.of();
            if (holdsPageNumbers(children)) {
                return true;
            }
        }
        return false;
    }
}
