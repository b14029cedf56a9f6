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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Letters of the generated corpus as DOCX, paginated by LibreOffice and read back page by page: Word's keep with
 * next, can't split and widow control give the same good page breaks as the PDF.
 */
class DocxPageBreakTest {
    /** The PDF corpus test's letters, all of them: LibreOffice converts them in batches of a dozen. */
    private static final int LETTERS = 300;
    private static final int BATCH = 12;

    @Test
    void libreOfficeBreaksTheDocxPagesByTheSameRulesAsThePdf(@TempDir Path dir) throws Exception {
        LibreOffice.assumeInstalled();
        List<Farvel> packs = List.of(Farvel.builder().allowFindings().build(), Farvel.builder().allowFindings()
                .pack(TemplatePack.fromDirectory(Path.of("../samples/sample-pack/src/main/resources"))).build());
        List<String> violations = new ArrayList<>();
        int multiPage = 0;
        for (int start = 0; start < LETTERS; start += BATCH) {
            List<Path> docx = new ArrayList<>();
            List<PageBreakCheck.Letter> facts = new ArrayList<>();
            for (int i = start; i < start + BATCH; i++) {
                Termination termination = LetterCorpus.letter(i);
                RenderedLetter letter = packs.get(i % packs.size()).render(termination);
                docx.add(Files.write(dir.resolve(termination.id() + ".docx"), letter.docx()));
                facts.add(PageBreakCheck.facts(letter.document(), LetterCorpus.INVOICE_PREFIX,
                        termination.finalInvoices().size(), 25));
            }
            List<Path> pdfs = LibreOffice.toPdfs(docx, dir);
            for (int i = 0; i < pdfs.size(); i++) {
                List<List<PageBreakCheck.Line>> pages = PageBreakCheck.pages(Files.readAllBytes(pdfs.get(i)));
                multiPage += pages.size() > 1 ? 1 : 0;
                for (String violation : PageBreakCheck.violations(pages, facts.get(i))) {
                    violations.add(docx.get(i).getFileName() + ": " + violation);
                }
            }
        }
        assertThat(violations).as("page breaks against the rules in LibreOffice's layout of the DOCX").isEmpty();
        assertThat(multiPage).as("letters of more than one page").isGreaterThan(LETTERS / 3);
    }
}
