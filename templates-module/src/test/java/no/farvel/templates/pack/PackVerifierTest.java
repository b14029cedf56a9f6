package no.farvel.templates.pack;

import no.farvel.templates.testing.TestRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.farvel.core.Closing;
import no.farvel.core.Termination;
import no.farvel.core.guide.Finding;
import no.farvel.templates.TemplatePack;
import no.farvel.templates.testing.DefaultPackCopy;
import no.farvel.templates.testing.SharedExamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verification reports every fault planted in a pack at once, each at its file. */
class PackVerifierTest {
    @TempDir
    Path pack;

    @BeforeEach
    void copyTheDefaultPack() throws IOException {
        DefaultPackCopy.copyTo(pack);
    }

    private void replace(String file, String from, String to) throws IOException {
        DefaultPackCopy.replace(pack, file, from, to);
    }

    private PackReport verify() throws IOException {
        return PackVerifier.verify(Packs.open(pack.toString(), PackOptions.defaults()));
    }

    @Test
    void theDefaultPackVerifiesClean() {
        PackReport report = PackVerifier.verify(TemplatePack.defaultPack());

        assertThat(report.problems()).isEmpty();
        assertThat(report.toString()).isEqualTo("Pack 'default': no problems found");
    }

    @Test
    void findsAKeyMissingInNynorskAMissingImageAndASyntaxErrorInOneReport() throws IOException {
        replace("messages_nn.properties", "closing.thanks=", "closing.thanks.typo=");
        replace("farvel-pack.json", "\"images\": {}", "\"images\": {\"logo\": \"images/logo.png\"}");
        replace("letter.ftlh", "<h2>${msg(\"steps.heading\")}</h2>", "<h2>${msg(\"steps.heading\"}</h2>");

        PackReport report = verify();

        assertThat(report.problems()).extracting(PackProblem::toString).containsExactly(
                "letter.ftlh:32: template 'letter.ftlh', line 32, column 26: Encountered \"}\", but at this place "
                        + "only this can be closed: \"(\".",
                "messages_nb.properties: missing key 'closing.thanks.typo' (present in nn)",
                "messages_nn.properties: missing key 'closing.thanks' (present in nb, en)",
                "messages_en.properties: missing key 'closing.thanks.typo' (present in nn)",
                "images/logo.png: image 'logo': file 'images/logo.png' not found");
        assertThat(report.ok()).isFalse();
        assertThat(report.toString()).startsWith("Pack '" + pack.toRealPath() + "': 5 problems\n  letter.ftlh:32: ");
    }

    @Test
    void aPacksToneRulesAddToTheGuideCheckOfItsLetters() throws IOException {
        Files.writeString(pack.resolve("tone_en.txt"), "HOSTILE | sloppy paperwork | incomplete documentation\n");
        replace("farvel-pack.json", "\"images\": {}", "\"images\": {}, \"toneRules\": {\"en\": \"tone_en.txt\"}");
        Termination shared = SharedExamples.read("en-scope.json");
        // With the IBAN and BIC a client abroad pays to, so that the pack's own rule is the only finding.
        Termination sloppy = shared.toBuilder()
                .provider(shared.provider().toBuilder().iban("NO4815039603087").bic("DNBANOKK").build())
                .closing(new Closing(true, true, "We regret the sloppy paperwork on both sides.")).build();

        TemplatePack branded = TemplatePack.fromDirectory(pack);

        assertThat(verify().problems()).isEmpty();
        assertThat(branded.guideCheck().check(sloppy)).extracting(Finding::code, Finding::location,
                Finding::suggestion).containsExactly(tuple("HOSTILE", "closing.personalNote",
                "incomplete documentation"));
        assertThat(TemplatePack.defaultPack().guideCheck().check(sloppy)).isEmpty();
    }

    @Test
    void aMalformedToneRulesFileIsReportedAtItsFile() throws IOException {
        Files.writeString(pack.resolve("tone_nn.txt"), "SCOLD | dårleg arbeid\n");
        replace("farvel-pack.json", "\"images\": {}", "\"images\": {}, \"toneRules\": {\"nn\": \"tone_nn.txt\"}");

        assertThat(verify().problems()).extracting(PackProblem::toString).singleElement().asString()
                .isEqualTo("tone_nn.txt: tone rules for nn, line 1: 'SCOLD' is not a rule kind; use one of BLAME, INSULT, "
                        + "CONTEMPT, SARCASM, CHARACTERISATION, HOSTILE, ACCUSATION, ABSOLVES, CLEARS, SET name, THANKS, WISHES, ALLOW");
    }

    @Test
    void rendersTheSamplesInEveryLocaleAndReportsWhatOnlyRenderingFinds() throws IOException {
        replace("letter.ftlh", "<h1>${title}</h1>", "<blink>${title}</blink>");

        PackReport report = verify();

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("built-in sample en-scope.json");
            assertThat(problem.message()).startsWith("in nb: Line ")
                    .contains("of the generated markup of letter.ftlh: unknown element <blink>");
        });
    }

    @Test
    void checksFontsAreTrueTypeAndTheManifestIsComplete() throws IOException {
        Files.writeString(pack.resolve("fonts/LiberationSans-Bold.ttf"), "not a font");
        replace("farvel-pack.json", "\"accentColor\": \"#1f3a5f\"", "\"accentColor\": \"navy\"");

        assertThat(verify().problems()).extracting(PackProblem::toString).containsExactly(
                "farvel-pack.json: accentColor 'navy' is not a colour such as #1f3a5f",
                "fonts/LiberationSans-Bold.ttf: is not a TrueType font (.ttf)");
    }

    @Test
    void aManifestThatIsNotJsonIsReportedAtItsLine() throws IOException {
        replace("farvel-pack.json", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\"");

        assertThat(verify().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("farvel-pack.json");
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).startsWith("is not valid: Unexpected character ('\"'");
        });
    }

    @Test
    void findsAnImageTheTemplateNamesButThePackLacks() throws IOException {
        replace("letter.ftlh", "<h1>${title}</h1>", "<p><img src=\"images/seal.png\" alt=\"\"/></p><h1>${title}</h1>");

        assertThat(verify().problems()).extracting(PackProblem::toString)
                .containsExactly("letter.ftlh:19: image: file 'images/seal.png' not found");
    }

    @Test
    void anIncludeCannotReachOutsideThePack() throws IOException {
        replace("letter.ftlh", "<h1>${title}</h1>", "<#include \"../outside.ftlh\"><h1>${title}</h1>");

        assertThat(verify().problems()).extracting(PackProblem::toString).containsExactly(
                "letter.ftlh:19: template 'letter.ftlh', line 19, column 1: the path '../outside.ftlh' is not "
                        + "allowed; use a relative path inside the pack without '..'");
    }

    @Test
    void rendersTheSamplesThePackNames() throws IOException {
        Files.createDirectories(pack.resolve("samples"));
        Files.writeString(pack.resolve("samples/broken.json"), "{\"id\": \"x\"");
        replace("farvel-pack.json", "\"images\": {}", "\"images\": {}, \"samples\": [\"samples/broken.json\","
                + " \"../outside.json\"]");

        assertThat(verify().problems()).extracting(PackProblem::file)
                .containsExactly("samples/broken.json", "../outside.json");
    }
}
