package no.farvel.templates.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The built-in pack copied into a folder, for tests that change one of its files. */
public final class DefaultPackCopy {
    /** Every file of the built-in pack, relative to its root. */
    public static final List<String> FILES = List.of("farvel-pack.json", "letter.ftlh", "messages_nb.properties",
            "messages_nn.properties", "messages_en.properties", "memo.ftlh", "replies.ftlh", "debrief.ftlh",
            "case_nb.properties", "case_nn.properties", "case_en.properties", "fonts/LiberationSans-Regular.ttf",
            "fonts/LiberationSans-Bold.ttf", "fonts/LiberationSans-Italic.ttf", "fonts/LiberationSans-BoldItalic.ttf");

    private DefaultPackCopy() {
    }

    /** Copies the built-in pack into {@code dir}. */
    public static void copyTo(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("fonts"));
        for (String file : FILES) {
            try (InputStream in = DefaultPackCopy.class.getClassLoader()
                    .getResourceAsStream("no/farvel/templates/packs/default/" + file)) {
                Files.copy(in, dir.resolve(file));
            }
        }
    }

    /** Replaces text in one file of the copy; fails when the file does not contain it, so a test cannot go stale. */
    public static void replace(Path dir, String file, String from, String to) throws IOException {
        String text = Files.readString(dir.resolve(file));
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " does not contain " + from);
        }
        Files.writeString(dir.resolve(file), text.replace(from, to));
    }
}
