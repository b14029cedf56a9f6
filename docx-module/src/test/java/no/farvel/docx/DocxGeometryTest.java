package no.farvel.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import no.farvel.core.Termination;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;
import no.farvel.templates.TemplatePack;
import no.farvel.templates.spi.LetterLayout;
import no.farvel.templates.testing.LetterCorpus;
import no.farvel.templates.testing.LibreOffice;
import no.farvel.templates.testing.PageWords;
import no.farvel.templates.testing.PageWords.Word;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One layout, two formats: the first page of the DOCX as LibreOffice lays it out has its letterhead, address,
 * body and footer where the PDF has them, measured on the words each shows.
 */
class DocxGeometryTest {
    /** How far apart the two formats may place the same thing (issue 14: "within a millimetre or two"). */
    private static final Offset<Double> TOLERANCE = within(2.0);
    private static final LetterLayout PAGE = LetterLayout.A4;

    @Test
    void theDocxPageHasThePdfsMarginsAddressWindowLetterheadAndFooter(@TempDir Path dir) throws Exception {
        LibreOffice.assumeInstalled();
        List<Farvel> packs = List.of(Farvel.builder().allowFindings().build(), Farvel.builder().allowFindings()
                .pack(TemplatePack.fromDirectory(Path.of("../samples/sample-pack/src/main/resources"))).build());
        List<Path> docx = new ArrayList<>();
        List<byte[]> pdfs = new ArrayList<>();
        // Letters in the three languages, from both packs.
        for (int i = 0; i < 6; i++) {
            Termination termination = LetterCorpus.letter(i);
            RenderedLetter letter = packs.get(i % packs.size()).render(termination);
            docx.add(Files.write(dir.resolve(termination.id() + ".docx"), letter.docx()));
            pdfs.add(letter.pdf());
        }
        List<Path> converted = LibreOffice.toPdfs(docx, dir);
        for (int i = 0; i < docx.size(); i++) {
            Page pdf = Page.of(PageWords.of(pdfs.get(i)));
            Page word = Page.of(PageWords.of(Files.readAllBytes(converted.get(i))));
            String name = docx.get(i).getFileName().toString();
            assertThat(word.letterheadRight).as(name + ": right edge of the letterhead").isCloseTo(pdf.letterheadRight,
                    TOLERANCE).isCloseTo(PAGE.pageWidth() - PAGE.marginRight(), TOLERANCE);
            if (i % packs.size() == 0) {
                // The built-in letterhead is a frame at the PDF's place.
                assertThat(word.letterheadTop).as(name + ": foot of the letterhead's first line")
                        .isCloseTo(pdf.letterheadTop, TOLERANCE);
                assertThat(word.letterheadBottom).as(name + ": foot of the letterhead")
                        .isCloseTo(pdf.letterheadBottom, TOLERANCE);
            } else {
                // The sample pack's letterhead has a rule, which LibreOffice cannot frame: it stands in the header's
                // flow from 10 mm, above the window, where the PDF's reaches beside the window's top.
                assertThat(word.letterheadBottom).as(name + ": foot of the letterhead")
                        .isLessThan(LetterLayout.WINDOW_TOP);
            }
            assertThat(word.addressLeft).as(name + ": left edge of the address").isCloseTo(pdf.addressLeft, TOLERANCE)
                    .isCloseTo(LetterLayout.WINDOW_LEFT, TOLERANCE);
            assertThat(word.addressTop).as(name + ": foot of the address's first line").isCloseTo(pdf.addressTop, TOLERANCE);
            assertThat(word.bodyTop).as(name + ": foot of the body's first line, below the window row")
                    .isCloseTo(pdf.bodyTop, TOLERANCE);
            assertThat(word.bodyLeft).as(name + ": left margin of the body").isCloseTo(pdf.bodyLeft, TOLERANCE)
                    .isCloseTo(PAGE.marginLeft(), TOLERANCE);
            assertThat(word.bodyRight).as(name + ": the body stays inside the right margin")
                    .isLessThanOrEqualTo(PAGE.pageWidth() - PAGE.marginRight() + 0.5);
            assertThat(word.footerCentre).as(name + ": the footer is centred").isCloseTo(pdf.footerCentre, TOLERANCE)
                    .isCloseTo(PAGE.pageWidth() / 2, TOLERANCE);
            assertThat(word.footerBottom).as(name + ": foot of the footer").isCloseTo(pdf.footerBottom, TOLERANCE);
        }
    }

    /**
     * Where the parts of a letter's first page lie, in millimetres from the page's top left corner. Vertical places
     * are read at the foot of a line: LibreOffice's word boxes reach higher above the text than the PDF's.
     */
    private record Page(double letterheadRight, double letterheadTop, double letterheadBottom, double addressLeft,
                        double addressTop, double bodyTop, double bodyLeft, double bodyRight, double footerCentre,
                        double footerBottom) {
        /** The footer starts in the bottom 25 mm; the address in the envelope window; the letterhead above it. */
        static Page of(List<Word> words) {
            double footerZone = PAGE.pageHeight() - 25;
            double windowBottom = LetterLayout.WINDOW_TOP + LetterLayout.WINDOW_HEIGHT;
            List<Word> first = words.stream().filter(w -> w.page() == 1).toList();
            List<Word> letterhead = select(first, w -> w.top() < LetterLayout.WINDOW_TOP - 4);
            List<Word> address = select(first, w -> w.top() >= LetterLayout.WINDOW_TOP - 5 && w.top() < windowBottom
                    && w.right() <= LetterLayout.WINDOW_LEFT + LetterLayout.WINDOW_WIDTH);
            List<Word> body = select(first, w -> w.bottom() > windowBottom + 2 && w.top() < footerZone);
            List<Word> footer = select(first, w -> w.top() >= footerZone);
            double footerTop = min(footer, Word::top);
            List<Word> footerLine = select(footer, w -> w.top() - footerTop < 1.5);
            return new Page(max(letterhead, Word::right), min(letterhead, Word::bottom), max(letterhead, Word::bottom),
                    min(address, Word::left), min(address, Word::bottom), min(body, Word::bottom),
                    min(body, Word::left), max(body, Word::right),
                    (min(footerLine, Word::left) + max(footerLine, Word::right)) / 2, max(footer, Word::bottom));
        }

        private static List<Word> select(List<Word> words, Predicate<Word> where) {
            List<Word> selected = words.stream().filter(where).toList();
            assertThat(selected).as("words on the first page").isNotEmpty();
            return selected;
        }

        private static double min(List<Word> words, java.util.function.ToDoubleFunction<Word> of) {
            return words.stream().mapToDouble(of).min().orElseThrow();
        }

        private static double max(List<Word> words, java.util.function.ToDoubleFunction<Word> of) {
            return words.stream().mapToDouble(of).max().orElseThrow();
        }
    }
}
