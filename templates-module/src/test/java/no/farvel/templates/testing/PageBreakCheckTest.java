package no.farvel.templates.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.farvel.templates.testing.PageBreakCheck.Line;
import org.junit.jupiter.api.Test;

/** The page-break checker finds each bad break it exists for, so a clean corpus means clean breaks. */
class PageBreakCheckTest {
    private static final double MM = 72 / 25.4;
    private static final PageBreakCheck.Letter LETTER = new PageBreakCheck.Letter("F-", 3, true,
            Set.of("Sluttfakturaer"), "Med vennlig hilsen", "Ola Hansen", 25);

    @Test
    void acceptsGoodBreaks() {
        List<List<Line>> pages = List.of(
                page(1, "Innledning.", "Sluttfakturaer", "Følgende fakturaer:", "Faktura Beløp", "F-1 kr 1",
                        "F-2 kr 2", "F-3 kr 3", "Sum: kr 6"),
                signed(2, "Vi takker for samarbeidet."));
        assertThat(PageBreakCheck.violations(pages, LETTER)).isEmpty();
    }

    @Test
    void findsATotalAwayFromItsTableAndASmallTableSplit() {
        List<List<Line>> pages = List.of(
                page(1, "Følgende fakturaer gjelder", "Faktura Beløp", "F-1 kr 1", "F-2 kr 2"),
                signed(2, "Faktura Beløp", "F-3 kr 3", "Sum: kr 6", "Vi takker."));
        assertThat(PageBreakCheck.violations(pages, LETTER)).containsExactly(
                "a table of 3 rows is split over pages 1 to 2",
                "page 2 holds 1 row(s) of a table split over pages 1 to 2",
                "page 2 starts the total \"Sum: kr 6\" with 1 of the table's rows");
    }

    @Test
    void findsAHeadingOrIntroductionEndingAPage() {
        List<List<Line>> heading = List.of(page(1, "Innledning.", "Sluttfakturaer"),
                signed(2, "Følgende fakturaer:", "F-1", "F-2", "F-3", "Sum"));
        assertThat(PageBreakCheck.violations(heading, LETTER))
                .containsExactly("page 1 ends with the heading \"Sluttfakturaer\"");
        List<List<Line>> intro = List.of(page(1, "Sluttfakturaer", "Følgende fakturaer:"),
                signed(2, "F-1", "F-2", "F-3", "Sum"));
        assertThat(PageBreakCheck.violations(intro, LETTER))
                .containsExactly("page 1 ends with the introduction \"Følgende fakturaer:\"");
    }

    @Test
    void findsASignatureAloneSplitOrWithoutRoomToSign() {
        List<List<Line>> alone = List.of(page(1, "F-1", "F-2", "F-3", "Sum", "Vi takker."), signed(2));
        assertThat(PageBreakCheck.violations(alone, LETTER)).containsExactly(
                "page 2 starts with the sign-off: the signature stands without the closing paragraph");

        List<Line> cramped = new ArrayList<>(page(1, "F-1", "F-2", "F-3", "Sum", "Med vennlig hilsen",
                "Nordlys AS"));
        Line last = cramped.get(cramped.size() - 1);
        cramped.add(new Line(1, "Ola Hansen", last.bottom() + 6 * MM, last.bottom() + 10 * MM));
        assertThat(PageBreakCheck.violations(List.of(cramped), LETTER))
                .containsExactly("6.0 mm to sign between \"Nordlys AS\" and \"Ola Hansen\", not 25");
    }

    /** Lines 5 mm apart from the top of the page. */
    private static List<Line> page(int number, String... texts) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(new Line(number, texts[i], (20 + 5 * i) * MM, (24 + 5 * i) * MM));
        }
        return lines;
    }

    /** A page with {@code texts}, then the sign-off and the signatory 30 mm below it. */
    private static List<Line> signed(int number, String... texts) {
        List<Line> lines = new ArrayList<>(page(number, texts));
        double y = lines.isEmpty() ? 20 * MM : lines.get(lines.size() - 1).bottom() + 2 * MM;
        lines.add(new Line(number, "Med vennlig hilsen", y, y + 4 * MM));
        lines.add(new Line(number, "Nordlys AS", y + 5 * MM, y + 9 * MM));
        lines.add(new Line(number, "Ola Hansen", y + 39 * MM, y + 43 * MM));
        return lines;
    }
}
