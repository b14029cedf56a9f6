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
 * next, can't split and widow control give the same good page breaks as the PDF.
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
        int multiPage = 0;
        for (LibreOfficePages.Letter letter : LibreOfficePages.of(letters, i -> packs.get(i % packs.size()), dir)) {
            multiPage += letter.pages().size() > 1 ? 1 : 0;
            violations.addAll(letter.violations());
        }
        assertThat(violations).as("page breaks against the rules in LibreOffice's layout of the DOCX").isEmpty();
        assertThat(multiPage).as("letters of more than one page").isGreaterThan(LETTERS / 3);
    }
}
