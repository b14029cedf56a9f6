package no.farvel.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.farvel.core.Termination;
import no.farvel.templates.testing.LetterCorpus;
import no.farvel.templates.testing.PageBreakCheck;
import no.farvel.templates.testing.PdfText;
import org.junit.jupiter.api.Test;

/**
 * Three hundred letters of every length, in all three languages and with both the built-in and the sample pack, laid
 * out as PDF and read back page by page with pdftotext: not one page break a typographer would reject.
 */
class PageBreakCorpusTest {
    private static final int LETTERS = 300;
    /** The sample pack's sources, part of this repository: a second template, font and wording. */
    private static final Path SAMPLE_PACK = Path.of("../samples/sample-pack/src/main/resources");
    /** The issue asks for at least 25 mm; the layout leaves 27 mm from descenders to capitals. */
    private static final double SIGNING_ROOM_MM = 25;

    @Test
    void noLetterOfTheCorpusBreaksAPageAgainstTheRules() throws IOException {
        List<Farvel> packs = List.of(Farvel.builder().allowFindings().build(),
                Farvel.builder().allowFindings().pack(TemplatePack.fromDirectory(SAMPLE_PACK)).build());
        List<String> violations = new ArrayList<>();
        int pages = 0;
        int multiPage = 0;
        Path samples = Files.createDirectories(Path.of("target", "page-break-corpus"));
        for (int i = 0; i < LETTERS; i++) {
            Termination termination = LetterCorpus.letter(i);
            RenderedLetter letter = packs.get(i % packs.size()).render(termination);
            List<List<PageBreakCheck.Line>> read = PageBreakCheck.pages(letter.pdf());
            if (i % 25 == 0) {
                // A few to look at with pdftoppm.
                Files.write(samples.resolve(termination.id() + ".pdf"), letter.pdf());
            }
            pages += read.size();
            multiPage += read.size() > 1 ? 1 : 0;
            List<String> lost = lostWords(letter.text(), PdfText.of(letter.pdf()), letter.html());
            if (!lost.isEmpty()) {
                violations.add(termination.id() + ": words of the letter missing from its PDF: " + lost);
                Files.write(samples.resolve(termination.id() + ".pdf"), letter.pdf());
            }
            for (String violation : PageBreakCheck.violations(read, PageBreakCheck.facts(letter.document(),
                    LetterCorpus.INVOICE_PREFIX, termination.finalInvoices().size(), SIGNING_ROOM_MM))) {
                violations.add(termination.id() + " (" + termination.locale().code() + ", pack " + (i % packs.size())
                        + ", " + termination.finalInvoices().size() + " invoices): " + violation);
                Files.write(samples.resolve(termination.id() + ".pdf"), letter.pdf());
            }
        }
        assertThat(violations).as("page breaks against the rules, or text lost; the PDFs are in %s", samples).isEmpty();
        // The corpus must exercise page breaks, or the check above proves nothing.
        assertThat(multiPage).as("letters of more than one page, of %d pages in all", pages)
                .isGreaterThan(LETTERS / 3);
    }

    /**
     * The words of the letter (as its plain text has them) that its PDF, read whole with its letterhead and footer,
     * does not show: a line a page break drops is lost without any other sign. Words are compared as sets, hyphens
     * and no-break characters made plain. An image's text alternative (a logo's name) is in the text but drawn as a
     * picture, so the words of the e-mail's {@code alt} attributes count as shown.
     */
    private static List<String> lostWords(String text, String pdf, String html) {
        Set<String> shown = words(pdf);
        Matcher alt = Pattern.compile("alt=\"([^\"]*)\"").matcher(html);
        while (alt.find()) {
            shown.addAll(words(alt.group(1)));
        }
        List<String> lost = new ArrayList<>();
        for (String word : words(text)) {
            if (!shown.contains(word)) {
                lost.add(word);
            }
        }
        return lost;
    }

    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : text.replace('\u00A0', ' ').replace('\u2011', '-').split("[\\s|]+")) {
            String bare = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (bare.chars().anyMatch(Character::isLetterOrDigit)) {
                words.add(bare);
            }
        }
        return words;
    }
}
