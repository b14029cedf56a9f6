package no.farvel.templates.internal.html;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import no.farvel.localization.NoBreak;
import no.farvel.templates.document.Image;
import no.farvel.templates.document.Inline;
import no.farvel.templates.document.LineBreak;
import no.farvel.templates.document.Link;
import no.farvel.templates.document.PageCount;
import no.farvel.templates.document.PageNumber;
import no.farvel.templates.document.Span;
import no.farvel.templates.document.Styled;
import no.farvel.templates.document.Text;
import no.farvel.templates.spi.EmailImages;

/** Writes inline nodes as HTML; every text and attribute is escaped. */
final class Inlines {
    private static final String NOWRAP = "<span style=\"white-space:nowrap;\">";
    private final String accent;

    Inlines(String accent) {
        this.accent = accent;
    }

    void write(StringBuilder html, List<Inline> inlines) {
        for (Inline inline : inlines) {
            write(html, inline);
        }
    }

    private void write(StringBuilder html, Inline inline) {
        if (inline instanceof Text text) {
            text(html, text.text());
        } else if (inline instanceof Styled styled) {
            String tag = switch (styled.style()) {
                case STRONG -> "strong";
                case EMPHASIS -> "em";
                case UNDERLINE -> "u";
            };
            html.append('<').append(tag).append('>');
            write(html, styled.inlines());
            html.append("</").append(tag).append('>');
        } else if (inline instanceof LineBreak) {
            html.append("<br>");
        } else if (inline instanceof Link link) {
            html.append("<a href=\"").append(Escape.html(safeHref(link.href()))).append("\" style=\"color:")
                    .append(accent).append(";\">");
            write(html, link.inlines());
            html.append("</a>");
        } else if (inline instanceof Image image) {
            image(html, image);
        } else if (inline instanceof Span span) {
            html.append("<span");
            if (span.cssClass() != null && !span.cssClass().isEmpty()) {
                html.append(" class=\"").append(Escape.html(span.cssClass())).append('"');
            }
            html.append('>');
            write(html, span.inlines());
            html.append("</span>");
        } else if (inline instanceof PageNumber || inline instanceof PageCount) {
            // An e-mail has no pages; footers holding these are dropped whole, elsewhere they print nothing.
            return;
        } else {
            throw new IllegalStateException("HtmlRenderer does not handle the inline " + inline);
        }
    }

    /**
     * Escaped text; a word holding a non-breaking hyphen (an invoice number) is kept whole by {@code nowrap} and
     * written with plain hyphens, which every mail client's font has and a reader can search for. No-break spaces
     * stay as they are.
     */
    private static void text(StringBuilder html, String text) {
        int start = 0;
        while (start < text.length()) {
            int hyphen = text.indexOf(NoBreak.NO_BREAK_HYPHEN, start);
            if (hyphen < 0) {
                html.append(Escape.html(text.substring(start)));
                return;
            }
            int wordStart = Math.max(text.lastIndexOf(' ', hyphen) + 1, start);
            int wordEnd = text.indexOf(' ', hyphen);
            wordEnd = wordEnd < 0 ? text.length() : wordEnd;
            html.append(Escape.html(text.substring(start, wordStart))).append(NOWRAP)
                    .append(Escape.html(text.substring(wordStart, wordEnd).replace(NoBreak.NO_BREAK_HYPHEN, '-')))
                    .append("</span>");
            start = wordEnd;
        }
    }

    private static void image(StringBuilder html, Image image) {
        String cid = URLEncoder.encode(EmailImages.contentId(image), StandardCharsets.UTF_8).replace("+", "%20");
        html.append("<img src=\"cid:").append(Escape.html(cid)).append("\" alt=\"")
                .append(Escape.html(image.alt() == null ? "" : image.alt())).append('"');
        if (image.widthMm() > 0) {
            // CSS pixels are 1/96 inch.
            html.append(" width=\"").append(Math.round(image.widthMm() * 96 / 25.4)).append('"');
        }
        html.append(" style=\"border:0;max-width:100%;height:auto;\">");
    }

    /** The parser already refuses other schemes; a tree built by hand must not smuggle javascript: in either. */
    private static String safeHref(String href) {
        String lower = href.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("https:") || lower.startsWith("http:") || lower.startsWith("mailto:")) {
            return href.strip();
        }
        throw new no.farvel.templates.spi.RenderException("The link \"" + href + "\" cannot go into an e-mail:"
                + " only https:, http: and mailto: links are allowed.");
    }
}
