package no.farvel.docx.internal.compile;

import java.util.ArrayList;
import java.util.List;
import no.farvel.docx.internal.compile.Item.Field;
import no.farvel.docx.internal.compile.Item.Image;
import no.farvel.docx.internal.compile.Item.LineBreak;
import no.farvel.docx.internal.compile.Item.Literal;
import no.farvel.docx.internal.compile.Item.PageNumber;
import no.farvel.docx.internal.compile.Piece.Break;
import no.farvel.docx.internal.compile.Piece.Chars;
import no.farvel.docx.internal.compile.Piece.PageField;
import no.farvel.docx.internal.compile.Piece.Picture;
import no.farvel.docx.internal.compile.WordBlock.Para;

/**
 * Finds the tags in a paragraph's text, wherever its runs break: {@code [#…]}, {@code [/#…]}, {@code [=…]},
 * {@code ${…}} (read as {@code [=…]}), macro calls {@code [@…]} and notes {@code [#-- … --]}. Inside a tag, the
 * typographic quotes, arrows and spaces Word's AutoCorrect puts in are made plain again, and a directive's name may
 * be capitalised, as Word does at the start of a paragraph.
 */
final class TagScanner {
    private static final char OBJECT = '\uFFFC';
    private final Problems problems;
    /** Unknown instructions already reported, so that a misspelt [#iff] is not reported again at its [/#iff]. */
    private final java.util.Set<String> unknown = new java.util.HashSet<>();

    TagScanner(Problems problems) {
        this.problems = problems;
    }

    /** The items of a paragraph; faults go to the problems, and a broken tag is left out. */
    List<Item> scan(Para para) {
        List<Item> items = new ArrayList<>();
        String text = para.where().text();
        int[] pieceAt = new int[text.length() + 1];
        int[] offsetAt = new int[text.length() + 1];
        int position = 0;
        for (int p = 0; p < para.pieces().size(); p++) {
            Piece piece = para.pieces().get(p);
            int length = piece instanceof Chars chars ? chars.text().length() : 1;
            for (int k = 0; k < length; k++) {
                pieceAt[position] = p;
                offsetAt[position++] = k;
            }
        }
        int literalFrom = 0;
        int i = 0;
        while (i < text.length()) {
            int start = tagStart(text, i);
            if (start < 0) {
                break;
            }
            int end = end(text, start);
            literals(para, pieceAt, offsetAt, literalFrom, start, items);
            if (end < 0) {
                String opening = text.substring(start, Math.min(text.length(), start + 2));
                problems.add(para.where(), start, Math.min(text.length(), start + 24), end == -2
                        ? "a tag cannot run over a line break or a picture; write it on one line"
                        : opening + "… is not closed: end it with " + (opening.startsWith("$") ? "}" : "]")
                        + " in the same paragraph");
                return items;
            }
            Item tag = tag(text.substring(start, end), para.where(), start, end, formatAt(para, pieceAt, start));
            if (tag != null) {
                items.add(tag);
            }
            literalFrom = end;
            i = end;
        }
        literals(para, pieceAt, offsetAt, literalFrom, text.length(), items);
        return items;
    }

    /**
     * A document property or picture description, which may hold fields but no instructions.
     *
     * @param what what the text is, for the error message: "the document's Subject"
     */
    List<Item> scanText(String text, Where where, String what) {
        Para para = new WordBlock.Para(where.withText(text), Roles.PARAGRAPH, null, false,
                List.of(new Chars(text, Format.PLAIN)));
        List<Item> items = new ArrayList<>();
        for (Item item : scan(para)) {
            if (item instanceof Tag tag && tag.shape != Tag.Shape.COMMENT) {
                problems.add(para.where(), tag.from, tag.to, what + " can hold fields such as [=provider.name], but"
                        + " not " + tag.written());
            } else if (!(item instanceof Tag)) {
                items.add(item);
            }
        }
        return items;
    }

    private static int tagStart(String text, int from) {
        for (int i = from; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if (c == '[' && (next == '#' || next == '=' || next == '@')
                    || c == '[' && next == '/' && i + 2 < text.length() && "#@".indexOf(text.charAt(i + 2)) >= 0
                    || c == '$' && next == '{') {
                return i;
            }
        }
        return -1;
    }

    /** The end (exclusive) of the tag at {@code start}; -1 when not closed, -2 when a break or picture interrupts. */
    static int end(String text, int start) {
        if (text.startsWith("[#--", start) || text.startsWith("[#–", start) || text.startsWith("[#—", start)) {
            for (int i = start + 3; i < text.length() - 1; i++) {
                char c = text.charAt(i);
                if ((c == '-' || c == '–' || c == '—') && text.charAt(i + 1) == ']') {
                    return i + 2;
                }
            }
            return -1;
        }
        boolean dollar = text.charAt(start) == '$';
        int depth = 0;
        for (int i = start + 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == OBJECT) {
                return -2;
            }
            if (Quotes.opens(c)) {
                boolean raw = i > 0 && text.charAt(i - 1) == 'r';
                i = Quotes.skip(text, i, raw);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                if (depth == 0 && c == (dollar ? '}' : ']')) {
                    return i + 1;
                }
                depth = Math.max(0, depth - 1);
            }
        }
        return -1;
    }

    private Item tag(String written, Where where, int from, int to, Format format) {
        if (written.startsWith("[#--") || written.startsWith("[#–") || written.startsWith("[#—")) {
            return new Tag(Tag.Shape.COMMENT, "--", "", "", where, from, to);
        }
        if (written.startsWith("${")) {
            return new Field(Quotes.plain(written.substring(2, written.length() - 1)).strip(), format, where, from, to);
        }
        if (written.startsWith("[=")) {
            return new Field(Quotes.plain(written.substring(2, written.length() - 1)).strip(), format, where, from, to);
        }
        boolean closing = written.startsWith("[/");
        boolean macro = written.charAt(closing ? 2 : 1) == '@';
        String inner = written.substring(closing ? 3 : 2, written.length() - 1);
        boolean selfClosing = inner.endsWith("/");
        if (selfClosing) {
            inner = inner.substring(0, inner.length() - 1);
        }
        int nameEnd = 0;
        while (nameEnd < inner.length() && (Character.isLetterOrDigit(inner.charAt(nameEnd))
                || inner.charAt(nameEnd) == '_' || inner.charAt(nameEnd) == '.')) {
            nameEnd++;
        }
        String name = inner.substring(0, nameEnd);
        String parameters = Quotes.plain(inner.substring(nameEnd));
        if (macro) {
            String call = "@" + name;
            Tag.Shape shape = closing ? Tag.Shape.CLOSE : selfClosing ? Tag.Shape.STANDALONE : Tag.Shape.OPEN;
            String source = closing ? "[/@" + name + "]" : "[@" + name + parameters + (selfClosing ? "/]" : "]");
            return new Tag(shape, call, parameters.strip(), source, where, from, to);
        }
        String known = Directives.canonical(name);
        if (known == null) {
            if (unknown.add(name)) {
                problems.add(where, from, to, written + " is not an instruction Farvel knows; use one of "
                        + Directives.known());
            }
            return null;
        }
        if (closing) {
            Tag.Shape shape = Directives.closes(known) ? Tag.Shape.CLOSE : Tag.Shape.STANDALONE;
            return new Tag(shape, known, "", "[/#" + known + "]", where, from, to);
        }
        Tag.Shape shape = Directives.shape(known, parameters);
        return new Tag(shape, known, parameters.strip(), "[#" + known + parameters + (selfClosing ? "/]" : "]"), where,
                from, to);
    }

    private static Format formatAt(Para para, int[] pieceAt, int position) {
        return para.pieces().isEmpty() ? Format.PLAIN : para.pieces().get(pieceAt[position]).format();
    }

    /** The text, breaks, pictures and page numbers between two tags, each with its own formatting. */
    private static void literals(Para para, int[] pieceAt, int[] offsetAt, int from, int to, List<Item> into) {
        int i = from;
        while (i < to) {
            int p = pieceAt[i];
            Piece piece = para.pieces().get(p);
            if (piece instanceof Chars chars) {
                int start = offsetAt[i];
                int length = Math.min(chars.text().length() - start, to - i);
                into.add(new Literal(chars.text().substring(start, start + length), chars.format()));
                i += length;
                continue;
            }
            if (piece instanceof Break) {
                into.add(new LineBreak());
            } else if (piece instanceof Picture picture) {
                into.add(new Image(picture));
            } else if (piece instanceof PageField field) {
                into.add(new PageNumber(field.total(), field.format()));
            }
            i++;
        }
    }
}
