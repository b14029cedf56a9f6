package no.farvel.templates.internal.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import no.farvel.templates.document.Block;
import no.farvel.templates.document.Division;
import no.farvel.templates.document.Heading;
import no.farvel.templates.document.LetterDocument;
import no.farvel.templates.document.ListBlock;
import no.farvel.templates.document.Paragraph;
import no.farvel.templates.document.Rule;
import no.farvel.templates.document.Table;
import no.farvel.templates.internal.flow.Pageless;
import no.farvel.templates.spi.LetterRenderer;
import no.farvel.templates.spi.RenderContext;

/**
 * Writes the letter as a self-contained HTML5 e-mail body: inline styles only, no scripts, no external resources.
 *
 * <p>Images point at {@code cid:} URLs named by {@link no.farvel.templates.spi.EmailImages#contentId}; the mail
 * attaches the pack file under that Content-ID. Footer paragraphs with page numbers are left out, since an e-mail
 * has no pages.
 */
public final class HtmlRenderer implements LetterRenderer {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern FONT_NAME = Pattern.compile("[A-Za-z0-9 -]+");
    static final String PARAGRAPH = "margin:0 0 12px 0;";

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String mediaType() {
        return "text/html; charset=UTF-8";
    }

    @Override
    public void render(LetterDocument document, RenderContext context, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "The parameter 'document' must not be null");
        Objects.requireNonNull(context, "The parameter 'context' must not be null");
        Objects.requireNonNull(out, "The parameter 'out' must not be null");
        out.write(html(document, context).getBytes(StandardCharsets.UTF_8));
    }

    /** The whole HTML document as a string. */
    String html(LetterDocument document, RenderContext context) {
        String accent = COLOR.matcher(context.accentColor()).matches() ? context.accentColor() : "#1f3a5f";
        StringBuilder html = new StringBuilder(4096);
        LetterDocument.Metadata meta = document.metadata();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(Escape.html(meta.language())).append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Escape.html(meta.title() == null ? "" : meta.title())).append("</title>\n")
                .append("</head>\n<body style=\"margin:0;padding:0;background-color:#ffffff;\">\n")
                .append("<div style=\"max-width:640px;margin:0 auto;padding:24px 16px;font-family:")
                .append(fontFamily(context.fonts().name()))
                .append(";font-size:15px;line-height:1.5;color:#222222;\">\n");
        Inlines inlines = new Inlines(accent);
        section(html, inlines, accent, document.letterhead(), "margin:0 0 24px 0;");
        section(html, inlines, accent, document.recipient(), "margin:0 0 24px 0;font-size:13px;color:#444444;");
        blocks(html, inlines, accent, document.body());
        section(html, inlines, accent, Pageless.footer(document.footer()),
                "margin:32px 0 0 0;padding:8px 0 0 0;border-top:1px solid #dddddd;font-size:12px;color:#777777;");
        html.append("</div>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String fontFamily(String name) {
        String fallback = "Arial,Helvetica,sans-serif";
        return name != null && FONT_NAME.matcher(name).matches() ? "'" + name + "'," + fallback : fallback;
    }

    private static void section(StringBuilder html, Inlines inlines, String accent, List<Block> blocks,
                                String style) {
        if (blocks.isEmpty()) {
            return;
        }
        html.append("<div style=\"").append(style).append("\">\n");
        blocks(html, inlines, accent, blocks);
        html.append("</div>\n");
    }

    private static void blocks(StringBuilder html, Inlines inlines, String accent, List<Block> blocks) {
        for (Block block : blocks) {
            block(html, inlines, accent, block);
        }
    }

    private static void block(StringBuilder html, Inlines inlines, String accent, Block block) {
        if (block instanceof Paragraph paragraph) {
            html.append("<p style=\"").append(PARAGRAPH).append("\">");
            inlines.write(html, paragraph.inlines());
            html.append("</p>\n");
        } else if (block instanceof Heading heading) {
            int size = switch (heading.level()) {
                case 1 -> 22;
                case 2 -> 18;
                default -> 16;
            };
            html.append("<h").append(heading.level()).append(" style=\"margin:24px 0 12px 0;font-size:")
                    .append(size).append("px;line-height:1.3;color:").append(accent).append(";\">");
            inlines.write(html, heading.inlines());
            html.append("</h").append(heading.level()).append(">\n");
        } else if (block instanceof ListBlock list) {
            list(html, inlines, accent, list);
        } else if (block instanceof Table table) {
            HtmlTable.write(html, inlines, table);
        } else if (block instanceof Rule) {
            html.append("<hr style=\"border:0;border-top:1px solid ").append(accent)
                    .append(";margin:16px 0;\">\n");
        } else if (block instanceof Division division) {
            html.append("<div");
            if (division.cssClass() != null && !division.cssClass().isEmpty()) {
                html.append(" class=\"").append(Escape.html(division.cssClass())).append('"');
            }
            html.append(">\n");
            blocks(html, inlines, accent, division.blocks());
            html.append("</div>\n");
        } else {
            throw new IllegalStateException("HtmlRenderer does not handle the block " + block);
        }
    }

    private static void list(StringBuilder html, Inlines inlines, String accent, ListBlock list) {
        String tag = list.ordered() ? "ol" : "ul";
        html.append('<').append(tag).append(" style=\"margin:0 0 12px 0;padding:0 0 0 24px;\">\n");
        for (List<Block> item : list.items()) {
            html.append("<li style=\"margin:0 0 4px 0;\">");
            if (item.size() == 1 && item.get(0) instanceof Paragraph only) {
                // A one-paragraph item is the common case; a <p> margin inside it would space the list out.
                inlines.write(html, only.inlines());
            } else {
                html.append('\n');
                blocks(html, inlines, accent, item);
            }
            html.append("</li>\n");
        }
        html.append("</").append(tag).append(">\n");
    }
}
