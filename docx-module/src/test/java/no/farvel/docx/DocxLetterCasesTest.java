package no.farvel.docx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.farvel.templates.Farvel;
import no.farvel.templates.testing.LetterCases;
import no.farvel.templates.testing.LibreOffice;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every case of {@link LetterCases} in every language as LibreOffice reads the DOCX: the same sentences as the PDF
 * shows, and none the case must not have. One LibreOffice run reads them all.
 */
class DocxLetterCasesTest {
    private static final Farvel FARVEL = Farvel.builder().build();

    @Test
    void eachCasesDocxShowsWhatTheCaseNeeds(@TempDir Path dir) throws Exception {
        LibreOffice.assumeInstalled();
        List<LetterCases.Case> cases = LetterCases.all();
        List<Path> files = new ArrayList<>();
        for (LetterCases.Case c : cases) {
            String name = c.name() + "-" + c.locale().code() + ".docx";
            files.add(Files.write(dir.resolve(name), FARVEL.render(c.termination()).docx()));
        }

        List<String> texts = LibreOffice.toTexts(files, dir);

        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < cases.size(); i++) {
            LetterCases.Case c = cases.get(i);
            String text = LetterCases.plain(texts.get(i));
            softly.assertThat(text).as("%s", c).contains(LetterCases.shows(c));
            for (String never : LetterCases.never(c)) {
                softly.assertThat(text).as("%s", c).doesNotContain(never);
            }
        }
        softly.assertAll();
    }
}
