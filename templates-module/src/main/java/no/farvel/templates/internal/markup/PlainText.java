package no.farvel.templates.internal.markup;

import java.util.List;
import no.farvel.templates.document.Image;
import no.farvel.templates.document.Inline;
import no.farvel.templates.document.LineBreak;
import no.farvel.templates.document.Link;
import no.farvel.templates.document.PageCount;
import no.farvel.templates.document.PageNumber;
import no.farvel.templates.document.Span;
import no.farvel.templates.document.Styled;
import no.farvel.templates.document.Text;

/** The visible words of inlines, for a document title taken from the first heading. */
final class PlainText {
    private PlainText() {
    }

    static String of(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        append(inlines, out);
        return out.toString();
    }

    private static void append(List<Inline> inlines, StringBuilder out) {
        for (Inline inline : inlines) {
            if (inline instanceof Text text) {
                out.append(text.text());
            } else if (inline instanceof Styled styled) {
                append(styled.inlines(), out);
            } else if (inline instanceof Link link) {
                append(link.inlines(), out);
            } else if (inline instanceof Span span) {
                append(span.inlines(), out);
            } else if (inline instanceof LineBreak) {
                out.append(' ');
            } else if (inline instanceof Image || inline instanceof PageNumber || inline instanceof PageCount) {
                continue;
            } else {
                throw new IllegalStateException("Unhandled inline node " + inline);
            }
        }
    }
}
