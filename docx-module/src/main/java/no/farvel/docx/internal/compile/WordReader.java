package no.farvel.docx.internal.compile;

import java.util.ArrayList;
import java.util.List;
import no.farvel.docx.internal.compile.Piece.Chars;
import no.farvel.docx.internal.compile.WordBlock.Grid;
import no.farvel.docx.internal.compile.WordBlock.GridCell;
import no.farvel.docx.internal.compile.WordBlock.GridRow;
import no.farvel.docx.internal.compile.WordBlock.Para;
import no.farvel.templates.document.PageSetup;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.w3c.dom.Element;

/**
 * Reads a Word document into what the letter is made of: the body's paragraphs and tables, the letterhead (the
 * first page's header) and the footer, the paper and margins, and the document's title, subject and language.
 * Every place is recorded as its author finds it, with the page where Word last broke pages, or an estimate.
 */
final class WordReader {
    private static final double MM_PER_TWIP = 25.4 / 1440;

    private final XWPFDocument document;
    private final WordStyles styles;
    private final Pictures pictures;
    private final Problems problems;

    WordReader(XWPFDocument document, Pictures pictures, Problems problems) {
        this.document = document;
        this.styles = new WordStyles(document);
        this.pictures = pictures;
        this.problems = problems;
    }

    /** A story read: its blocks, and whether it has anything to print. */
    record Story(String name, List<WordBlock> blocks) {
        boolean printsSomething() {
            return blocks.stream().anyMatch(Story::printsSomething);
        }

        private static boolean printsSomething(WordBlock block) {
            if (block instanceof Grid grid) {
                return grid.rows().stream().flatMap(r -> r.cells().stream()).flatMap(c -> c.paragraphs().stream())
                        .anyMatch(Story::printsSomething);
            }
            return ((Para) block).pieces().stream()
                    .anyMatch(p -> !(p instanceof Chars chars) || !chars.text().isBlank());
        }

        /** The story's text, for comparing two headers or footers. */
        String text() {
            return blocks.stream().map(b -> b.where().text()).reduce("", (a, b) -> a + "\n" + b).strip();
        }
    }

    Story body() {
        Element body = (Element) document.getDocument().getBody().getDomNode();
        PageCount pages = new PageCount(!Dom.descendants(body, Dom.W, "lastRenderedPageBreak").isEmpty(),
                textWidthMm(), textHeightMm());
        return new StoryReader("", document, pages).read(body);
    }

    /** The letterhead: the first page's header when the document has one, otherwise the header of every page. */
    Story letterhead() {
        XWPFHeaderFooterPolicy policy = document.getHeaderFooterPolicy();
        if (policy == null) {
            return new Story("the header", List.of());
        }
        Story first = titlePage() ? story("the first-page header", policy.getFirstPageHeader()) : null;
        Story every = story("the header", policy.getDefaultHeader());
        if (first != null && first.printsSomething()) {
            if (every.printsSomething() && !every.text().equals(first.text())) {
                problems.add("the header", "Farvel prints the letterhead on the first page only, so a header of the"
                        + " other pages that differs from it cannot be shown; empty it, or make it the same");
            }
            return first;
        }
        return every;
    }

    /** The footer of every page; a first page with a different footer cannot be shown. */
    Story footer() {
        XWPFHeaderFooterPolicy policy = document.getHeaderFooterPolicy();
        if (policy == null) {
            return new Story("the footer", List.of());
        }
        Story every = story("the footer", policy.getDefaultFooter());
        Story first = titlePage() ? story("the first-page footer", policy.getFirstPageFooter()) : null;
        if (first != null && first.printsSomething()) {
            if (every.printsSomething() && !every.text().equals(first.text())) {
                problems.add("the first-page footer", "Farvel prints one footer on every page, and this one differs"
                        + " from the footer of the other pages; make them the same, or empty one of them");
            }
            return every.printsSomething() ? every : first;
        }
        return every;
    }

    /** The paper and margins of the document's last section; null when it sets none. */
    PageSetup page() {
        Element section = sectionProperties();
        Element size = Dom.child(section, "pgSz");
        Element margins = Dom.child(section, "pgMar");
        if (size == null || margins == null) {
            return null;
        }
        double width = Dom.number(size, "w", 11906) * MM_PER_TWIP;
        double height = Dom.number(size, "h", 16838) * MM_PER_TWIP;
        try {
            return new PageSetup(round(width), round(height),
                    round(Math.abs(Dom.number(margins, "top", 1134)) * MM_PER_TWIP),
                    round(Dom.number(margins, "right", 1134) * MM_PER_TWIP),
                    round(Math.abs(Dom.number(margins, "bottom", 1134)) * MM_PER_TWIP),
                    round(Dom.number(margins, "left", 1134) * MM_PER_TWIP));
        } catch (IllegalArgumentException e) {
            problems.add("the page setup (Layout ▸ Margins)", e.getMessage());
            return null;
        }
    }

    String title() {
        return document.getProperties().getCoreProperties().getTitle();
    }

    String subject() {
        return document.getProperties().getCoreProperties().getUnderlyingProperties().getSubjectProperty()
                .orElse(null);
    }

    String language() {
        return styles.language();
    }

    private boolean titlePage() {
        return Boolean.TRUE.equals(Dom.toggle(sectionProperties(), "titlePg"));
    }

    private Element sectionProperties() {
        var body = document.getDocument().getBody();
        return body.isSetSectPr() ? (Element) body.getSectPr().getDomNode() : null;
    }

    private Story story(String name, XWPFHeaderFooter part) {
        if (part == null) {
            return new Story(name, List.of());
        }
        Element root = (Element) part._getHdrFtr().getDomNode();
        return new StoryReader(name, part, null).read(root);
    }

    private double textWidthMm() {
        PageSetup page = page();
        return page == null ? 160 : page.textWidth();
    }

    private double textHeightMm() {
        PageSetup page = page();
        return page == null ? 247 : page.height() - page.top() - page.bottom();
    }

    private static double round(double millimetres) {
        return Math.round(millimetres * 10) / 10.0;
    }

    /**
     * Pages of the body: counted from the breaks Word recorded when it last laid the document out, or, in a document
     * that has none (one LibreOffice wrote), estimated from the amount of text.
     */
    private static final class PageCount {
        private static final double LINE_MM = 5.6;
        private static final double CHARACTER_MM = 1.9;

        private final boolean exact;
        private final double charactersPerLine;
        private final double linesPerPage;
        private int breaks;
        private double lines;

        PageCount(boolean exact, double textWidthMm, double textHeightMm) {
            this.exact = exact;
            this.charactersPerLine = Math.max(20, textWidthMm / CHARACTER_MM);
            this.linesPerPage = Math.max(10, textHeightMm / LINE_MM);
        }

        void pageBreak() {
            breaks++;
            lines = 0;
        }

        void paragraph(int characters) {
            lines += Math.max(1, Math.ceil(characters / charactersPerLine)) + 0.5;
        }

        int page() {
            return 1 + breaks + (exact ? 0 : (int) (lines / linesPerPage));
        }
    }

    /** Reads one story: paragraphs and tables in order, with their places. */
    private final class StoryReader {
        private final String name;
        private final RunReader runs;
        private final PageCount pages;
        private int paragraphs;
        private int tables;
        private List<Chars> carried = List.of();

        StoryReader(String name, POIXMLDocumentPart part, PageCount pages) {
            this.name = name;
            this.pages = pages;
            this.runs = new RunReader(styles, part, pictures, pages == null ? () -> { } : pages::pageBreak);
        }

        Story read(Element root) {
            List<WordBlock> blocks = new ArrayList<>();
            blocks(root, blocks);
            return new Story(name.isEmpty() ? "the body" : name, blocks);
        }

        private void blocks(Element parent, List<WordBlock> into) {
            for (Element child : Dom.children(parent)) {
                if (Dom.is(child, "p")) {
                    Para para = paragraph(child, place("paragraph " + (++paragraphs)));
                    if (para != null) {
                        into.add(para);
                    }
                } else if (Dom.is(child, "tbl")) {
                    into.add(table(child, ++tables));
                } else if (Dom.is(child, "sdt")) {
                    blocks(Dom.child(child, "sdtContent"), into);
                } else if (Dom.is(child, "customXml")) {
                    blocks(child, into);
                } else if (Dom.is(child, "altChunk")) {
                    problems.add(place("the document"), "an embedded document (alternative format chunk) is not"
                            + " supported; paste its text in as ordinary paragraphs");
                }
            }
        }

        private String place(String what) {
            return name.isEmpty() ? what : name + ", " + what;
        }

        /** A paragraph, or null when its paragraph mark was deleted: then its text joins the next paragraph. */
        private Para paragraph(Element p, String place) {
            Element pPr = Dom.child(p, "pPr");
            if (pages != null && Boolean.TRUE.equals(Dom.toggle(pPr, "pageBreakBefore"))) {
                pages.pageBreak();
            }
            int page = pages == null ? 0 : pages.page();
            Roles role = styles.paragraphRole(pPr);
            Format base = role.marksText() ? Format.PLAIN.markedAs(role) : Format.PLAIN;
            RunReader.Content content = runs.read(p, base);
            List<Piece> pieces = new ArrayList<>(carried);
            pieces.addAll(content.pieces());
            carried = List.of();
            if (Dom.child(Dom.child(pPr, "rPr"), "del") != null) {
                carried = pieces.stream().filter(Chars.class::isInstance).map(Chars.class::cast).toList();
                return null;
            }
            String text = text(pieces);
            if (pages != null) {
                pages.paragraph(text.length());
            }
            Where where = new Where(place, page, pages != null && pages.exact, text);
            content.problems().forEach(problem -> problems.add(where, problem));
            String alignment = Dom.val(pPr, "jc");
            boolean right = "right".equals(alignment) || "end".equals(alignment);
            return new Para(where, role, role == Roles.PARAGRAPH ? styles.listLevel(pPr) : null, right, pieces);
        }

        private Grid table(Element tbl, int number) {
            String table = place("table " + number);
            List<GridRow> rows = new ArrayList<>();
            int rowNumber = 0;
            for (Element tr : within(tbl, "tr")) {
                rowNumber++;
                Element trPr = Dom.child(tr, "trPr");
                if (Dom.child(trPr, "del") != null) {
                    continue; // a deleted row, as if the deletion were accepted
                }
                String row = table + ", row " + rowNumber;
                List<GridCell> cells = new ArrayList<>();
                int cellNumber = 0;
                for (Element tc : within(tr, "tc")) {
                    cellNumber++;
                    if (Dom.child(Dom.child(tc, "tcPr"), "cellDel") != null) {
                        continue;
                    }
                    cells.add(cell(tc, row + ", cell " + cellNumber));
                }
                boolean header = Boolean.TRUE.equals(Dom.toggle(trPr, "tblHeader"));
                rows.add(new GridRow(new Where(row, pages == null ? 0 : pages.page(), pages != null && pages.exact,
                        ""), header, cells));
            }
            return new Grid(new Where(table, pages == null ? 0 : pages.page(), pages != null && pages.exact, ""),
                    rows);
        }

        private GridCell cell(Element tc, String place) {
            List<Element> content = within(tc, "p", "tbl");
            long count = content.stream().filter(e -> Dom.is(e, "p")).count();
            List<Para> paragraphs = new ArrayList<>();
            int n = 0;
            for (Element element : content) {
                if (Dom.is(element, "tbl")) {
                    problems.add(new Where(place, pages == null ? 0 : pages.page(), pages != null && pages.exact, ""),
                            "a table inside a table cell is not supported; put it after the table");
                    continue;
                }
                n++;
                Para para = paragraph(element, count > 1 ? place + ", paragraph " + n : place);
                if (para != null) {
                    paragraphs.add(para);
                }
            }
            return new GridCell(new Where(place, pages == null ? 0 : pages.page(), pages != null && pages.exact,
                    paragraphs.stream().map(p -> p.where().text()).reduce("", (a, b) -> a.isEmpty() ? b
                            : a + " " + b)), paragraphs);
        }

        /**
         * The children with these names, looking through content controls and custom XML, which wrap rows, cells
         * and paragraphs without changing what they are.
         */
        private List<Element> within(Element parent, String... names) {
            List<Element> found = new ArrayList<>();
            for (Element child : Dom.children(parent)) {
                if (Dom.is(child, "sdt")) {
                    found.addAll(within(Dom.child(child, "sdtContent"), names));
                } else if (Dom.is(child, "customXml")) {
                    found.addAll(within(child, names));
                } else if (java.util.Arrays.stream(names).anyMatch(name -> Dom.is(child, name))) {
                    found.add(child);
                }
            }
            return found;
        }

        private String text(List<Piece> pieces) {
            StringBuilder text = new StringBuilder();
            for (Piece piece : pieces) {
                if (piece instanceof Chars chars) {
                    text.append(chars.text());
                } else if (piece instanceof Piece.Break) {
                    text.append('\n');
                } else {
                    text.append('\uFFFC');
                }
            }
            return text.toString();
        }
    }
}
