package no.farvel.templates.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.farvel.templates.document.Block;
import no.farvel.templates.document.Division;
import no.farvel.templates.document.Heading;
import no.farvel.templates.document.Inline;
import no.farvel.templates.document.LetterDocument;
import no.farvel.templates.document.LineBreak;
import no.farvel.templates.document.Link;
import no.farvel.templates.document.ListBlock;
import no.farvel.templates.document.Pagination;
import no.farvel.templates.document.Paragraph;
import no.farvel.templates.document.Span;
import no.farvel.templates.document.Styled;
import no.farvel.templates.document.Text;

/**
 * Reads a paged letter as poppler's {@code pdftotext -bbox} sees it, page by page and line by line, and reports every
 * page break a typographer would reject: a total away from its table's last rows, a table split one row a page, a
 * heading or an introduction ending a page, a signature alone or split, too little room to sign.
 */
public final class PageBreakCheck {
    private static final double MM = 72 / 25.4;
    /** Lines that start lower than this on the page (from its top) are the footer, not the body. */
    private static final double FOOTER_TOP = (297 - 24) * MM;

    /** A line of a page as a reader sees it: its words left to right, and its top and bottom in points. */
    public record Line(int page, String text, double top, double bottom) {
    }

    /**
     * What the checker must know of the letter: the invoice rows start with {@code invoicePrefix}, the headings, the
     * sign-off's first line, the signatory's name and the room to sign in millimetres.
     */
    public record Letter(String invoicePrefix, int invoices, boolean hasTotal, Set<String> headings, String signOff,
                         String signatory, double signingRoomMm) {
    }

    private PageBreakCheck() {
    }

    /** The body lines of each page of the PDF, top to bottom, footer left out. */
    public static List<List<Line>> pages(byte[] pdf) {
        List<List<Line>> pages = new ArrayList<>();
        List<double[]> boxes = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int page = 1;
        for (PageWords.Word word : PageWords.of(pdf)) {
            while (word.page() > page) {
                pages.add(lines(page++, boxes, words));
                boxes = new ArrayList<>();
                words = new ArrayList<>();
            }
            double top = word.top() * MM;
            if (top >= FOOTER_TOP) {
                continue;
            }
            boxes.add(new double[] {word.left() * MM, top, word.bottom() * MM, words.size()});
            words.add(word.text());
        }
        pages.add(lines(page, boxes, words));
        return pages;
    }

    /** Words whose tops lie within 3 pt of each other form one line, so a table row reads as one line. */
    private static List<Line> lines(int pageNumber, List<double[]> boxes, List<String> words) {
        boxes.sort(Comparator.comparingDouble((double[] b) -> b[1]));
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start < boxes.size()) {
            int end = start + 1;
            while (end < boxes.size() && boxes.get(end)[1] - boxes.get(start)[1] < 3) {
                end++;
            }
            List<double[]> line = new ArrayList<>(boxes.subList(start, end));
            line.sort(Comparator.comparingDouble((double[] b) -> b[0]));
            String text = line.stream().map(b -> words.get((int) b[3])).collect(Collectors.joining(" "));
            double top = line.stream().mapToDouble(b -> b[1]).min().orElseThrow();
            double bottom = line.stream().mapToDouble(b -> b[2]).max().orElseThrow();
            lines.add(new Line(pageNumber, normalize(text), top, bottom));
            start = end;
        }
        return lines;
    }

    /** Every rule the pages break, one sentence each; empty when the breaks are good. */
    public static List<String> violations(List<List<Line>> pages, Letter letter) {
        List<String> found = new ArrayList<>();
        List<Line> all = pages.stream().flatMap(List::stream).toList();
        List<Line> rows = all.stream().filter(l -> l.text().startsWith(letter.invoicePrefix())).toList();
        if (rows.size() != letter.invoices()) {
            found.add("expected " + letter.invoices() + " invoice rows, found " + rows.size());
        }
        if (!rows.isEmpty()) {
            tableRows(rows, found);
            Line last = rows.get(rows.size() - 1);
            int after = all.indexOf(last) + 1;
            if (letter.hasTotal() && after < all.size()) {
                Line total = all.get(after);
                int kept = (int) rows.stream().filter(r -> r.page() == total.page()).count();
                if (kept < Math.min(2, rows.size())) {
                    found.add("page " + total.page() + " starts the total \"" + total.text() + "\" with " + kept
                            + " of the table's rows");
                }
            }
        }
        for (int p = 0; p < pages.size() - 1; p++) {
            List<Line> page = pages.get(p);
            if (page.isEmpty()) {
                found.add("page " + (p + 1) + " is empty");
                continue;
            }
            String end = page.get(page.size() - 1).text();
            if (letter.headings().contains(end)) {
                found.add("page " + (p + 1) + " ends with the heading \"" + end + "\"");
            } else if (end.endsWith(":")) {
                found.add("page " + (p + 1) + " ends with the introduction \"" + end + "\"");
            }
        }
        signature(pages, all, letter, found);
        return found;
    }

    private static void tableRows(List<Line> rows, List<String> found) {
        int first = rows.get(0).page();
        int last = rows.get(rows.size() - 1).page();
        if (first == last) {
            return;
        }
        if (rows.size() <= 6) {
            found.add("a table of " + rows.size() + " rows is split over pages " + first + " to " + last);
        }
        for (int p = first; p <= last; p++) {
            int page = p;
            long count = rows.stream().filter(r -> r.page() == page).count();
            if (count < 2) {
                found.add("page " + p + " holds " + count + " row(s) of a table split over pages " + first + " to "
                        + last);
            }
        }
    }

    private static void signature(List<List<Line>> pages, List<Line> all, Letter letter, List<String> found) {
        Line signOff = null;
        for (Line line : all) {
            if (line.text().equals(letter.signOff())) {
                signOff = line;
            }
        }
        if (signOff == null) {
            found.add("no line reads the sign-off \"" + letter.signOff() + "\"");
            return;
        }
        List<Line> page = pages.get(signOff.page() - 1);
        int at = page.indexOf(signOff);
        if (at == 0) {
            found.add("page " + signOff.page() + " starts with the sign-off: the signature stands without the"
                    + " closing paragraph");
        }
        Line name = null;
        for (int i = all.indexOf(signOff) + 1; i < all.size() && name == null; i++) {
            if (all.get(i).text().equals(letter.signatory())) {
                name = all.get(i);
            }
        }
        if (name == null) {
            found.add("no line reads the signatory \"" + letter.signatory() + "\" after the sign-off");
            return;
        }
        if (name.page() != signOff.page()) {
            found.add("the signatory is on page " + name.page() + ", the sign-off on page " + signOff.page());
            return;
        }
        Line above = all.get(all.indexOf(name) - 1);
        double room = (name.top() - above.bottom()) / MM;
        if (room < letter.signingRoomMm()) {
            found.add(String.format(java.util.Locale.ROOT, "%.1f mm to sign between \"%s\" and \"%s\", not %.0f",
                    room, above.text(), name.text(), letter.signingRoomMm()));
        }
    }

    /** The facts of a letter laid out by Farvel whose invoice numbers start with {@code invoicePrefix}. */
    public static Letter facts(LetterDocument document, String invoicePrefix, int invoices, double signingRoomMm) {
        Set<String> headings = new HashSet<>();
        List<Paragraph> signature = new ArrayList<>();
        collect(document.body(), headings, signature);
        if (signature.size() < 2) {
            throw new IllegalArgumentException("The letter's signature has no sign-off and signatory paragraphs");
        }
        return new Letter(invoicePrefix, invoices, invoices > 0, headings, firstLine(signature.get(0)),
                firstLine(signature.get(signature.size() - 1)), signingRoomMm);
    }

    private static void collect(List<Block> blocks, Set<String> headings, List<Paragraph> signature) {
        for (Block block : blocks) {
            if (block instanceof Heading heading) {
                headings.add(normalize(text(heading.inlines())));
            } else if (Pagination.isSignature(block)) {
                ((Division) block).blocks().stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast)
                        .forEach(signature::add);
            } else if (block instanceof Division division) {
                collect(division.blocks(), headings, signature);
            } else if (block instanceof ListBlock list) {
                list.items().forEach(item -> collect(item, headings, signature));
            }
        }
    }

    private static String firstLine(Paragraph paragraph) {
        return normalize(text(paragraph.inlines()).split("\n")[0]);
    }

    private static String text(List<Inline> inlines) {
        StringBuilder text = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Text t) {
                text.append(t.text());
            } else if (inline instanceof LineBreak) {
                text.append('\n');
            } else if (inline instanceof Styled s) {
                text.append(text(s.inlines()));
            } else if (inline instanceof Span s) {
                text.append(text(s.inlines()));
            } else if (inline instanceof Link l) {
                text.append(text(l.inlines()));
            }
        }
        return text.toString();
    }

    /** No-break spaces read as spaces; runs of spaces as one. */
    public static String normalize(String text) {
        return text.replace('\u00A0', ' ').replace('\u2011', '-').replaceAll("\\s+", " ").strip();
    }

}
