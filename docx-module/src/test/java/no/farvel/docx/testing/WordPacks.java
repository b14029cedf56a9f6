package no.farvel.docx.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.farvel.templates.TemplatePack;
import no.farvel.templates.pack.PackOptions;
import no.farvel.templates.pack.Packs;

/** Pack folders for tests whose letters are Word documents, set in the built-in Liberation Sans. */
public final class WordPacks {
    private static final List<String> FONTS = List.of("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
            "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf", "LICENSE-LiberationSans.txt");

    private WordPacks() {
    }

    /** Writes a pack to {@code folder} with the given files ({@code letter_nb.docx} → bytes) and returns it. */
    public static Path write(Path folder, String locales, Map<String, byte[]> files) {
        try {
            Files.createDirectories(folder.resolve("fonts"));
            for (String font : FONTS) {
                try (InputStream in = WordPacks.class.getClassLoader()
                        .getResourceAsStream("no/farvel/templates/packs/default/fonts/" + font)) {
                    Files.copy(in, folder.resolve("fonts").resolve(font));
                }
            }
            Files.writeString(folder.resolve("farvel-pack.json"), """
                    {
                      "name": "word-test",
                      "version": "1.0.0",
                      "locales": [%s],
                      "documents": { "letter": "letter.docx" },
                      "fonts": { "name": "Liberation Sans", "regular": "fonts/LiberationSans-Regular.ttf",
                                 "bold": "fonts/LiberationSans-Bold.ttf", "italic": "fonts/LiberationSans-Italic.ttf",
                                 "boldItalic": "fonts/LiberationSans-BoldItalic.ttf" }
                    }
                    """.formatted(locales));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(folder.resolve(file.getKey()), file.getValue());
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a pack folder. */
    public static TemplatePack load(Path folder) {
        try {
            return Packs.load(folder.toString(), PackOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
