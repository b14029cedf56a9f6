package no.farvel.docx.internal.compile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import no.farvel.docx.internal.XmlEscape;
import no.farvel.docx.internal.compile.Item.Field;
import no.farvel.docx.internal.compile.Item.Image;
import no.farvel.docx.internal.compile.Item.LineBreak;
import no.farvel.docx.internal.compile.Item.Literal;
import no.farvel.docx.internal.compile.Item.PageNumber;

/**
 * Writes a paragraph's items as the inline part of the letter markup: text escaped, fields as {@code [=…]},
 * formatting as {@code <strong>}, {@code <em>}, {@code <u>}, links as {@code <a>} and closing sentences and amounts
 * to pay as {@code <span data-role="thanks">}, each element opened once for as long as the formatting lasts and never across an
 * instruction.
 */
final class InlineWriter {
    private final TagScanner scanner;

    InlineWriter(TagScanner scanner) {
        this.scanner = scanner;
    }

    /** The markup of the items. */
    String write(List<Object> items) {
        StringBuilder out = new StringBuilder();
        List<String> open = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            Object child = items.get(index);
            if (child instanceof Tag tag) {
                close(open, 0, out);
                if (tag.shape != Tag.Shape.COMMENT) {
                    out.append(tag.source);
                }
                continue;
            }
            Item item = (Item) child;
            if (item instanceof LineBreak) {
                // A break keeps only the formatting the next line goes on with: bold ends with the bold line.
                close(open, common(open, nextWrappers(items, index)), out);
                out.append("<br/>");
                continue;
            }
            List<String> wanted = wrappers(formatOf(item));
            int same = common(open, wanted);
            close(open, same, out);
            for (String element : wanted.subList(same, wanted.size())) {
                out.append(element);
                open.add(element);
            }
            if (item instanceof Literal literal) {
                out.append(escape(literal.text(), false));
            } else if (item instanceof Field field) {
                out.append("[=").append(field.expression()).append(']');
            } else if (item instanceof Image image) {
                out.append("<img src=\"").append(escape(image.picture().src(), true)).append("\" alt=\"")
                        .append(attribute(image.picture().alt(), image.picture().src())).append('"')
                        .append(image.picture().widthMm() > 0 ? " data-width-mm=\""
                                + number(image.picture().widthMm()) + "\"" : "").append("/>");
            } else if (item instanceof PageNumber page) {
                out.append(page.total() ? "<span class=\"pages\"/>" : "<span class=\"page\"/>");
            } else {
                throw new IllegalStateException("Unhandled item " + item);
            }
        }
        close(open, 0, out);
        return out.toString();
    }

    /** Text with fields for an attribute value, such as a picture's description. */
    String attribute(String text, String whereabouts) {
        StringBuilder out = new StringBuilder();
        Where where = new Where(whereabouts, 0, false, text);
        for (Item item : scanner.scanText(text, where, "a picture's description or a link")) {
            if (item instanceof Literal literal) {
                out.append(escape(literal.text(), true));
            } else if (item instanceof Field field) {
                out.append("[=").append(field.expression()).append(']');
            }
        }
        return out.toString();
    }

    private static int common(List<String> open, List<String> wanted) {
        int same = 0;
        while (same < open.size() && same < wanted.size() && open.get(same).equals(wanted.get(same))) {
            same++;
        }
        return same;
    }

    /** The wrappers of the next text after a break, or none when an instruction or the end comes first. */
    private List<String> nextWrappers(List<Object> items, int index) {
        for (int i = index + 1; i < items.size(); i++) {
            Object next = items.get(i);
            if (next instanceof Tag) {
                return List.of();
            }
            if (!(next instanceof LineBreak)) {
                return wrappers(formatOf((Item) next));
            }
        }
        return List.of();
    }

    private static Format formatOf(Item item) {
        if (item instanceof Literal literal) {
            return literal.format();
        }
        if (item instanceof Field field) {
            return field.format();
        }
        if (item instanceof Image image) {
            return image.picture().format();
        }
        return item instanceof PageNumber page ? page.format() : Format.PLAIN;
    }

    private List<String> wrappers(Format format) {
        List<String> wanted = new ArrayList<>(5);
        if (format.href() != null) {
            wanted.add("<a href=\"" + attribute(format.href(), "a link") + "\">");
        }
        if (format.bold()) {
            wanted.add("<strong>");
        }
        if (format.italic()) {
            wanted.add("<em>");
        }
        if (format.underline() && format.href() == null) {
            wanted.add("<u>");
        }
        if (format.role() != null) {
            // Innermost, as the built-in pack writes an amount to pay: <strong><span data-role="payable">.
            wanted.add("<span data-role=\"" + Roles.TEXT_ROLES.get(format.role()) + "\">");
        }
        return wanted;
    }

    private static void close(List<String> open, int keep, StringBuilder out) {
        while (open.size() > keep) {
            String element = open.remove(open.size() - 1);
            out.append("</").append(element, 1, element.indexOf(' ') > 0 ? element.indexOf(' ')
                    : element.length() - 1).append('>');
        }
    }

    /**
     * Text as letter markup: the XML specials escaped, and quotes too inside an attribute. Word's placeholder for an
     * object in the text (U+FFFC) is dropped.
     */
    static String escape(String text, boolean attribute) {
        return XmlEscape.escape(text.indexOf('\uFFFC') < 0 ? text : text.replace("\uFFFC", ""), attribute);
    }

    /** A width in the markup's attribute, to a tenth of a millimetre: {@code 40}, {@code 40.5}; not letter text. */
    static String number(double millimetres) {
        return BigDecimal.valueOf(millimetres).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
