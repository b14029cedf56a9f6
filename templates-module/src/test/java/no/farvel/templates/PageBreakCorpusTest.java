package no.farvel.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.farvel.core.Termination;
import no.farvel.templates.document.Block;
import no.farvel.templates.document.Division;
import no.farvel.templates.document.Heading;
import no.farvel.templates.document.Inline;
import no.farvel.templates.document.LineBreak;
import no.farvel.templates.document.Link;
import no.farvel.templates.document.ListBlock;
import no.farvel.templates.document.Pagination;
import no.farvel.templates.document.Paragraph;
import no.farvel.templates.document.Span;
import no.farvel.templates.document.Styled;
import no.farvel.templates.document.Text;
import no.farvel.templates.testing.LetterCorpus;
import no.farvel.templates.testing.PageBreakCheck;
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
            for (String violation : PageBreakCheck.violations(read, facts(letter, termination))) {
                violations.add(termination.id() + " (" + termination.locale().code() + ", pack " + (i % packs.size())
                        + ", " + termination.finalInvoices().size() + " invoices): " + violation);
                Files.write(samples.resolve(termination.id() + ".pdf"), letter.pdf());
            }
        }
        assertThat(violations).as("page breaks against the rules; the PDFs are in %s", samples).isEmpty();
        // The corpus must exercise page breaks, or the check above proves nothing.
        assertThat(multiPage).as("letters of more than one page, of %d pages in all", pages)
                .isGreaterThan(LETTERS / 3);
    }

    private static PageBreakCheck.Letter facts(RenderedLetter letter, Termination termination) {
        Set<String> headings = new HashSet<>();
        List<Paragraph> signature = new ArrayList<>();
        collect(letter.document().body(), headings, signature);
        assertThat(signature).as("the signature's paragraphs").hasSizeGreaterThanOrEqualTo(2);
        int invoices = termination.finalInvoices().size();
        return new PageBreakCheck.Letter(LetterCorpus.INVOICE_PREFIX, invoices, invoices > 0, headings,
                firstLine(signature.get(0)), firstLine(signature.get(signature.size() - 1)), SIGNING_ROOM_MM);
    }

    private static void collect(List<Block> blocks, Set<String> headings, List<Paragraph> signature) {
        for (Block block : blocks) {
            if (block instanceof Heading heading) {
                headings.add(PageBreakCheck.normalize(text(heading.inlines())));
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
        return PageBreakCheck.normalize(text(paragraph.inlines()).split("\n")[0]);
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
}
