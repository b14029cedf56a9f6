package no.farvel.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import no.farvel.core.Termination;
import no.farvel.docx.testing.LibreOfficePages;
import no.farvel.templates.Farvel;
import no.farvel.templates.TemplatePack;
import no.farvel.templates.testing.LetterCorpus;
import no.farvel.templates.testing.LibreOffice;
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
        // The sample letter with the built-in pack, as the PDF test has it.
        for (LibreOfficePages.Letter letter : LibreOfficePages.of(letters,
                i -> packs.get(i < LETTERS ? i % packs.size() : 0), dir)) {
            if (letter.pages().size() != 1) {
                failures.add(letter.docx().getFileName() + ": " + letter.pages().size() + " pages");
                // Kept to look at: LibreOffice's PDF of the DOCX.
                Files.copy(letter.pdf(), Files.createDirectories(KEPT).resolve(letter.pdf().getFileName()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            failures.addAll(letter.violations());
        }
        assertThat(failures).as("short letters that LibreOffice sets on more than one page, or against the rules;"
                        + " their PDFs are in %s", KEPT).isEmpty();
    }

    @Test
    void aLetterThatCannotFitStillBreaksByTheRulesInLibreOffice(@TempDir Path dir) throws Exception {
        LibreOffice.assumeInstalled();
        Farvel farvel = Farvel.builder().allowFindings().build();
        // Corpus letter 4 has 52 invoices.
        LibreOfficePages.Letter letter = LibreOfficePages.of(List.of(LetterCorpus.letter(4)), i -> farvel, dir)
                .get(0);
        assertThat(letter.pages()).hasSizeGreaterThan(2);
        assertThat(letter.violations()).isEmpty();
    }
}
