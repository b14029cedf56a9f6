package no.farvel.samples.wordpack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.farvel.core.Termination;
import no.farvel.core.guide.Finding;
import no.farvel.core.guide.FindingCodes;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;
import no.farvel.templates.TemplatePack;
import no.farvel.templates.pack.PackOptions;
import no.farvel.templates.pack.PackReport;
import no.farvel.templates.pack.PackVerifier;
import no.farvel.templates.pack.Packs;
import no.farvel.templates.testing.LibreOffice;
import no.farvel.templates.testing.PdfA;
import no.farvel.templates.testing.PdfText;
import no.farvel.templates.testing.SharedExamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Word pack writes the built-in pack's letters word for word: the same text, the same e-mail and the same PDF
 * text for every example, as PDF/A-1b and passing the guide check. Its documents open in LibreOffice.
 */
class WordPackTest {
    private static final Path PACK = packFolder();
    private static TemplatePack wordPack;

    @BeforeAll
    static void loadThePack() throws IOException {
        wordPack = Packs.load(PACK.toString(), PackOptions.defaults());
    }

    private static Path packFolder() {
        try {
            return Path.of(WordPackTest.class.getClassLoader().getResource("farvel-pack.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Farvel's own examples, and the shared examples too when ../shared is there. */
    static Stream<Path> examples() {
        return SharedExamples.files().stream();
    }

    @Test
    void verifiesWithoutAProblemRenderingTheBuiltInExamplesInEveryLanguageAndFormat() throws IOException {
        PackReport report = PackVerifier.verify(Packs.open(PACK.toString(), PackOptions.defaults()));

        assertThat(report.problems()).isEmpty();
        assertThat(wordPack.name()).isEqualTo("word-pack");
        assertThat(wordPack.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void writesTheBuiltInPacksLetterWordForWord(Path example) throws Exception {
        Termination termination = SharedExamples.read(example);
        RenderedLetter word = Farvel.builder().pack(wordPack).build().render(termination);
        RenderedLetter builtIn = Farvel.builder().build().render(termination);

        assertThat(word.text()).isEqualTo(builtIn.text());
        assertThat(word.subject()).isEqualTo(builtIn.subject());
        assertThat(word.html()).isEqualTo(builtIn.html());
        assertThat(PdfText.of(word.pdf())).isEqualTo(PdfText.of(builtIn.pdf()));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void writesPdfA1bThatPassesTheGuideCheckWithTheClosingConfirmedByRole(Path example) throws Exception {
        Termination termination = SharedExamples.read(example);
        // Farvel.render() runs the guide check and would refuse the letter on an error.
        RenderedLetter letter = Farvel.builder().pack(wordPack).build().render(termination);

        PdfA.assertPdfA1b(letter.pdf());
        assertThat(letter.findings()).noneMatch(Finding::isError).extracting(Finding::code)
                .doesNotContain(FindingCodes.THANKS_UNCONFIRMED, FindingCodes.GOOD_WISHES_UNCONFIRMED);
    }

    @Test
    void itsDocumentsOpenInLibreOfficeAsTheTemplatesAnAuthorEdits(@TempDir Path dir) throws Exception {
        LibreOffice.assumeInstalled();
        for (String language : List.of("nb", "nn", "en")) {
            Path docx = Files.copy(PACK.resolve("letter_" + language + ".docx"), dir.resolve("letter_" + language
                    + ".docx"));

            String text = LibreOffice.toText(docx, dir);

            assertThat(text).contains("[=client.name]", "[#list reasons as reason]", "[=reason.detail]",
                    "[#list invoices as invoice]");
        }
        assertThat(LibreOffice.toText(dir.resolve("letter_nb.docx"), dir)).contains("Bakgrunnen for beslutningen");
    }
}
