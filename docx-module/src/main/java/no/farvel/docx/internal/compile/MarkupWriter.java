package no.farvel.docx.internal.compile;

import java.util.ArrayList;
import java.util.List;
import no.farvel.docx.internal.compile.Node.Kind;

/**
 * Writes the laid-out letter as FreeMarker source of the letter markup, one line per paragraph, table row or
 * instruction, and remembers where in the Word document each line comes from.
 */
final class MarkupWriter {
    private static final String CAPTURE = "farvel_p";
    private static final String SHOWS = "farvel_shows";
    /**
     * Whether a captured paragraph shows anything: text outside the markup's tags, a picture or a page number. A
     * paragraph whose every word is conditional is left out when none applies, rather than left empty. Every
     * {@code <} of the markup opens a tag (text and values are escaped), so splitting there needs no regular
     * expression, which the template policy refuses. FreeMarker defines a function wherever it is written.
     */
    private static final String SHOWS_FUNCTION = "[#function " + SHOWS + " markup][#list markup?markup_string"
            + "?split(\"<\") as part][#if part?is_first][#if part?trim?has_content][#return true][/#if][#elseif"
            + " part?starts_with(\"img \") || part?starts_with(\"span class=\\\"page\") || part?keep_after(\">\")"
            + "?trim?has_content][#return true][/#if][/#list][#return false][/#function]";

    private final InlineWriter inlines;
    private final StringBuilder out = new StringBuilder(16 * 1024);
    private final List<String> origins = new ArrayList<>();
    private boolean showsDefined;

    MarkupWriter(InlineWriter inlines) {
        this.inlines = inlines;
    }

    String template() {
        return out.toString();
    }

    List<String> origins() {
        return origins;
    }

    /** One line of the template, coming from {@code where} in the document. */
    void line(String text, String where) {
        out.append(text).append('\n');
        origins.add(where);
    }

    /** A story's parts, inside {@code frame} ({@code header}, {@code footer}) or, for the body, directly. */
    void story(Node story, String frame) {
        if (frame != null) {
            if (!story.hasContent()) {
                return;
            }
            line("<" + frame + ">", story.where.place());
        }
        children(story.children);
        if (frame != null) {
            line("</" + frame + ">", story.where.place());
        }
    }

    private void children(List<Object> children) {
        for (Object child : children) {
            if (child instanceof Tag tag) {
                if (tag.shape != Tag.Shape.COMMENT) {
                    line(tag.source, tag.place());
                }
            } else {
                node((Node) child);
            }
        }
    }

    private void node(Node node) {
        switch (node.kind) {
            case PARAGRAPH -> paragraph(node, element(node.role));
            case LIST -> wrapped(node, node.ordered ? "ol" : "ul", "");
            case ITEM -> item(node);
            case SIGNATURE -> wrapped(node, "section", " class=\"signature\"");
            case DATE_LINE -> wrapped(node, "section", " class=\"meta\"");
            case ADDRESS -> wrapped(node, "address", "");
            case LETTERHEAD -> wrapped(node, "header", "");
            case TABLE -> table(node);
            default -> throw new IllegalStateException("A " + node.kind + " cannot stand here");
        }
    }

    private void wrapped(Node node, String element, String attributes) {
        line("<" + element + attributes + ">", node.where.describe());
        children(node.children);
        line("</" + element + ">", node.where.describe());
    }

    private void item(Node item) {
        if (item.children.size() == 1 && item.children.get(0) instanceof Node only && only.kind == Kind.PARAGRAPH) {
            paragraph(only, "li", "p");
            return;
        }
        wrapped(item, "li", "");
    }

    /** A paragraph on one line; one whose every word is conditional is captured first and left out when empty. */
    private void paragraph(Node paragraph, String... elements) {
        if (!paragraph.hasContent()) {
            return;
        }
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (String element : elements) {
            open.append('<').append(element).append('>');
            close.insert(0, "</" + element + ">");
        }
        String inline = inlines.write(paragraph.children);
        if (alwaysShows(paragraph)) {
            line(open + inline + close, paragraph.where.describe());
        } else {
            line("[#assign " + CAPTURE + "]" + inline + "[/#assign][#if " + SHOWS + "(" + CAPTURE + ")]" + open
                    + "[=" + CAPTURE + "]" + close + "[/#if]" + (showsDefined ? "" : SHOWS_FUNCTION),
                    paragraph.where.describe());
            showsDefined = true;
        }
    }

    private void table(Node table) {
        String where = table.where.describe();
        line("<table>", where);
        int split = Layout.headingSplit(table);
        if (split > 0) {
            line("<thead>", where);
            rows(table.children.subList(0, split));
            line("</thead>", where);
        }
        line("<tbody>", where);
        rows(table.children.subList(split, table.children.size()));
        line("</tbody>", where);
        line("</table>", where);
    }

    private void rows(List<Object> rows) {
        for (Object child : rows) {
            if (child instanceof Tag tag) {
                line(tag.source, tag.place());
                continue;
            }
            Node row = (Node) child;
            line("<tr>", row.where.place());
            for (Object cell : row.children) {
                cell((Node) cell, row.header);
            }
            line("</tr>", row.where.place());
        }
    }

    private void cell(Node cell, boolean header) {
        String element = header ? "th" : "td";
        StringBuilder content = new StringBuilder();
        boolean lines = cell.children.stream().filter(c -> c instanceof Node n && n.hasContent()).count() > 1;
        boolean conditional = lines && cell.children.stream().anyMatch(Tag.class::isInstance);
        if (conditional) {
            content.append("[#assign farvel_br = false]");
        }
        boolean first = true;
        for (Object child : cell.children) {
            if (child instanceof Tag tag) {
                content.append(tag.shape == Tag.Shape.COMMENT ? "" : tag.source);
                continue;
            }
            Node line = (Node) child;
            if (!line.hasContent()) {
                continue;
            }
            if (conditional) {
                content.append("[#if farvel_br]<br/>[/#if][#assign farvel_br = true]");
            } else if (!first) {
                content.append("<br/>");
            }
            first = false;
            content.append(inlines.write(line.children));
        }
        line("<" + element + (cell.numeric ? " class=\"num\"" : "") + ">" + content + "</" + element + ">",
                cell.where.describe());
    }

    /** Whether a paragraph shows something whatever the data: text, a picture or a page number outside conditions. */
    private static boolean alwaysShows(Node paragraph) {
        int depth = 0;
        for (Object child : paragraph.children) {
            if (child instanceof Tag tag) {
                depth += tag.shape == Tag.Shape.OPEN ? 1 : tag.shape == Tag.Shape.CLOSE ? -1 : 0;
            } else if (depth == 0 && child instanceof Item item && item.visible()) {
                return true;
            }
        }
        return false;
    }

    private static String element(Roles role) {
        return switch (role) {
            case HEADING_1 -> "h1";
            case HEADING_2 -> "h2";
            case HEADING_3 -> "h3";
            default -> "p";
        };
    }
}
