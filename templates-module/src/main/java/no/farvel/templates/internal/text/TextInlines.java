package no.farvel.templates.internal.text;

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

/** Inlines as one string; hard line breaks are {@code \n}. Styling has no plain-text form and is dropped. */
final class TextInlines {
    private TextInlines() {
    }

    static String flatten(List<Inline> inlines) {
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
            } else if (inline instanceof LineBreak) {
                out.append('\n');
            } else if (inline instanceof Link link) {
                out.append(link(flatten(link.inlines()).strip(), link.href()));
            } else if (inline instanceof Image image) {
                if (image.alt() != null && !image.alt().isBlank()) {
                    out.append('[').append(image.alt().strip()).append(']');
                }
            } else if (inline instanceof Span span) {
                append(span.inlines(), out);
            } else if (inline instanceof PageNumber || inline instanceof PageCount) {
                // Plain text has no pages; footers holding these are dropped whole, elsewhere they print nothing.
                continue;
            } else {
                throw new IllegalStateException("TextRenderer does not handle the inline " + inline);
            }
        }
    }

    /** "text <href>", or just the address when the text already says it. */
    private static String link(String text, String href) {
        String address = href.regionMatches(true, 0, "mailto:", 0, 7) ? href.substring(7) : href;
        if (text.isEmpty() || text.equals(href)) {
            return href.equals(address) ? href : address;
        }
        if (text.equals(address)) {
            return text;
        }
        return text + " <" + href + ">";
    }
}
