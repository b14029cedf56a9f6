package no.farvel.samples.wordpack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.farvel.docx.WordTemplates;
import java.util.List;
import no.farvel.localization.LetterLocale;
import no.farvel.templates.TemplatePack;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pack's Word documents are the built-in wording written out: when that wording changes, this fails until
 * {@code samples/word-pack/regenerate.sh} has written them anew (it runs this test with
 * {@code -Dfarvel.wordpack.regenerate=true}).
 */
class WordPackDocumentsTest {
    private static final Path SOURCES = Path.of(System.getProperty("farvel.wordpack.sources", "src/main/resources"));

    /** The languages of the built-in wording. */
    static List<LetterLocale> languages() {
        return TemplatePack.defaultPack().locales();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void eachLanguagesDocumentIsTheBuiltInWordingWrittenOut(LetterLocale locale) throws IOException {
        Path document = SOURCES.resolve("letter_" + locale.code() + ".docx");
        byte[] written = WordTemplates.builtInLetter(locale);
        if (Boolean.getBoolean("farvel.wordpack.regenerate")) {
            Files.write(document, written);
        }

        assertThat(Files.readAllBytes(document))
                .as("%s no longer matches the built-in wording; run samples/word-pack/regenerate.sh and commit it",
                        document)
                .isEqualTo(written);
    }
}
