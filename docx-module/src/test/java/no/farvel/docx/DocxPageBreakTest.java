package no.farvel.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.farvel.core.Termination;
import no.farvel.docx.testing.LibreOfficePages;
import no.farvel.templates.Farvel;
import no.farvel.templates.TemplatePack;
import no.farvel.templates.testing.LetterCorpus;
import no.farvel.templates.testing.LibreOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Letters of the generated corpus as DOCX, paginated by LibreOffice and read back page by page: Word's keep with
 * next, can't split and widow control give the same good page breaks as the PDF, and as many pages.
 */
class DocxPageBreakTest {
    /** The PDF corpus test's letters, all of them: LibreOffice converts them in batches of a dozen. */
    private static final int LETTERS = 300;

    @Test
    void libreOfficeBreaksTheDocxPagesByTheSameRulesAsThePdf(@TempDir Path dir) throws Exception {
        LibreOffice.assumeInstalled();
        List<Farvel> packs = List.of(Farvel.builder().allowFindings().build(), Farvel.builder().allowFindings()
                .pack(TemplatePack.fromDirectory(Path.of("../samples/sample-pack/src/main/resources"))).build());
        List<Termination> letters = new ArrayList<>();
        for (int i = 0; i < LETTERS; i++) {
            letters.add(LetterCorpus.letter(i));
        }
        List<String> violations = new ArrayList<>();
        List<String> pageCounts = new ArrayList<>();
        int multiPage = 0;
        for (LibreOfficePages.Letter letter : LibreOfficePages.of(letters, i -> packs.get(i % packs.size()), dir)) {
            multiPage += letter.pages().size() > 1 ? 1 : 0;
            violations.addAll(letter.violations());
            if (letter.pages().size() != letter.farvelPdfPages()) {
                pageCounts.add(letter.docx().getFileName() + ": " + letter.pages().size() + " pages in LibreOffice, "
                        + letter.farvelPdfPages() + " in Farvel's PDF");
            }
        }
        // One layout in two formats: the DOCX has as many pages as the PDF. A PDF page filled to its last millimetre
        // may lose its signature block to a next page in the DOCX, which keeps at least 25 mm to sign as
        // LibreOffice's word boxes measure it, about a millimetre more than the PDF between the lines' baselines.
        System.out.printf("DOCX pages as the PDF's: %d of %d letters%s%n", LETTERS - pageCounts.size(), LETTERS,
                pageCounts.isEmpty() ? "" : "; differ: " + pageCounts);
        assertThat(pageCounts).as("letters whose DOCX has another page count than the PDF").hasSizeLessThanOrEqualTo(
                LETTERS / 100);
        assertThat(violations).as("page breaks against the rules in LibreOffice's layout of the DOCX").isEmpty();
        assertThat(multiPage).as("letters of more than one page").isGreaterThan(LETTERS / 3);
    }
}
