package no.farvel.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.farvel.core.Termination;
import no.farvel.templates.internal.pdf.PdfRenderer;
import no.farvel.templates.testing.LetterCorpus;
import no.farvel.templates.testing.PageBreakCheck;
import no.farvel.templates.testing.SharedExamples;
import no.farvel.templates.testing.ShortLetters;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a short letter fits on one page when its content allows, by layout (the tight rhythm), not by smaller
 * type; a letter that cannot fit still breaks its pages by the rules. Pages are counted as pdftotext reads them.
 */
class OnePageLetterTest {
    /** Short letters in all three languages, alternately with the built-in and the sample pack. */
    static final int LETTERS = 72;
    static final Path SAMPLE_PACK = Path.of("../samples/sample-pack/src/main/resources");
    /**
     * The project's own examples whose content fits one page with the built-in pack (the sample pack's longer
     * wording and larger type need a second page for all three).
     */
    static final List<String> SHORT_SAMPLES = List.of("nn-trakassering.json");

    private final List<Farvel> packs = packs();

    static List<Farvel> packs() {
        try {
            return List.of(Farvel.builder().allowFindings().build(),
                    Farvel.builder().allowFindings().pack(TemplatePack.fromDirectory(SAMPLE_PACK)).build());
        } catch (IOException e) {
            throw new IllegalStateException("The sample pack in " + SAMPLE_PACK + " cannot be read", e);
        }
    }

    @Test
    void shortLettersComeOutOnOnePageAndManyOnlyByTheTightRhythm() throws IOException {
        List<String> failures = new ArrayList<>();
        int tight = 0;
        for (int i = 0; i < LETTERS; i++) {
            Farvel farvel = packs.get(i % packs.size());
            Termination termination = ShortLetters.letter(i);
            RenderedLetter letter = farvel.render(termination);
            failures.addAll(onePage(termination, letter, letter.pdf()));
            tight += regularPages(farvel, letter) > 1 ? 1 : 0;
        }
        assertThat(failures).as("short letters on more than one page, or broken against the rules").isEmpty();
        // Without the tight rhythm these would spill onto a second page: the rule is what keeps them on one.
        assertThat(tight).as("short letters that fit one page only in the tight rhythm").isGreaterThanOrEqualTo(15);
    }

    @Test
    void theShortSampleLettersComeOutOnOnePage() throws IOException {
        List<String> failures = new ArrayList<>();
        for (String sample : SHORT_SAMPLES) {
            Termination termination = SharedExamples.read(sample);
            RenderedLetter letter = packs.get(0).render(termination);
            failures.addAll(onePage(termination, letter, letter.pdf()));
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aLetterThatCannotFitKeepsTheRegularRhythmAndBreaksByTheRules() throws IOException {
        Termination termination = LetterCorpus.letter(4); // 52 invoices
        RenderedLetter letter = packs.get(0).render(termination);
        List<List<PageBreakCheck.Line>> pages = PageBreakCheck.pages(letter.pdf());
        assertThat(pages).as("pages of a letter with %d invoices", termination.finalInvoices().size())
                .hasSizeGreaterThan(2);
        assertThat(PageBreakCheck.violations(pages, facts(termination, letter))).isEmpty();
        assertThat(letter.pdf()).as("the same bytes as in the regular rhythm")
                .isEqualTo(regularPdf(packs.get(0), letter));
    }

    /** What is wrong with a letter that should be one page: the page count or any broken rule. */
    static List<String> onePage(Termination termination, RenderedLetter letter, byte[] pdf) {
        List<List<PageBreakCheck.Line>> pages = PageBreakCheck.pages(pdf);
        List<String> found = new ArrayList<>();
        if (pages.size() != 1) {
            found.add(termination.id() + " (" + termination.locale().code() + "): " + pages.size() + " pages");
        }
        for (String violation : PageBreakCheck.violations(pages, facts(termination, letter))) {
            found.add(termination.id() + ": " + violation);
        }
        return found;
    }

    static PageBreakCheck.Letter facts(Termination termination, RenderedLetter letter) {
        return PageBreakCheck.facts(letter.document(), LetterCorpus.INVOICE_PREFIX,
                termination.finalInvoices().size(), 25);
    }

    /** The letter's pages in the regular rhythm, which {@link RenderedLetter#document()} is in. */
    private static int regularPages(Farvel farvel, RenderedLetter letter) throws IOException {
        return PageBreakCheck.pages(regularPdf(farvel, letter)).size();
    }

    private static byte[] regularPdf(Farvel farvel, RenderedLetter letter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(letter.document(), farvel.pack().renderContext(), out);
        return out.toByteArray();
    }
}
