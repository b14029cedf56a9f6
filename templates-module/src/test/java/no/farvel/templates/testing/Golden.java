package no.farvel.templates.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares text with a checked-in expected file under {@code src/test/resources/golden}. Run the build with
 * {@code -Dfarvel.golden.update=true} to write the files anew, then read the diff before committing it.
 */
public final class Golden {
    private static final Path DIRECTORY = Path.of("src/test/resources/golden");

    private Golden() {
    }

    public static void assertMatches(String name, String actual) {
        Path file = DIRECTORY.resolve(name);
        String normalized = normalize(actual);
        try {
            if (Boolean.getBoolean("farvel.golden.update")) {
                Files.createDirectories(DIRECTORY);
                Files.writeString(file, normalized, StandardCharsets.UTF_8);
            }
            assertThat(file).as("golden file %s (write it with -Dfarvel.golden.update=true)", file).exists();
            assertThat(normalized).as("text of %s", name).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Line ends as LF and no trailing spaces, so the comparison is about words, not extractor whitespace. */
    private static String normalize(String text) {
        return text.replace("\r\n", "\n").replaceAll("[ \\t]+\n", "\n").strip() + "\n";
    }
}
