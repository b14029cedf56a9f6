package no.farvel.docx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.farvel.core.Termination;
import no.farvel.templates.Farvel;
import no.farvel.templates.testing.Golden;
import no.farvel.templates.testing.LibreOffice;
import no.farvel.templates.testing.SharedExamples;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each shared example's DOCX, as LibreOffice reads it, has the text on file. */
class DocxGoldenTest {
    private static final Farvel FARVEL = Farvel.builder().build();

    static List<Path> examples() {
        return SharedExamples.files();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void writesEachSharedExampleAsADocxLibreOfficeReadsToTheTextOnFile(Path example, @TempDir Path dir)
            throws Exception {
        LibreOffice.assumeInstalled();
        Termination termination = SharedExamples.read(example);
        Path docx = Files.write(dir.resolve(termination.id() + ".docx"), FARVEL.render(termination).docx());

        Golden.assertMatches(termination.id() + ".docx.txt", LibreOffice.toText(docx, dir));
    }
}
