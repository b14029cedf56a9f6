package no.farvel.templates;

import static no.farvel.templates.pseudo.PseudoEnglish.accent;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.farvel.core.Termination;
import no.farvel.core.guide.Finding;
import no.farvel.core.json.TerminationReadException;
import no.farvel.core.json.TerminationReader;
import no.farvel.core.validation.TerminationValidator;
import no.farvel.localization.LetterLocale;
import no.farvel.templates.pack.PackProblem;
import no.farvel.templates.pack.PackVerifier;
import no.farvel.templates.pseudo.PseudoEnglish;
import no.farvel.templates.testing.PdfText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A language added through the localization SPI alone — {@link PseudoEnglish}, found by its service file — writes
 * a whole letter with its own formats and a pack's message bundle, and the guide check reads it, with no change to
 * any module's main code.
 */
class PseudoLanguageTest {
    private static final String DEFAULT_PACK = "no/farvel/templates/packs/default/";
    private static final List<String> FROM_DEFAULT_PACK = List.of("letter.ftlh", "messages_en.properties",
            "fonts/LiberationSans-Regular.ttf", "fonts/LiberationSans-Bold.ttf", "fonts/LiberationSans-Italic.ttf",
            "fonts/LiberationSans-BoldItalic.ttf");
    private static final List<String> FROM_PSEUDO_PACK = List.of("farvel-pack.json", "messages_en-XA.properties",
            "tone_en-XA.txt");
    private static final String EFFECTIVE = "28 Fébŕúáŕý 2027";

    @TempDir
    Path pack;

    /** A team's pack: the default pack's template and fonts, a manifest naming en-XA and the en-XA bundle. */
    @BeforeEach
    void makeThePack() throws IOException {
        Files.createDirectories(pack.resolve("fonts"));
        for (String file : FROM_DEFAULT_PACK) {
            copy(DEFAULT_PACK + file, pack.resolve(file));
        }
        for (String file : FROM_PSEUDO_PACK) {
            copy("pseudo-pack/" + file, pack.resolve(file));
        }
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = PseudoLanguageTest.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
    }

    /** The built-in English sample, its locale set to en-XA in the input document as a user would. */
    private static Termination pseudoSample() throws IOException, TerminationReadException {
        try (InputStream in = PseudoLanguageTest.class.getClassLoader()
                .getResourceAsStream("no/farvel/templates/samples/en-scope.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return TerminationReader.create().readOne(json.replace("\"locale\": \"en\"", "\"locale\": \"en-XA\""),
                    "en-scope.json");
        }
    }

    /** Whitespace collapsed and no-break spaces as spaces: what a reader sees, whatever the line breaks. */
    private static String flat(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    @Test
    void theLanguageIsFoundThroughItsServiceFileAndFallsBackToEnglish() {
        LetterLocale pseudo = LetterLocale.fromCode("en-XA");
        assertThat(pseudo.language()).isInstanceOf(PseudoEnglish.class);
        assertThat(pseudo.fallbacks()).containsExactly(LetterLocale.EN);
        assertThat(LetterLocale.codes()).isEqualTo("nb, nn, en, en-XA");
    }

    @Test
    void anInputDocumentInTheLanguageIsReadAndValid() throws Exception {
        Termination termination = pseudoSample();
        assertThat(termination.locale()).isEqualTo(LetterLocale.fromCode("en-XA"));
        assertThat(TerminationValidator.validate(termination)).isEmpty();
    }

    @Test
    void theLetterIsWrittenWithTheLanguagesFormatsAndThePacksBundle() throws Exception {
        Farvel farvel = Farvel.builder().pack(TemplatePack.fromDirectory(pack)).build();
        RenderedLetter letter = farvel.render(pseudoSample());

        for (String text : List.of(flat(PdfText.of(letter.pdf())), flat(letter.text()))) {
            assertThat(text).contains(
                    accent("The agreement terminates at the end of ") + EFFECTIVE + ".",
                    accent("dated ") + "15 Ĵáñúáŕý 2024",
                    accent("This gives the three months' notice the agreement requires."),
                    accent("The reasons for our decision"),
                    "INV-2026-311", "01·11·2026", "GBP 3.200,00", "GBP 1.850,50",
                    accent("Total disputed"), accent("Not yet due"),
                    "1 " + accent("July") + " 2026: " + "Scope workshop",
                    "Ý" + accent("ours sincerely"));
            assertThat(text).doesNotContain("February", "3,200.00", "01.11.2026", "1 Nov 2026", "Under review");
        }
        assertThat(letter.html()).contains("<html lang=\"en-XA\">");
        assertThat(letter.subject()).isEqualTo(accent("Notice of termination: ") + "Master Services Agreement"
                + accent(" (our ref. ") + "NR-2026-130)");
    }

    @Test
    void theGuideCheckFindsTheEffectiveDateThroughTheModule() throws Exception {
        TemplatePack templatePack = TemplatePack.fromDirectory(pack);
        Termination termination = pseudoSample();
        String text = Farvel.builder().pack(templatePack).build().render(termination).text();
        // Only the language's own spelling states the date: no numeric form could stand in for it.
        assertThat(flat(text)).contains(EFFECTIVE).doesNotContain("2027-02-28", "28.02.2027", "28/02/2027",
                "28·02·2027", "February");

        assertThat(templatePack.guideCheck().checkLetter(termination, text)).isEmpty();

        String withoutDate = text.replaceAll("28\\h+Fébŕúáŕý\\h+2027", accent("the end of ") + "Fébŕúáŕý");
        assertThat(templatePack.guideCheck().checkLetter(termination, withoutDate)).extracting(Finding::code,
                Finding::message).containsExactly(org.assertj.core.groups.Tuple.tuple("EFFECTIVE_DATE_NOT_RENDERED",
                "The rendered letter does not mention the effective date 2027-02-28. The letter must say when the "
                        + "termination takes effect; check the template."));
    }

    @Test
    void packVerificationChecksTheBundleAgainstWhatTheLanguageSupplies() throws IOException {
        assertThat(PackVerifier.verify(TemplatePack.fromDirectory(pack)).problems()).isEmpty();

        Path bundle = pack.resolve("messages_en-XA.properties");
        Files.writeString(bundle, Files.readString(bundle).replaceAll("(?m)^closing\\.thanks=.*\\n", ""));
        assertThat(PackVerifier.verify(TemplatePack.fromDirectory(pack)).problems()).extracting(PackProblem::toString)
                .containsExactly("messages_en-XA.properties: missing key 'closing.thanks' (present in en)");
    }
}
