package no.farvel.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Both ways of working in a folder (through the open folder, and by path) refuse and replace links alike. */
class SafeDirTest {
    @TempDir
    Path dir;

    /** Opens a folder one of the two ways. */
    interface Opener {
        SafeDir open(Path folder) throws IOException;
    }

    static Stream<Arguments> ways() {
        return Stream.of(Arguments.of("secure", (Opener) SafeDir::open),
                Arguments.of("by path", (Opener) SafeDir::byPath));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ways")
    void refusesAFolderThatIsALinkNamingIt(String way, Opener opener) throws IOException {
        Path target = Files.createDirectories(dir.resolve("target"));
        Path link = Files.createSymbolicLink(dir.resolve("out"), target);

        assertThatThrownBy(() -> opener.open(link)).isInstanceOf(SafeDir.RefusedEntryException.class)
                .hasMessage(link + ": is a symbolic link, not a folder; Farvel does not follow links out of the output "
                        + "folder, so remove the link");
        try (SafeDir parent = opener.open(dir)) {
            assertThatThrownBy(() -> parent.child("out")).isInstanceOf(SafeDir.RefusedEntryException.class);
            assertThatThrownBy(() -> parent.createChild("out")).isInstanceOf(SafeDir.RefusedEntryException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ways")
    void writesReplaceALinkAndDeletesRemoveOnlyTheLink(String way, Opener opener) throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.txt"), "keep me");
        Path folder = Files.createDirectories(dir.resolve("acme"));
        Files.createSymbolicLink(folder.resolve("letter.txt"), outside);
        Files.createSymbolicLink(folder.resolve("letter.pdf"), outside);

        try (SafeDir acme = opener.open(folder)) {
            AtomicFiles.writeAll(acme, Map.of("letter.txt", "mine".getBytes(StandardCharsets.UTF_8)));
            acme.delete("letter.pdf");
            acme.delete("not-there");
        }

        assertThat(folder.resolve("letter.txt")).isRegularFile().hasContent("mine");
        assertThat(Files.exists(folder.resolve("letter.pdf"), LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(outside).hasContent("keep me");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ways")
    void readsOnlyRegularFiles(String way, Opener opener) throws IOException {
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(dir.resolve("letter.txt"), dir.resolve("secret.txt"));

        try (SafeDir folder = opener.open(dir)) {
            assertThat(folder.attributes("letter.txt").isSymbolicLink()).isTrue();
            assertThatThrownBy(() -> folder.read("letter.txt")).isInstanceOf(SafeDir.RefusedEntryException.class)
                    .hasMessageEndingWith("letter.txt: is a symbolic link, not a regular file; Farvel does not "
                            + "follow links out of the output folder, so remove the link");
            try (FileChannel channel = folder.read("secret.txt")) {
                ByteBuffer buffer = ByteBuffer.allocate(16);
                channel.read(buffer);
                assertThat(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8))
                        .isEqualTo("secret");
            }
            assertThat(folder.names()).containsExactlyInAnyOrder("secret.txt", "letter.txt");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ways")
    void removesLeftOverTemporaryFilesAndLinksButNotFolders(String way, Opener opener) throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.tmp"), "keep me");
        Path folder = Files.createDirectories(dir.resolve("acme"));
        Files.writeString(folder.resolve(".letter.pdf.5f3a.tmp"), "half a PDF");
        Files.createSymbolicLink(folder.resolve(".letter.txt.1.tmp"), outside);
        Files.createDirectories(folder.resolve("keep.tmp"));

        try (SafeDir acme = opener.open(folder)) {
            AtomicFiles.removeTemporaryFiles(acme);
            assertThat(acme.names()).containsExactly("keep.tmp");
        }
        assertThat(outside).hasContent("keep me");
    }
}
