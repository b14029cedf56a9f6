package no.farvel.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesTheFileWholeAndReportsItsHashAndSize() throws IOException {
        WrittenFile written = OutputWriter.write(dir.resolve("a"), "letter.txt", "abc".getBytes(StandardCharsets.UTF_8));

        assertThat(written).isEqualTo(new WrittenFile("letter.txt",
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", 3));
        assertThat(dir.resolve("a/letter.txt")).hasContent("abc");
        assertThat(OutputWriter.sha256(dir.resolve("a/letter.txt"))).isEqualTo(written.sha256());
    }

    @Test
    void replacesAnEarlierFileAndLeavesNoTemporaryFile() throws IOException {
        OutputWriter.write(dir, "letter.txt", "first".getBytes(StandardCharsets.UTF_8));
        OutputWriter.write(dir, "letter.txt", "second".getBytes(StandardCharsets.UTF_8));

        assertThat(dir.resolve("letter.txt")).hasContent("second");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("letter.txt");
        }
    }

    @Test
    void removesTheTemporaryFilesAKilledRunLeft() throws IOException {
        Files.writeString(dir.resolve(".letter.pdf.5f3a.tmp"), "half a PDF");
        Files.writeString(dir.resolve("letter.pdf"), "a whole PDF");

        OutputWriter.removeTemporaryFiles(dir);
        OutputWriter.removeTemporaryFiles(dir.resolve("not-there"));

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("letter.pdf");
        }
    }
}
