package no.farvel.samples.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import no.farvel.core.Termination;
import no.farvel.core.json.TerminationReader;
import no.farvel.core.testing.ExampleFiles;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;
import no.farvel.templates.TemplatePack;
import no.farvel.templates.pack.PackOptions;
import no.farvel.templates.pack.PackReport;
import no.farvel.templates.pack.PackVerifier;
import no.farvel.templates.pack.Packs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Nordavind sample pack verifies clean and writes the shared examples in its own words, colour and font. */
class SamplePackTest {
    private static final Path PACK = packFolder();

    private static Path packFolder() {
        try {
            return Path.of(SamplePackTest.class.getClassLoader().getResource("farvel-pack.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Termination example(String file) throws Exception {
        return TerminationReader.create().readOne(ExampleFiles.own(file));
    }

    @Test
    void verifiesWithoutAProblem() throws IOException {
        PackReport report = PackVerifier.verify(Packs.open(PACK.toString(), PackOptions.defaults()));

        assertThat(report.problems()).isEmpty();
    }

    @Test
    void carriesTheProjectVersionInItsManifest() throws IOException {
        TemplatePack pack = Packs.load(PACK.toString(), PackOptions.defaults());

        assertThat(pack.name()).isEqualTo("nordavind");
        assertThat(pack.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nb-sen-betaling.json | Takk for godt samarbeid – det har vært en glede å arbeide for dere.  | Med vennlig hilsen",
        "nn-trakassering.json | Takk for godt samarbeid – det har vore ei glede å arbeide for dykk. | Med venleg helsing",
        "en-scope.json | Thank you for working with us – it has been a pleasure to serve you. | Yours sincerely"})
    void writesTheSharedExamplesInItsOwnWordsAndFont(String file, String thanks, String signoff) throws Exception {
        TemplatePack pack = Packs.load(PACK.toString(), PackOptions.defaults());
        RenderedLetter letter = Farvel.builder().pack(pack).build().render(example(file));

        String text = letter.text();
        assertThat(text).contains(thanks).contains(signoff);
        try (PDDocument pdf = Loader.loadPDF(letter.pdf())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains(thanks);
            assertThat(fontNames(pdf)).isNotEmpty().allMatch(name -> name.contains("DejaVuSerif"));
        }
    }

    @Test
    void putsItsLogoInThePdfAndNamesItInTheEmail() throws Exception {
        TemplatePack pack = Packs.load(PACK.toString(), PackOptions.defaults());
        RenderedLetter letter = Farvel.builder().pack(pack).build().render(example("nb-sen-betaling.json"));

        assertThat(letter.html()).contains("<img src=\"cid:logo.png\" alt=\"Nordavind\"");
        try (PDDocument pdf = Loader.loadPDF(letter.pdf())) {
            PDPage first = pdf.getPage(0);
            assertThat(first.getResources().getXObjectNames())
                    .anyMatch(name -> isImage(first, name));
        }
        assertThat(Files.size(PACK.resolve("images/logo.png"))).isLessThan(32 * 1024);
    }

    private static boolean isImage(PDPage page, COSName name) {
        try {
            return page.getResources().getXObject(name) instanceof PDImageXObject;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> fontNames(PDDocument pdf) throws IOException {
        Set<String> names = new TreeSet<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName font : page.getResources().getFontNames()) {
                names.add(page.getResources().getFont(font).getName());
            }
        }
        return names;
    }
}
