package no.farvel.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.farvel.core.Termination;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;
import no.farvel.templates.TemplatePack;
import no.farvel.templates.testing.LetterCorpus;
import no.farvel.templates.testing.LibreOffice;
import no.farvel.templates.testing.PageBreakCheck;
import no.farvel.templates.testing.SharedExamples;
import no.farvel.templates.testing.ShortLetters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: the short letters that fit one page in the PDF fit one page in the DOCX too, as LibreOffice paginates it,
 * because the DOCX is set in the same rhythm; a letter that cannot fit still breaks by the rules.
 */
class DocxOnePageTest {
    /** The PDF test's short letters (OnePageLetterTest), all of them, and its short sample. */
    private static final int LETTERS = 72;
    private static final int BATCH = 12;
    private static final Path KEPT = Path.of("target", "one-page-docx");

    @Test
    void shortLettersComeOutOnOnePageInLibreOffice(@TempDir Path dir) throws Exception {
        LibreOffice.assumeInstalled();
        List<Farvel> packs = List.of(Farvel.builder().allowFindings().build(), Farvel.builder().allowFindings()
                .pack(TemplatePack.fromDirectory(Path.of("../samples/sample-pack/src/main/resources"))).build());
        List<Termination> letters = new ArrayList<>();
        for (int i = 0; i < LETTERS; i++) {
            letters.add(ShortLetters.letter(i));
        }
        letters.add(SharedExamples.read("nn-trakassering.json"));
        List<String> failures = new ArrayList<>();
        for (int start = 0; start < letters.size(); start += BATCH) {
            List<Path> docx = new ArrayList<>();
            List<PageBreakCheck.Letter> facts = new ArrayList<>();
            for (int i = start; i < Math.min(start + BATCH, letters.size()); i++) {
                Termination termination = letters.get(i);
                // The sample letter with the built-in pack, as the PDF test has it.
                RenderedLetter letter = packs.get(i < LETTERS ? i % packs.size() : 0).render(termination);
                docx.add(Files.write(dir.resolve(termination.id() + ".docx"), letter.docx()));
                facts.add(PageBreakCheck.facts(letter.document(), LetterCorpus.INVOICE_PREFIX,
                        termination.finalInvoices().size(), 25));
            }
            List<Path> pdfs = LibreOffice.toPdfs(docx, dir);
            for (int i = 0; i < pdfs.size(); i++) {
                List<List<PageBreakCheck.Line>> pages = PageBreakCheck.pages(Files.readAllBytes(pdfs.get(i)));
                if (pages.size() != 1) {
                    failures.add(docx.get(i).getFileName() + ": " + pages.size() + " pages");
                    // Kept to look at: LibreOffice's PDF of the DOCX.
                    Files.copy(pdfs.get(i), Files.createDirectories(KEPT).resolve(pdfs.get(i).getFileName()),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                for (String violation : PageBreakCheck.violations(pages, facts.get(i))) {
                    failures.add(docx.get(i).getFileName() + ": " + violation);
                }
            }
        }
        assertThat(failures).as("short letters that LibreOffice sets on more than one page, or against the rules;"
                        + " their PDFs are in %s", KEPT)
                .isEmpty();
    }

    @Test
    void aLetterThatCannotFitStillBreaksByTheRulesInLibreOffice(@TempDir Path dir) throws Exception {
        LibreOffice.assumeInstalled();
        Termination termination = LetterCorpus.letter(4); // 52 invoices
        RenderedLetter letter = Farvel.builder().allowFindings().build().render(termination);
        Path pdf = LibreOffice.toPdf(Files.write(dir.resolve("long.docx"), letter.docx()), dir);
        List<List<PageBreakCheck.Line>> pages = PageBreakCheck.pages(Files.readAllBytes(pdf));
        assertThat(pages).hasSizeGreaterThan(2);
        assertThat(PageBreakCheck.violations(pages, PageBreakCheck.facts(letter.document(),
                LetterCorpus.INVOICE_PREFIX, termination.finalInvoices().size(), 25))).isEmpty();
    }
}
