package no.farvel.docx.internal.compile;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.farvel.docx.internal.compile.Piece.Break;
import no.farvel.docx.internal.compile.Piece.Chars;
import no.farvel.docx.internal.compile.Piece.PageField;
import no.farvel.docx.internal.compile.Piece.Picture;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.w3c.dom.Element;

/**
 * Reads what a paragraph says, whatever Word did to its runs: insertions are taken and deletions dropped (as if every
 * revision were accepted), and proofing marks, bookmarks, smart tags, content controls, comments and the cached
 * results of page-number fields are looked through, so a tag split across any of them reads as written.
 *
 * <p>One reader serves one story (the body, a header or a footer), since a Word field may run on into the next
 * paragraph. Not thread-safe.
 */
final class RunReader {
    private static final String DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static final String MAIN = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String PICTURE = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    private static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    /** Index, table-of-contents and citation marks: Word never prints them, so neither does the letter. */
    private static final java.util.Set<String> PRINTS_NOTHING = java.util.Set.of("XE", "TC", "TA", "RD");

    private final WordStyles styles;
    private final POIXMLDocumentPart part;
    private final Pictures pictures;
    private final Runnable pageBreak;
    private final Deque<FieldState> fields = new ArrayDeque<>();
    private List<Piece> pieces;
    private List<String> problems;

    /** @param pageBreak told of each page break Word recorded or the author put in, to count pages */
    RunReader(WordStyles styles, POIXMLDocumentPart part, Pictures pictures, Runnable pageBreak) {
        this.styles = styles;
        this.part = part;
        this.pictures = pictures;
        this.pageBreak = pageBreak;
    }

    /** What a paragraph's content says, and what in it cannot be used. */
    record Content(List<Piece> pieces, List<String> problems) {
    }

    /** Reads the content of {@code paragraph} ({@code w:p}), in a paragraph whose own role gives {@code base}. */
    Content read(Element paragraph, Format base) {
        pieces = new ArrayList<>();
        problems = new ArrayList<>();
        content(paragraph, base);
        return new Content(pieces, problems);
    }

    private void content(Element parent, Format format) {
        for (Element child : Dom.children(parent)) {
            if (!Dom.W.equals(child.getNamespaceURI())) {
                if (MARKUP_COMPATIBILITY.equals(child.getNamespaceURI()) && "AlternateContent".equals(child.getLocalName())) {
                    problems.add("a text box or shape is not supported; put its text in an ordinary paragraph");
                }
                continue; // math, ink and other vocabularies are not letter text
            }
            switch (child.getLocalName()) {
                case "r" -> run(child, format);
                case "ins", "moveTo", "smartTag", "customXml", "dir", "bdo" -> content(child, format);
                case "sdt" -> content(Dom.child(child, "sdtContent"), format);
                case "hyperlink" -> content(child, format.linkedTo(hyperlink(child)));
                case "fldSimple" -> simpleField(child, format);
                case "oMath", "oMathPara" -> problems.add("an equation is not supported");
                default -> {
                    // del, moveFrom, proofErr, bookmarks, permissions, comment ranges and pPr carry no letter text.
                }
            }
        }
    }

    private void run(Element run, Format around) {
        Element rPr = Dom.child(run, "rPr");
        if (WordStyles.hidden(rPr)) {
            return;
        }
        Format format = styles.runFormat(rPr, around);
        for (Element item : Dom.children(run)) {
            if (!Dom.W.equals(item.getNamespaceURI())) {
                if (MARKUP_COMPATIBILITY.equals(item.getNamespaceURI())) {
                    alternate(item, format);
                }
                continue;
            }
            String name = item.getLocalName();
            if (name.equals("fldChar")) {
                fieldChar(item, format);
                continue;
            }
            FieldState field = fields.peek();
            if (name.equals("instrText")) {
                if (field != null && !field.separated) {
                    field.instruction.append(Dom.text(item));
                }
                continue;
            }
            if (name.equals("lastRenderedPageBreak")) {
                pageBreak.run();
                continue;
            }
            if (field != null && (!field.separated || !field.showsResult())) {
                continue; // an instruction, or a cached result that Farvel computes itself
            }
            Format shown = field != null && field.href != null ? format.linkedTo(field.href) : format;
            item(item, name, shown);
        }
    }

    private void item(Element item, String name, Format format) {
        switch (name) {
            case "t" -> text(Dom.text(item), format);
            case "tab", "ptab" -> text("\t", format);
            case "noBreakHyphen" -> text("\u2011", format);
            case "softHyphen" -> text("\u00ad", format);
            case "cr" -> pieces.add(new Break(format));
            case "br" -> {
                String type = Dom.attr(item, "type");
                if ("page".equals(type)) {
                    pageBreak.run();
                } else if (!"column".equals(type)) {
                    pieces.add(new Break(format));
                }
            }
            case "sym" -> symbol(item, format);
            case "drawing" -> drawing(item, format);
            case "pict", "object" -> problems.add("an old-style picture or embedded object is not supported; insert"
                    + " the picture again with Insert ▸ Pictures");
            case "footnoteReference", "endnoteReference" -> problems.add("footnotes and endnotes are not supported;"
                    + " put the note in the text");
            default -> {
                // rPr, comment references, delText (inside deletions) and the like print nothing.
            }
        }
    }

    private void text(String text, Format format) {
        if (!text.isEmpty()) {
            pieces.add(new Chars(text, format));
        }
    }

    private void symbol(Element sym, Format format) {
        String code = Dom.attr(sym, "char");
        try {
            int value = Integer.parseInt(code, 16);
            if (value >= 0xF000) {
                problems.add("a symbol from the font " + Dom.attr(sym, "font") + " is not supported; type the"
                        + " character itself");
            } else {
                text(new String(Character.toChars(value)), format);
            }
        } catch (NumberFormatException | NullPointerException e) {
            problems.add("a symbol character cannot be read; type the character itself");
        }
    }

    private void alternate(Element alternateContent, Format format) {
        for (Element choice : Dom.children(alternateContent)) {
            for (Element drawing : Dom.descendants(choice, Dom.W, "drawing")) {
                drawing(drawing, format);
                return;
            }
        }
        problems.add("a text box or shape is not supported; put its text in an ordinary paragraph");
    }

    /** A picture in line with the text or floating; a floating one is placed where its anchor is. */
    private void drawing(Element drawing, Format format) {
        List<Element> blips = Dom.descendants(drawing, MAIN, "blip");
        if (Dom.descendants(drawing, PICTURE, "pic").isEmpty() || blips.isEmpty()) {
            problems.add("a text box, shape or chart is not supported; put its text in an ordinary paragraph, or"
                    + " insert a picture (PNG or JPEG)");
            return;
        }
        String id = blips.get(0).getAttributeNS(Dom.R, "embed");
        String path;
        try {
            path = pictures.add(part, id.isEmpty() ? null : id);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return;
        }
        double widthMm = 0;
        List<Element> extents = Dom.descendants(drawing, DRAWING, "extent");
        if (!extents.isEmpty()) {
            widthMm = Double.parseDouble("0" + extents.get(0).getAttribute("cx")) / 36_000;
        }
        String alt = "";
        List<Element> properties = Dom.descendants(drawing, DRAWING, "docPr");
        if (!properties.isEmpty()) {
            alt = properties.get(0).getAttribute("descr");
            if (alt.isBlank()) {
                alt = properties.get(0).getAttribute("title");
            }
        }
        pieces.add(new Picture(path, alt.strip(), Math.round(widthMm * 10) / 10.0, format));
    }

    private String hyperlink(Element link) {
        String id = link.getAttributeNS(Dom.R, "id");
        if (id.isEmpty()) {
            return null; // a link to a place in the document itself: the letter has no such places
        }
        PackageRelationship relationship = part.getPackagePart().getRelationship(id);
        return relationship == null ? null : decodeTags(relationship.getTargetURI().toString());
    }

    /** Word stores {@code mailto:[=provider.email]} as {@code mailto:%5B=provider.email%5D}; give the tags back. */
    private static String decodeTags(String target) {
        if (!target.contains("%5B") && !target.contains("%5b") && !target.contains("%24%7B")) {
            return target;
        }
        return URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private void simpleField(Element field, Format format) {
        String instruction = Dom.attr(field, "instr");
        FieldState state = new FieldState(instruction == null ? "" : instruction);
        state.separated = true;
        switch (state.kind()) {
            case "PAGE" -> pieces.add(new PageField(false, format));
            case "NUMPAGES", "SECTIONPAGES" -> pieces.add(new PageField(true, format));
            case "HYPERLINK" -> content(field, format.linkedTo(state.href));
            default -> {
                if (!PRINTS_NOTHING.contains(state.kind())) {
                    problems.add(unsupportedField(state.kind()));
                }
            }
        }
    }

    private void fieldChar(Element fieldChar, Format format) {
        String type = Dom.attr(fieldChar, "fldCharType");
        if ("begin".equals(type)) {
            fields.push(new FieldState(""));
        } else if ("separate".equals(type) && !fields.isEmpty()) {
            FieldState field = fields.peek();
            field.separated = true;
            decide(field, format);
        } else if ("end".equals(type) && !fields.isEmpty()) {
            FieldState field = fields.pop();
            if (!field.separated) {
                decide(field, format);
            }
        }
    }

    private void decide(FieldState field, Format format) {
        field.parse();
        for (FieldState outer : fields) {
            if (outer != field && (!outer.separated || !outer.showsResult())) {
                return; // a field inside another field's instruction or hidden result: the outer one decides
            }
        }
        switch (field.kind()) {
            case "PAGE" -> pieces.add(new PageField(false, format));
            case "NUMPAGES", "SECTIONPAGES" -> pieces.add(new PageField(true, format));
            case "HYPERLINK" -> { }
            default -> {
                if (!PRINTS_NOTHING.contains(field.kind())) {
                    problems.add(unsupportedField(field.kind()));
                }
            }
        }
    }

    private static String unsupportedField(String kind) {
        String hint = switch (kind) {
            case "DATE", "TIME", "CREATEDATE", "SAVEDATE", "PRINTDATE" -> "; for the letter's date write"
                    + " [=letter.letterDate]";
            case "MERGEFIELD" -> "; write the field in square brackets instead, such as [=client.name]";
            default -> "";
        };
        return "the Word field " + (kind.isEmpty() ? "(empty)" : kind) + " is not supported: Farvel knows PAGE and"
                + " NUMPAGES (page numbers in a header or footer) and HYPERLINK" + hint;
    }

    /** One Word field being read: its instruction, and whether its cached result has begun. */
    private static final class FieldState {
        final StringBuilder instruction;
        boolean separated;
        String href;

        FieldState(String instruction) {
            this.instruction = new StringBuilder(instruction);
            parse();
        }

        void parse() {
            if ("HYPERLINK".equals(kind())) {
                Matcher quoted = QUOTED.matcher(instruction);
                // HYPERLINK \l "anchor" points inside the document; only an address makes a link.
                href = quoted.find() && !instruction.toString().contains("\\l") ? decodeTags(quoted.group(1)) : null;
            }
        }

        String kind() {
            String text = instruction.toString().strip();
            int space = text.indexOf(' ');
            return (space < 0 ? text : text.substring(0, space)).toUpperCase(Locale.ROOT);
        }

        /** A hyperlink shows its result; page numbers and the rest are Farvel's to fill in. */
        boolean showsResult() {
            return "HYPERLINK".equals(kind());
        }
    }
}
