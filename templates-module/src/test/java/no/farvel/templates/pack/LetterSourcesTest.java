package no.farvel.templates.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.farvel.localization.LetterLocale;
import no.farvel.templates.Farvel;
import no.farvel.templates.TemplatePack;
import no.farvel.templates.spi.RenderException;
import no.farvel.templates.internal.pack.SampleRendering;
import no.farvel.templates.testing.DefaultPackCopy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A language may have a letter of its own beside the manifest's; a letter written in Word needs the artifact that
 * reads Word, and says so when it is missing (this module's tests run without it).
 */
class LetterSourcesTest {
    @TempDir
    Path pack;

    @BeforeEach
    void copyTheDefaultPack() throws IOException {
        DefaultPackCopy.copyTo(pack);
    }

    @Test
    void aLanguagesOwnLetterBesideTheManifestsIsUsedForThatLanguageOnly() throws IOException {
        String letter = Files.readString(pack.resolve("letter.ftlh"));
        Files.writeString(pack.resolve("letter_nn.ftlh"), letter.replace("<h1>${title}</h1>",
                "<h1>${title}</h1><p>Nynorsk har sitt eige brev.</p>"));
        TemplatePack loaded = Packs.load(pack.toString(), PackOptions.defaults());
        Farvel farvel = Farvel.builder().pack(loaded).build();

        assertThat(farvel.render(SampleRendering.builtInTermination("nn-trakassering.json")).text())
                .contains("Nynorsk har sitt eige brev.");
        assertThat(farvel.render(SampleRendering.builtInTermination("nb-sen-betaling.json")).text())
                .doesNotContain("Nynorsk har sitt eige brev.");
    }

    @Test
    void twoLettersForOneLanguageAreRefused() throws IOException {
        Files.copy(pack.resolve("letter.ftlh"), pack.resolve("letter_nb.ftlh"));
        Files.write(pack.resolve("letter_nb.docx"), new byte[] {'P', 'K'});

        assertThatThrownBy(() -> Packs.load(pack.toString(), PackOptions.defaults()))
                .isInstanceOf(RenderException.class)
                .hasMessage("Pack '" + pack.toRealPath() + "' has letter_nb.ftlh and letter_nb.docx for nb; keep one");
    }

    @Test
    void aWordLetterWithoutFarvelDocxNamesTheArtifactToAddAtLoadAndInVerification() throws IOException {
        Files.write(pack.resolve("letter_en.docx"), new byte[] {'P', 'K', 3, 4});

        assertThatThrownBy(() -> Packs.load(pack.toString(), PackOptions.defaults()))
                .isInstanceOf(RenderException.class)
                .hasMessage("Pack '" + pack.toRealPath() + "': letter_en.docx is a .docx letter, which needs the"
                        + " artifact no.farvel:farvel-docx on the class path");
        assertThat(PackVerifier.verify(Packs.open(pack.toString(), PackOptions.defaults())).problems())
                .containsExactly(new PackProblem("letter_en.docx", null, "letter_en.docx is a .docx letter, which"
                        + " needs the artifact no.farvel:farvel-docx on the class path"));
    }

    @Test
    void theFieldsALetterCanUseAreReadOffTheModelWithExamples() {
        assertThat(Farvel.letterFields().paths()).contains("client.name", "reasons", "reasons.detail",
                "reasons.type", "invoices.state", "totals.setOffs.amount", "disputedInvoices.number", "closing.thanks", "msg");
        assertThat(Farvel.letterFields().field("letter").orElseThrow().field("effectiveDate").orElseThrow()
                .example()).isEqualTo("31. januar 2027");
    }

    @Test
    void scaffoldsAPackFromLettersWithTheBuiltInFontAndRefusesAFolderInUse(@TempDir Path parent) throws IOException {
        Path folder = parent.resolve("acme");
        byte[] letter = Files.readAllBytes(pack.resolve("letter.ftlh"));
        PackScaffold.create(folder, "acme", "letter.ftlh", Map.of(LetterLocale.NB, letter));
        for (String file : new String[] {"messages_nb.properties"}) {
            Files.copy(pack.resolve(file), folder.resolve(file));
        }

        assertThat(PackVerifier.verify(Packs.open(folder.toString(), PackOptions.defaults())).problems()).isEmpty();
        assertThat(folder.resolve("letter_nb.ftlh")).exists();
        assertThat(folder.resolve("fonts/LICENSE-LiberationSans.txt")).exists();
        assertThatThrownBy(() -> PackScaffold.create(folder, "acme", "letter.ftlh", Map.of(LetterLocale.NB, letter)))
                .isInstanceOf(PackException.class)
                .hasMessage(folder.toAbsolutePath() + " is not empty; give a new folder for the pack");
    }
}
