package no.farvel.templates;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.farvel.localization.LetterLocale;
import no.farvel.core.Termination;
import no.farvel.templates.spi.RenderException;
import no.farvel.templates.testing.DefaultPackCopy;
import no.farvel.templates.testing.SharedExamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each fault a pack author can make gives one clear error naming pack, template, line or key. */
class FarvelBadInputTest {
    private static final String DEFAULT_PACK = "no/farvel/templates/packs/default/";
    private static final List<String> FILES = DefaultPackCopy.FILES;

    @TempDir
    Path pack;

    private String packName;
    private final Termination nb = SharedExamples.read("nb-sen-betaling.json");

    @BeforeEach
    void copyTheDefaultPack() throws IOException {
        Files.createDirectories(pack.resolve("fonts"));
        for (String file : FILES) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(DEFAULT_PACK + file)) {
                Files.copy(in, pack.resolve(file));
            }
        }
        packName = pack.toRealPath().toString();
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = pack.resolve(file);
        String text = Files.readString(path);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " does not contain " + from);
        }
        Files.writeString(path, text.replace(from, to));
    }

    private RenderedLetter render(Termination termination) throws IOException {
        return Farvel.builder().pack(TemplatePack.fromDirectory(pack)).build().render(termination);
    }

    @Test
    void aCopyOfTheDefaultPackRenders() throws IOException {
        render(nb).pdf();
    }

    @Test
    void namesTheLocaleAPackDoesNotSpeak() throws IOException {
        replace("farvel-pack.json", "\"locales\": [\"nb\", \"nn\", \"en\"]", "\"locales\": [\"nb\", \"en\"]");
        Termination nn = SharedExamples.read("nn-trakassering.json");
        assertThatThrownBy(() -> render(nn))
                .isInstanceOf(RenderException.class)
                .hasMessage("Pack '" + packName + "' has no wording for locale 'nn'; it has [nb, en]");
    }

    @Test
    void namesTheMissingMessageKey() throws IOException {
        replace("messages_nb.properties", "closing.thanks=Vi takker for samarbeidet og for tilliten dere har vist oss.\n", "");
        assertThatThrownBy(() -> render(nb))
                .isInstanceOf(RenderException.class)
                .hasMessage("Pack '" + packName + "': message key 'closing.thanks' is missing in messages_nb.properties");
    }

    @Test
    void namesTemplateAndLineOfASyntaxError() throws IOException {
        replace("letter.ftlh", "<h2>${msg(\"steps.heading\")}</h2>", "<h2>${msg(\"steps.heading\"}</h2>");
        assertThatThrownBy(() -> TemplatePack.fromDirectory(pack))
                .isInstanceOf(RenderException.class)
                .hasMessage("Pack '" + packName + "', template 'letter.ftlh', line 32, column 26: Encountered \"}\", "
                        + "but at this place only this can be closed: \"(\".");
    }

    @Test
    void namesTheMarkupElementTheParserDoesNotKnow() throws IOException {
        replace("letter.ftlh", "<h1>${title}</h1>", "<blink>${title}</blink>");
        assertThatThrownBy(() -> render(nb))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("of the generated markup of letter.ftlh: unknown element <blink>");
    }

    @Test
    void namesTheImageMissingFromThePack() throws IOException {
        replace("farvel-pack.json", "\"images\": {}", "\"images\": {\"logo\": \"images/logo.png\"}");
        RenderedLetter letter = render(nb);
        assertThatThrownBy(letter::pdf)
                .isInstanceOf(RenderException.class)
                .hasMessageContaining(packName)
                .hasMessageContaining("images/logo.png");
    }

    @Test
    void namesTheFontMissingFromThePack() throws IOException {
        Files.delete(pack.resolve("fonts/LiberationSans-Bold.ttf"));
        RenderedLetter letter = render(nb);
        assertThatThrownBy(letter::pdf)
                .isInstanceOf(RenderException.class)
                .hasMessageContaining(packName)
                .hasMessageContaining("fonts/LiberationSans-Bold.ttf");
    }

    @Test
    void refusesAPackPathOutsideThePack() throws IOException {
        replace("farvel-pack.json", "\"images\": {}", "\"images\": {\"logo\": \"../secret.png\"}");
        assertThatThrownBy(() -> render(nb))
                .isInstanceOf(RenderException.class)
                .hasMessageEndingWith("of the generated markup of letter.ftlh: image src \"../secret.png\" must be a "
                        + "relative path inside the template pack without \"..\", such as images/logo.png");
    }

    @Test
    void listsTheLocalesItWasGiven() throws IOException {
        org.assertj.core.api.Assertions.assertThat(TemplatePack.fromDirectory(pack).locales())
                .containsExactly(LetterLocale.NB, LetterLocale.NN, LetterLocale.EN);
    }
}
