package no.farvel.templates.internal.markup;

import java.util.ArrayList;
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

/**
 * Collapses whitespace the way HTML does, so template indentation never reaches the letter. Only XML whitespace
 * (space, tab, CR, LF) collapses; a no-break space U+00A0 is content and stays.
 */
final class Whitespace {
    private Whitespace() {
    }

    /** Replaces every run of XML whitespace with one space. */
    static String collapse(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean inRun = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (!inRun) {
                    out.append(' ');
                    inRun = true;
                }
            } else {
                out.append(c);
                inRun = false;
            }
        }
        return out.toString();
    }

    /** Collapses and trims a plain attribute value. */
    static String collapseAndTrim(String raw) {
        String collapsed = collapse(raw);
        int start = collapsed.startsWith(" ") ? 1 : 0;
        int end = collapsed.endsWith(" ") && collapsed.length() > start ? collapsed.length() - 1 : collapsed.length();
        return collapsed.substring(start, Math.max(start, end));
    }

    /**
     * Trims the inlines of one block: no space at the start or end of the block or around a line break, and no
     * two spaces in a row across element boundaries. Empty text nodes and empty styling disappear.
     */
    static List<Inline> trimBlock(List<Inline> inlines) {
        List<Inline> forward = dropLeading(inlines, new boolean[] {true});
        return dropTrailing(forward, new boolean[] {true});
    }

    private static List<Inline> dropLeading(List<Inline> inlines, boolean[] afterSpace) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Text text) {
                String s = text.text();
                if (afterSpace[0] && s.startsWith(" ")) {
                    s = s.substring(1);
                }
                if (!s.isEmpty()) {
                    out.add(new Text(s));
                    afterSpace[0] = s.endsWith(" ");
                }
            } else if (inline instanceof LineBreak) {
                out.add(inline);
                afterSpace[0] = true;
            } else if (inline instanceof Image || inline instanceof PageNumber || inline instanceof PageCount) {
                out.add(inline);
                afterSpace[0] = false;
            } else if (inline instanceof Styled styled) {
                List<Inline> children = dropLeading(styled.inlines(), afterSpace);
                if (!children.isEmpty()) {
                    out.add(new Styled(styled.style(), children));
                }
            } else if (inline instanceof Link link) {
                out.add(new Link(link.href(), dropLeading(link.inlines(), afterSpace)));
            } else if (inline instanceof Span span) {
                out.add(new Span(span.cssClass(), span.role(), dropLeading(span.inlines(), afterSpace)));
            } else {
                throw new IllegalStateException("Unhandled inline node " + inline);
            }
        }
        return out;
    }

    private static List<Inline> dropTrailing(List<Inline> inlines, boolean[] beforeEnd) {
        List<Inline> reversed = new ArrayList<>();
        for (int i = inlines.size() - 1; i >= 0; i--) {
            Inline inline = inlines.get(i);
            if (inline instanceof Text text) {
                String s = text.text();
                if (beforeEnd[0] && s.endsWith(" ")) {
                    s = s.substring(0, s.length() - 1);
                }
                if (!s.isEmpty()) {
                    reversed.add(new Text(s));
                    beforeEnd[0] = false;
                }
            } else if (inline instanceof LineBreak) {
                reversed.add(inline);
                beforeEnd[0] = true;
            } else if (inline instanceof Image || inline instanceof PageNumber || inline instanceof PageCount) {
                reversed.add(inline);
                beforeEnd[0] = false;
            } else if (inline instanceof Styled styled) {
                List<Inline> children = dropTrailing(styled.inlines(), beforeEnd);
                if (!children.isEmpty()) {
                    reversed.add(new Styled(styled.style(), children));
                }
            } else if (inline instanceof Link link) {
                reversed.add(new Link(link.href(), dropTrailing(link.inlines(), beforeEnd)));
            } else if (inline instanceof Span span) {
                reversed.add(new Span(span.cssClass(), span.role(), dropTrailing(span.inlines(), beforeEnd)));
            } else {
                throw new IllegalStateException("Unhandled inline node " + inline);
            }
        }
        List<Inline> out = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            out.add(reversed.get(i));
        }
        return out;
    }
}
