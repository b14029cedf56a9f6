package no.farvel.templates.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.farvel.localization.LetterLocale;
import no.farvel.templates.internal.pack.ClasspathPackResources;
import no.farvel.templates.internal.pack.PackPaths;
import no.farvel.templates.spi.RenderContext.FontFamily;

/**
 * Makes a new pack folder from letters, such as Word documents: the manifest, one letter per language
 * ({@code letter_nb.docx}) and Farvel's built-in font, Liberation Sans, with its licence. The folder is written whole
 * or not at all.
 */
public final class PackScaffold {
    private static final FontFamily FONTS = new FontFamily("Liberation Sans", "fonts/LiberationSans-Regular.ttf",
            "fonts/LiberationSans-Bold.ttf", "fonts/LiberationSans-Italic.ttf", "fonts/LiberationSans-BoldItalic.ttf");
    private static final String FONT_LICENCE = "fonts/LICENSE-LiberationSans.txt";

    private PackScaffold() {
    }

    /**
     * Writes the pack and returns its folder.
     *
     * @param folder a folder that does not exist yet, or is empty
     * @param name the pack's name, as {@code farvel pack list} shows it
     * @param letter the letter's file name without a language, such as {@code letter.docx}; each language's file is
     *               written beside it as {@code letter_nb.docx}
     * @param letters each language's letter
     * @throws PackException when the folder has files in it, naming it
     */
    public static Path create(Path folder, String name, String letter, Map<LetterLocale, byte[]> letters)
            throws IOException {
        Objects.requireNonNull(folder, "The parameter 'folder' must not be null");
        Objects.requireNonNull(name, "The parameter 'name' must not be null");
        Objects.requireNonNull(letter, "The parameter 'letter' must not be null");
        Objects.requireNonNull(letters, "The parameter 'letters' must not be null");
        if (letters.isEmpty()) {
            throw new IllegalArgumentException("The parameter 'letters' must hold at least one language's letter");
        }
        PackPaths.requireInside(name, letter);
        Path target = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new PackException(target + " is not empty; give a new folder for the pack");
                }
            }
        } else if (Files.exists(target)) {
            throw new PackException(target + " is a file; give a new folder for the pack");
        }
        Files.createDirectories(target.getParent());
        Path draft = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-");
        try {
            write(draft, name, letter, inModuleOrder(letters));
            Files.deleteIfExists(target);
            try {
                Files.move(draft, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(draft, target);
            }
        } finally {
            deleteRecursively(draft);
        }
        return target;
    }

    private static void write(Path draft, String name, String letter, Map<LetterLocale, byte[]> letters)
            throws IOException {
        int dot = letter.lastIndexOf('.');
        String base = dot < 0 ? letter : letter.substring(0, dot);
        String extension = dot < 0 ? "" : letter.substring(dot);
        for (Map.Entry<LetterLocale, byte[]> entry : letters.entrySet()) {
            Path file = draft.resolve(base + "_" + entry.getKey().code() + extension);
            Files.createDirectories(file.getParent());
            Files.write(file, entry.getValue());
        }
        ClasspathPackResources builtIn = ClasspathPackResources.builtIn();
        Files.createDirectories(draft.resolve("fonts"));
        for (String font : List.of(FONTS.regular(), FONTS.bold(), FONTS.italic(), FONTS.boldItalic(), FONT_LICENCE)) {
            Files.write(draft.resolve(font), builtIn.read(font));
        }
        String locales = letters.keySet().stream().map(l -> "\"" + l.code() + "\"").collect(Collectors.joining(", "));
        Files.writeString(draft.resolve("farvel-pack.json"), """
                {
                  "name": "%s",
                  "version": "1.0.0",
                  "description": "Made with farvel pack new; set in Liberation Sans until you put your own font in fonts/.",
                  "locales": [%s],
                  "documents": { "letter": "%s" },
                  "fonts": {
                    "name": "%s",
                    "regular": "%s",
                    "bold": "%s",
                    "italic": "%s",
                    "boldItalic": "%s"
                  }
                }
                """.formatted(json(name), locales, json(letter), FONTS.name(), FONTS.regular(), FONTS.bold(),
                FONTS.italic(), FONTS.boldItalic()));
    }

    /** The letters in the order the localization module lists the languages (nb, nn, en, …), for the manifest. */
    private static Map<LetterLocale, byte[]> inModuleOrder(Map<LetterLocale, byte[]> letters) {
        Map<LetterLocale, byte[]> ordered = new LinkedHashMap<>();
        LetterLocale.all().stream().filter(letters::containsKey).forEach(l -> ordered.put(l, letters.get(l)));
        return ordered;
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
            for (Path path : paths) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The unfinished pack " + root + " could not be removed", e);
        }
    }
}
